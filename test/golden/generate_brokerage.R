#!/usr/bin/env Rscript
# Golden values for brokerageRoles (test/brokerage/brokerage-roles.golden.test.ts).
#
# Run by hand, never in CI, with Debian's R packages:
#
#     apt-get install r-cran-sna r-cran-jsonlite
#     Rscript test/golden/generate_brokerage.R          # writes test/fixtures/golden/brokerage.*.json
#     TIESTRENGTH_DATA_DIR=/path/to/data Rscript test/golden/generate_brokerage.R
#
# and review every change of the JSON files as a diff (STYLE.md §9).
#
# Values come from sna::brokerage(A, cl) (Gould & Fernandez 1989, as implemented in R sna), with A
# the binary adjacency matrix of the merged simple graph: parallel edges merged, self-loops dropped
# (METRICS.md §1.3), strengths ignored (G-F is binary). An undirected graph is given to sna as its
# symmetric matrix, i.e. each edge as two arcs (tiestrength's undirected: 'sna').
#
# The script stops unless these cross-checks hold (recorded in provenance.checks):
# - rawCountsBruteForce: raw.nli equals an independent O(n^3) count written here from the definition
#   (v brokers the ordered pair (a, b) iff a -> v -> b, a != b, and there is no arc a -> b);
# - undirectedNetworkObject (undirected graphs): brokerage(network(A, directed = FALSE), cl), i.e.
#   sna's own handling of an undirected network object, equals brokerage(A, cl) on the symmetric
#   matrix, so sna treats an undirected edge as two arcs (density m / (N (N - 1)) with m = 2 x edges);
# - selfLoopsCountInDensity (messy): given a matrix WITH the self-loop, sna counts the loop as an arc
#   in its density (a documented departure: tiestrength drops self-loops before counting).
#
# JSON: full precision (shortest of %.15g / %.16g / %.17g that reads back exactly); NaN, NA and
# +-Inf are written as null (tiestrength returns NaN there).

suppressPackageStartupMessages({
  library(sna)
  library(network)
  library(jsonlite)
})

args_file <- sub('^--file=', '', grep('^--file=', commandArgs(FALSE), value = TRUE))
ROOT <- normalizePath(file.path(dirname(args_file), '..', '..'))
OUT <- file.path(ROOT, 'test', 'fixtures', 'golden')
GRAPHS <- file.path(ROOT, 'test', 'fixtures', 'graphs')
DATA <- Sys.getenv('TIESTRENGTH_DATA_DIR', '/work/shared/data')
GENERATOR <- 'test/golden/generate_brokerage.R'
ROLES <- c('coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total')
SNA_COLUMNS <- c('w_I', 'w_O', 'b_IO', 'b_OI', 'b_O', 't')

# ---------------------------------------------------------------------------------------------
# Minimal JSON writer with full double precision (jsonlite rounds to 15 significant digits)
# ---------------------------------------------------------------------------------------------

num <- function(x) {
  if (is.na(x) || is.infinite(x)) return('null')
  for (digits in 15:17) {
    s <- sprintf(paste0('%.', digits, 'g'), x)
    if (as.numeric(s) == x) return(s)
  }
  s
}

to_json <- function(x, indent = 0) {
  pad <- strrep('  ', indent + 1)
  end <- strrep('  ', indent)
  if (is.null(x)) return('null')
  if (inherits(x, 'scalar')) x <- unclass(x)
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) '[]' else '{}')
    if (!is.null(names(x))) {
      items <- vapply(seq_along(x), function(i) {
        paste0(pad, toJSON(names(x)[i], auto_unbox = TRUE), ': ', to_json(x[[i]], indent + 1))
      }, '')
      return(paste0('{\n', paste(items, collapse = ',\n'), '\n', end, '}'))
    }
    items <- vapply(x, function(v) paste0(pad, to_json(v, indent + 1)), '')
    return(paste0('[\n', paste(items, collapse = ',\n'), '\n', end, ']'))
  }
  scalar <- isTRUE(attr(x, 'scalar'))
  if (is.character(x)) {
    parts <- vapply(x, function(s) as.character(toJSON(s, auto_unbox = TRUE)), '')
  } else if (is.logical(x)) {
    parts <- ifelse(is.na(x), 'null', ifelse(x, 'true', 'false'))
  } else {
    parts <- vapply(as.numeric(x), num, '')
  }
  if (scalar && length(parts) == 1) return(parts[[1]])
  paste0('[', paste(parts, collapse = ', '), ']')
}

# A length-one value written as a JSON scalar, not an array.
s <- function(x) structure(x, scalar = TRUE)

# ---------------------------------------------------------------------------------------------
# Graph inputs: list(nodes, edges (2-column character matrix), directed, groups, attribute, source)
# ---------------------------------------------------------------------------------------------

fixture <- function(name, attribute) {
  d <- fromJSON(file.path(GRAPHS, paste0(name, '.json')), simplifyVector = FALSE)
  edges <- do.call(rbind, lapply(d$edges, function(e) c(as.character(e[[1]]), as.character(e[[2]]))))
  groups <- vapply(d$nodes, function(v) as.character(d$nodeAttributes[[v]][[attribute]]), '')
  list(nodes = unlist(d$nodes), edges = edges, directed = isTRUE(d$directed), groups = groups,
       attribute = attribute,
       source = paste0('test/fixtures/graphs/', name, '.json (', d$description, '), node attribute ', attribute))
}

dataset <- function(folder, relation, attribute, source) {
  nodes <- read.csv(file.path(DATA, folder, 'nodes.csv'), colClasses = 'character')
  edges <- read.csv(file.path(DATA, folder, 'edges.csv'), colClasses = 'character')
  edges <- edges[edges$relation == relation, ]
  list(nodes = nodes$id, edges = cbind(edges$source, edges$target), directed = TRUE,
       groups = nodes[[attribute]], attribute = attribute, source = source)
}

# A seeded random directed graph with many groups of repeated and unit sizes, so that the sums over
# groups (and over distinct group sizes, as tiestrength evaluates them) are exercised. The edges and
# groups are written into the golden file (provenance.graph.edges / groups) for the test to rebuild.
random_groups <- function() {
  set.seed(20261123)
  n <- 60
  nodes <- sprintf('n%02d', seq_len(n))
  sizes <- c(12, 9, 9, 7, 5, 5, 4, 3, 2, 2, 1, 1)
  groups <- sample(rep(sprintf('g%02d', seq_along(sizes)), sizes))
  A <- matrix(runif(n * n) < 0.08, n, n)
  diag(A) <- FALSE
  idx <- which(A, arr.ind = TRUE)
  edges <- cbind(nodes[idx[, 1]], nodes[idx[, 2]])
  list(nodes = nodes, edges = edges, directed = TRUE, groups = groups, attribute = 'group', inline = TRUE,
       source = paste0('seeded in this script: set.seed(20261123), 60 nodes, arc probability 0.08, ',
                       '12 groups of sizes 12, 9, 9, 7, 5, 5, 4, 3, 2, 2, 1, 1 shuffled over the nodes'))
}

GRAPH_SPECS <- list(
  `random-groups` = random_groups,
  org = function() fixture('org', 'group'),
  `directed-weighted` = function() fixture('directed-weighted', 'group'),
  messy = function() fixture('messy', 'group'),
  karate = function() fixture('karate', 'club'),
  `krackhardt-advice` = function() dataset('krackhardt-hightech', 'advice', 'department', paste0(
    'Krackhardt (1987) high-tech managers, advice; ', DATA, '/krackhardt-hightech/edges.csv rows with ',
    "relation = advice, nodes.csv department ('0' = the CEO, a one-person group) ",
    "(package: krackhardtHighTech({ relation: 'advice' }))")),
  `lazega-advice` = function() dataset('lazega-lawfirm', 'advice', 'office', paste0(
    'Lazega (2001) law firm, advice; ', DATA, '/lazega-lawfirm/edges.csv rows with relation = advice, ',
    "nodes.csv office (package: lazegaLawFirm({ relation: 'advice' }))"))
)

# ---------------------------------------------------------------------------------------------

adjacency <- function(g, loops = FALSE) {
  n <- length(g$nodes)
  A <- matrix(0, n, n, dimnames = list(g$nodes, g$nodes))
  for (i in seq_len(nrow(g$edges))) {
    u <- g$edges[i, 1]
    v <- g$edges[i, 2]
    if (u == v && !loops) next
    A[u, v] <- 1
    if (!g$directed) A[v, u] <- 1
  }
  A
}

brute_force <- function(A, cl) {
  n <- nrow(A)
  raw <- matrix(0, n, 5)
  for (v in seq_len(n)) for (a in seq_len(n)) for (b in seq_len(n)) {
    if (a == v || b == v || a == b) next
    if (A[a, v] == 0 || A[v, b] == 0 || A[a, b] != 0) next
    role <- if (cl[a] == cl[v] && cl[v] == cl[b]) 1 else if (cl[a] == cl[b]) 2 else
      if (cl[a] == cl[v]) 3 else if (cl[v] == cl[b]) 4 else 5
    raw[v, role] <- raw[v, role] + 1
  }
  cbind(raw, rowSums(raw))
}

same <- function(x, y) isTRUE(all.equal(unname(x), unname(y), tolerance = 1e-13))

rows_of <- function(M, nodes) {
  out <- lapply(seq_along(nodes), function(i) as.numeric(M[i, ]))
  names(out) <- nodes
  out
}

main <- function() {
  dir.create(OUT, showWarnings = FALSE, recursive = TRUE)
  for (name in names(GRAPH_SPECS)) {
    g <- GRAPH_SPECS[[name]]()
    A <- adjacency(g)
    cl <- g$groups
    b <- brokerage(A, cl)
    checks <- character()
    stopifnot(identical(colnames(b$raw.nli), SNA_COLUMNS))
    if (!same(b$raw.nli, brute_force(A, cl))) stop(name, ': sna raw.nli differs from the brute-force count')
    checks <- c(checks, 'rawCountsBruteForce')
    if (!g$directed) {
      b2 <- brokerage(network(A, directed = FALSE), cl)
      for (k in c('raw.nli', 'exp.nli', 'sd.nli', 'z.nli', 'raw.gli', 'exp.gli', 'sd.gli', 'z.gli')) {
        if (!same(b[[k]], b2[[k]])) stop(name, ': sna on network(directed = FALSE) differs in ', k)
      }
      checks <- c(checks, 'undirectedNetworkObject')
    }
    if (name == 'messy') {
      with_loop <- brokerage(adjacency(g, loops = TRUE), cl)
      n <- length(g$nodes)
      arcs <- sum(A != 0)
      d_loop <- (arcs + 1) / (n * (n - 1))
      if (!same(with_loop$exp.gli[6], d_loop^2 * (1 - d_loop) * n * (n - 1) * (n - 2))) {
        stop(name, ': expected sna to count the self-loop in its density')
      }
      checks <- c(checks, 'selfLoopsCountInDensity')
    }
    n <- length(g$nodes)
    arcs <- sum(A != 0)
    clid <- b$clid
    groups <- lapply(seq_along(clid), function(i) list(
      size = s(b$n[i]), expected = as.numeric(b$exp.grp[i, ]), sd = as.numeric(b$sd.grp[i, ])))
    names(groups) <- as.character(clid)
    nodes <- lapply(seq_len(n), function(i) list(
      group = s(as.character(cl[i])),
      raw = as.numeric(b$raw.nli[i, ]), expected = as.numeric(b$exp.nli[i, ]),
      sd = as.numeric(b$sd.nli[i, ]), z = as.numeric(b$z.nli[i, ])))
    names(nodes) <- g$nodes
    doc <- list(
      provenance = list(
        generator = s(GENERATOR),
        R = s(paste(R.version$major, R.version$minor, sep = '.')),
        sna = s(as.character(packageVersion('sna'))),
        network = s(as.character(packageVersion('network'))),
        `function` = s('sna::brokerage(A, cl): raw.nli, exp.nli, sd.nli, z.nli, raw.gli, exp.gli, sd.gli, z.gli, exp.grp, sd.grp'),
        params = list(
          groupAttribute = s(g$attribute),
          undirected = s('sna'),
          nullModel = s('analytic'),
          partialCredit = s(FALSE),
          strengths = s('ignored (binary)'),
          parallelEdges = s('merged'),
          selfLoops = s('dropped'),
          nullMeans = s('NaN in brokerageRoles')
        ),
        graph = list(
          name = s(name), source = s(g$source), directed = s(g$directed), nodes = s(n),
          arcs = s(arcs), density = s(arcs / (n * (n - 1)))
        ),
        roles = ROLES,
        snaColumns = SNA_COLUMNS,
        checks = checks
      ),
      values = list(
        nodes = nodes,
        network = list(raw = as.numeric(b$raw.gli), expected = as.numeric(b$exp.gli),
                       sd = as.numeric(b$sd.gli), z = as.numeric(b$z.gli)),
        groups = groups
      )
    )
    if (isTRUE(g$inline)) {
      doc$provenance$graph$edges <- lapply(seq_len(nrow(g$edges)), function(i) g$edges[i, ])
      doc$provenance$graph$groups <- setNames(lapply(g$groups, s), g$nodes)
    }
    path <- file.path(OUT, paste0('brokerage.', name, '.json'))
    writeLines(to_json(doc), path, useBytes = TRUE)
    cat(sprintf('wrote test/fixtures/golden/brokerage.%s.json: %d nodes, %d arcs, %d groups, checks: %s\n',
                name, n, arcs, length(clid), paste(checks, collapse = ', ')))
  }
}

main()
