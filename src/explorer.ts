// A GraphiQL 3 explorer for people at the GraphQL endpoint, served entirely from installed npm
// packages (react, react-dom and graphiql UMD builds) so that it works with no internet access.
// The page holds no inline script: /explorer/init.js boots GraphiQL from a JSON data block, so a
// strict Content-Security-Policy (script-src 'self') applies to the page and its assets.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { exampleOperation } from './exampleOperations.js';

/** A named example operation, preloaded as a GraphiQL tab. */
export interface ExplorerExample {
  query: string;
  /** Variables as GraphiQL shows them: JSON text. */
  variables?: string;
}

/** How to use the explorer, shown above the first tab's operation. */
const FIRST_TAB_HINT = `# Run it with the play button or Ctrl-Enter; more examples
# are in the tabs above. Lists take 'first': the server
# budgets each operation by how much it could return.
`;

/**
 * The operations the explorer opens with, one tab each, read from examples/operations/.
 * test/explorer.test.ts validates every one against the schema and runs it against the seeded
 * database.
 */
export const EXPLORER_EXAMPLES: readonly ExplorerExample[] = [
  { query: FIRST_TAB_HINT + exampleOperation('WhoRequestedSupport') },
  { query: exampleOperation('WhichNoticeDemandsWhat'), variables: JSON.stringify({ asOf: '2018-03-01' }, null, 2) },
  { query: exampleOperation('Search'), variables: JSON.stringify({ text: 'CSSIW' }, null, 2) },
  { query: exampleOperation('Timeline'), variables: JSON.stringify({ from: '2017-10-01', to: '2018-02-28' }, null, 2) },
  { query: exampleOperation('OverdueOn'), variables: JSON.stringify({ asOf: '2018-07-01' }, null, 2) },
];

/** The Content-Security-Policy of the explorer page and its assets. */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL and CodeMirror set style attributes; its fonts are data: URLs inside the CSS.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const LONG_CACHE = 'public, max-age=604800';

const BOOTSTRAP = `// Boots GraphiQL from the page's #explorer-config JSON block (no inline script, for CSP).
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: config.tabs,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false
    })
  );
})();
`;

const STYLE = `html, body { height: 100%; margin: 0; }
#graphiql { height: 100vh; }
`;

interface AssetSpec {
  /** Package whose package.json locates the file (package "exports" may hide it otherwise). */
  pkg?: string;
  file?: string;
  inline?: string;
  contentType: string;
}

const ASSETS: Record<string, AssetSpec> = {
  '/explorer/react.production.min.js': {
    pkg: 'react',
    file: 'umd/react.production.min.js',
    contentType: 'text/javascript; charset=utf-8',
  },
  '/explorer/react-dom.production.min.js': {
    pkg: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    contentType: 'text/javascript; charset=utf-8',
  },
  '/explorer/graphiql.min.js': {
    pkg: 'graphiql',
    file: 'graphiql.min.js',
    contentType: 'text/javascript; charset=utf-8',
  },
  '/explorer/graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', contentType: 'text/css; charset=utf-8' },
  '/explorer/init.js': { inline: BOOTSTRAP, contentType: 'text/javascript; charset=utf-8' },
  '/explorer/explorer.css': { inline: STYLE, contentType: 'text/css; charset=utf-8' },
};

const cache = new Map<string, Buffer | string>();
const require = createRequire(import.meta.url);

function load(pathname: string, spec: AssetSpec): Buffer | string {
  let body = cache.get(pathname);
  if (body === undefined) {
    if (spec.inline !== undefined) body = spec.inline;
    else body = fs.readFileSync(path.join(path.dirname(require.resolve(`${spec.pkg}/package.json`)), spec.file!));
    cache.set(pathname, body);
  }
  return body;
}

export interface ExplorerResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/**
 * One of the explorer's static files, by exact pathname (e.g. `/explorer/graphiql.min.js`);
 * undefined for any other path. Files are read from node_modules once and kept in memory.
 */
export function explorerAsset(pathname: string): ExplorerResponse | undefined {
  if (!Object.hasOwn(ASSETS, pathname)) return undefined;
  const spec = ASSETS[pathname]!;
  return {
    status: 200,
    headers: {
      'content-type': spec.contentType,
      'cache-control': LONG_CACHE,
      'content-security-policy': EXPLORER_CSP,
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
    },
    body: load(pathname, spec),
  };
}

/** JSON that is safe inside a <script> data block: no `</script>`, `<!--` or line separators. */
const jsonForScript = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The HTML of the explorer page for the GraphQL endpoint at `endpointPath` (same origin). */
export function explorerPage(endpointPath = '/graphql'): string {
  const config = {
    endpoint: endpointPath,
    tabs: EXPLORER_EXAMPLES.map((e) => ({ query: e.query, variables: e.variables })),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Obligations graph: GraphQL explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/explorer/graphiql.min.css">
<link rel="stylesheet" href="/explorer/explorer.css">
</head>
<body>
<div id="graphiql">Loading the GraphQL explorer…</div>
<script type="application/json" id="explorer-config">${jsonForScript(config)}</script>
<script src="/explorer/react.production.min.js"></script>
<script src="/explorer/react-dom.production.min.js"></script>
<script src="/explorer/graphiql.min.js"></script>
<script src="/explorer/init.js"></script>
</body>
</html>
`;
}

/** Headers for the page returned by explorerPage(): HTML, never cached, under the strict CSP. */
export const EXPLORER_PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'content-security-policy': EXPLORER_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
});

/** The page as a response, in the shape of explorerAsset's. */
export function explorerPageResponse(endpointPath = '/graphql'): ExplorerResponse {
  return { status: 200, headers: { ...EXPLORER_PAGE_HEADERS }, body: explorerPage(endpointPath) };
}

/**
 * Whether a request to the GraphQL endpoint comes from a person's browser and should get the
 * explorer: a GET that accepts text/html and carries no `query` parameter.
 */
export function wantsExplorer(method: string, accept: string | undefined, search: string): boolean {
  if (method.toUpperCase() !== 'GET') return false;
  if (!accept || !/(^|[\s,])text\/html(\s*[;,]|\s*$)/i.test(accept)) return false;
  return !new URLSearchParams(search).has('query');
}
