// TypeDoc plugin, loaded by typedoc.json (npm run docs:api, npm run docs:check). It changes how the
// API reference reads, never what it documents; src/ stays the single source:
//
// 1. Concepts: each export is filed under the concept folder of src/ that defines it
//    (src/ties/… → "Tie strength"), so the index page docs/api/README.md lists the API by concept.
//    The category is added while converting; no @category tag is written in src/.
// 2. Plain-text blocks: the TSDoc writes formulas as lines indented under a blank line, so they
//    read well in an editor's hover. Markdown would run them together into one paragraph, so such
//    a block becomes a fenced ```text block. A "References" list of "[1] …" lines becomes a list.
// 3. @see: names of documented exports in a @see tag become links.
// 4. Pages: consecutive "Throws" sections are merged into one list.
import { Application, Comment, CommentTag, Converter, PageEvent, ReflectionKind } from 'typedoc';
import path from 'node:path';

/** src/ folder (or top-level file) → category title, in the order of the index page. */
export const CONCEPTS = [
  ['core', 'Graphs, indexes and options'],
  ['options.ts', 'Graphs, indexes and options'],
  ['define-metric.ts', 'Graphs, indexes and options'],
  ['node-data.ts', 'Graphs, indexes and options'],
  ['node-values.ts', 'Graphs, indexes and options'],
  ['guards.ts', 'Graphs, indexes and options'],
  ['ties', 'Tie strength'],
  ['brokerage', 'Brokerage'],
  ['centrality', 'Centrality'],
  ['groups', 'Groups and silos'],
  ['network', 'Describing a network'],
  ['reach', 'Reach and key people'],
  ['referral', 'Referral value'],
  ['paths', 'Introduction paths'],
  ['recommend', 'Recommending introductions'],
  ['customers', 'Customers'],
  ['engagement', 'Engagement'],
  ['io', 'CSV input and output'],
  ['datasets', 'Datasets'],
  ['errors.ts', 'Errors'],
];
const CONCEPT_OF = new Map(CONCEPTS);
const CATEGORY_ORDER = [...new Set(CONCEPTS.map(([, title]) => title)), '*'];

const PLACEHOLDER = 0xe000; // private-use characters stand for non-text parts while lines are rewritten

/** Rewrites the plain-text conventions of our TSDoc (see 2. above) in a list of display parts. */
export function rewriteParts(parts) {
  if (!parts || parts.length === 0) return parts;
  const others = [];
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') text += part.text;
    else {
      text += String.fromCharCode(PLACEHOLDER + others.length);
      others.push(part);
    }
  }
  const rewritten = rewriteText(text);
  if (rewritten === text) return parts;
  const out = [];
  let buffer = '';
  for (const ch of rewritten) {
    const code = ch.charCodeAt(0);
    if (code >= PLACEHOLDER && code < PLACEHOLDER + others.length) {
      if (buffer) out.push({ kind: 'text', text: buffer });
      buffer = '';
      out.push(others[code - PLACEHOLDER]);
    } else buffer += ch;
  }
  if (buffer) out.push({ kind: 'text', text: buffer });
  return out;
}

export function rewriteText(text) {
  const lines = text.split('\n');
  const out = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) {
      out.push(line);
      continue;
    }
    const previousBlank = i === 0 || lines[i - 1].trim() === '';
    // An indented block that starts a paragraph: a formula or a small table in plain text.
    if (previousBlank && /^ {2,}\S/.test(line)) {
      const block = [];
      while (i < lines.length && /^ {2,}\S/.test(lines[i])) block.push(lines[i++]);
      i--;
      const indent = Math.min(...block.map((l) => l.match(/^ */)[0].length));
      out.push('```text', ...block.map((l) => l.slice(indent).trimEnd()), '```');
      if (i + 1 < lines.length && lines[i + 1].trim() !== '') out.push('');
      continue;
    }
    if (/^References:?\s*$/.test(line)) {
      out.push('**References**', '');
      continue;
    }
    const ref = line.match(/^\[(\d+)\]\s+(.*)$/);
    if (ref) {
      out.push(`- \\[${ref[1]}\\] ${ref[2]}`);
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

function commentsOf(reflection) {
  const comments = [];
  if (reflection.comment) comments.push(reflection.comment);
  for (const signature of reflection.signatures ?? []) {
    if (signature.comment) comments.push(signature.comment);
    for (const parameter of signature.parameters ?? []) if (parameter.comment) comments.push(parameter.comment);
  }
  if (reflection.type?.type === 'reflection') {
    const declaration = reflection.type.declaration;
    if (declaration.comment) comments.push(declaration.comment);
    for (const signature of declaration.signatures ?? []) if (signature.comment) comments.push(signature.comment);
  }
  return comments;
}

export function load(app) {
  const sourceOf = new Map();

  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    if (!app.options.isSet('categoryOrder')) app.options.setValue('categoryOrder', CATEGORY_ORDER);
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (declaration) sourceOf.set(reflection.id, declaration.getSourceFile().fileName);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const byName = new Map((project.children ?? []).map((child) => [child.name, child]));
    const srcDir = path.resolve(app.options.getValue('basePath') || process.cwd(), 'src');

    for (const reflection of Object.values(project.reflections)) {
      for (const comment of commentsOf(reflection)) {
        comment.summary = rewriteParts(comment.summary);
        for (const tag of comment.blockTags) {
          if (tag.tag === '@example') continue;
          tag.content = rewriteParts(tag.content);
          if (tag.tag === '@see') tag.content = linkNames(tag.content, byName);
        }
      }
    }

    for (const child of project.children ?? []) {
      const file = sourceOf.get(child.id);
      if (!file) continue;
      const relative = path.relative(srcDir, file).split(path.sep);
      const title = CONCEPT_OF.get(relative[0]);
      if (!title) continue;
      const comment = child.comment ?? child.signatures?.find((s) => s.comment)?.comment;
      // An undocumented export gets no category (it is listed under "Other"): adding a tag would
      // make TypeDoc's notDocumented validation count it as documented.
      if (!comment || !(comment instanceof Comment)) continue;
      if (comment.blockTags.some((tag) => tag.tag === '@category')) continue;
      comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: title }]));
    }
  });

  app.renderer.on(PageEvent.END, (page) => {
    if (typeof page.contents === 'string') page.contents = mergeThrows(page.contents);
  });
}

/** In a @see tag, a bare name of a documented export becomes a link to it. */
function linkNames(parts, byName) {
  const out = [];
  for (const part of parts) {
    if (part.kind !== 'text') {
      out.push(part);
      continue;
    }
    const pieces = part.text.split(/(\b[A-Za-z_$][\w$]*\b)/);
    let seenNewline = false;
    for (const piece of pieces) {
      if (piece.includes('\n')) seenNewline = true; // only the first line lists names
      const target = !seenNewline && byName.get(piece);
      if (target && target.kindOf(ReflectionKind.SomeExport)) {
        out.push({ kind: 'inline-tag', tag: '@link', text: piece, target });
      } else if (piece) out.push({ kind: 'text', text: piece });
    }
  }
  return out;
}

/** "## Throws\n\nA\n\n## Throws\n\nB" → "## Throws\n\n- A\n- B" (TypeDoc renders one section per tag). */
export function mergeThrows(markdown) {
  const lines = markdown.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i].match(/^(#{2,6}) Throws$/);
    if (!heading) {
      out.push(lines[i]);
      continue;
    }
    // Collect the bodies of this and every directly following "Throws" section of the same level.
    const items = [];
    let j = i;
    while (j < lines.length && lines[j] === `${heading[1]} Throws`) {
      const body = [];
      j++;
      while (j < lines.length && !/^#{1,6} /.test(lines[j]) && lines[j] !== '***') body.push(lines[j++]);
      const text = body.join('\n').trim();
      if (text) items.push(text);
    }
    if (items.length < 2) {
      out.push(...lines.slice(i, j));
    } else {
      out.push(lines[i], '', ...items.map((t) => `- ${t.replace(/\n/g, '\n  ')}`), '');
    }
    i = j - 1;
  }
  return out.join('\n');
}
