/**
 * Renders Vega-Lite specs to static SVG in Node. vega and vega-lite are loaded on first use
 * (dynamic import), so that importing the library for metrics never loads them.
 *
 * @internal
 * @module
 */
import type { VegaLiteSpec } from '../charts/spec.js';

interface VegaModules {
  compile: (spec: unknown) => { spec: unknown };
  parse: (spec: unknown) => unknown;
  View: new (runtime: unknown, options: { renderer: string }) => { toSVG(): Promise<string>; finalize(): void };
}

let modules: Promise<VegaModules> | null = null;

/**
 * A dynamic import whose specifier is not a literal, so that TypeScript does not load vega's
 * typings (they need the DOM library) into every consumer's type check.
 */
const importOptional = (name: string): Promise<unknown> => import(name);

/** @internal Loads vega and vega-lite once. */
export function loadVega(): Promise<VegaModules> {
  modules ??= Promise.all([importOptional('vega-lite'), importOptional('vega')]).then(([vl, vega]) => ({
    compile: (vl as unknown as { compile: VegaModules['compile'] }).compile,
    parse: (vega as unknown as { parse: VegaModules['parse'] }).parse,
    View: (vega as unknown as { View: VegaModules['View'] }).View,
  }));
  return modules;
}

/**
 * @internal
 * Renders a spec to an SVG string whose ids carry `prefix`, so that several charts can live in
 * one page without their clip paths and gradients colliding.
 */
export async function renderSvg(spec: VegaLiteSpec, prefix: string): Promise<string> {
  const { compile, parse, View } = await loadVega();
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg
      .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}-${id}"`)
      .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
      .replace(/<svg /, `<svg role="img" class="chart" `);
  } finally {
    view.finalize();
  }
}
