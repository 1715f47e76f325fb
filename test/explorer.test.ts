// The offline GraphiQL explorer (src/explorer.ts): unit checks of the page, the asset whitelist
// and the example operations, then Debian's Chromium, headless, against a small server of this
// test's own that serves the explorer and proxies GraphQL to the real API (so the test does not
// depend on how src/server.ts wires the module in). Screenshot: .artifacts/explorer.png
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  EXPLORER_CSP,
  EXPLORER_EXAMPLES,
  explorerAsset,
  explorerPage,
  explorerPageResponse,
  wantsExplorer,
} from '../src/explorer.js';
import { loadTypeDefs } from '../src/schema.js';
import { browserSkipReason, CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCREENSHOT = path.join(ROOT, '.artifacts', 'explorer.png');
// GraphiQL 3.8 class names (stable, documented for theming).
const SEL = {
  queryEditor: '.graphiql-query-editor .CodeMirror',
  tab: '.graphiql-tabs .graphiql-tab',
  activeTab: '.graphiql-tab.graphiql-tab-active',
  execute: 'button.graphiql-execute-button',
  response: '.graphiql-response .CodeMirror',
} as const;
const ASSETS = [
  '/explorer/react.production.min.js',
  '/explorer/react-dom.production.min.js',
  '/explorer/graphiql.min.js',
  '/explorer/graphiql.min.css',
  '/explorer/init.js',
  '/explorer/explorer.css',
];

// What each example's answer must show, from the seeded corpus.
const EXPECTED: Record<string, string[]> = {
  WhoRequestedSupport: ['"Rosemarie Harris"', '"Welsh Ministers"', '"Local Government (Wales) Measure 2009"'],
  WhichNoticeDemandsWhat: [
    '"follow-up-warning-notice"',
    '"obl-submit-revised-improvement-plan"',
    '"status":"OVERDUE"',
    '"status":"OPEN"',
  ],
  Search: ['"Care Inspectorate Wales"', '"CSSIW"'],
  Timeline: ['"request-statutory-support"'],
  OverdueOn: ['"status":"OVERDUE"'],
};

const operationName = (query: string) =>
  (parse(query).definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode | undefined)?.name
    ?.value;

describe('explorer page and assets', () => {
  it('references only local assets and holds no external URL', () => {
    const html = explorerPage();
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/(src|href)="\/\//); // no protocol-relative URLs either
    for (const asset of ASSETS) expect(html).toContain(`"${asset}"`);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    // The only inline <script> is a JSON data block, which CSP does not execute.
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline).toEqual([' type="application/json" id="explorer-config"']);
    const init = explorerAsset('/explorer/init.js')!.body.toString();
    expect(init).not.toMatch(/https?:\/\//i);
    expect(init).toContain('GraphiQL.createFetcher({ url: config.endpoint })');
  });

  it('passes the endpoint path through as data, escaped for the script block', () => {
    const html = explorerPage('/api/</script><b>');
    const json = /<script type="application\/json" id="explorer-config">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(json!).endpoint).toBe('/api/</script><b>');
    expect(JSON.parse(json!).tabs).toHaveLength(EXPLORER_EXAMPLES.length);
  });

  it('serves exactly the whitelisted files, with types, caching and CSP', () => {
    const types: Record<string, RegExp> = { js: /^text\/javascript/, css: /^text\/css/ };
    for (const asset of ASSETS) {
      const r = explorerAsset(asset);
      expect(r, asset).toBeDefined();
      expect(r!.status).toBe(200);
      expect(r!.headers['content-type']).toMatch(types[asset.split('.').pop()!]!);
      expect(r!.headers['cache-control']).toMatch(/max-age=\d{6,}/);
      expect(r!.headers['content-security-policy']).toBe(EXPLORER_CSP);
      expect(r!.body.length).toBeGreaterThan(10);
    }
    expect(explorerAsset('/explorer/graphiql.min.js')!.body.toString('utf8', 0, 200)).toContain('webpack');
    expect(explorerAsset('/explorer/graphiql.min.js')!.body).toBe(explorerAsset('/explorer/graphiql.min.js')!.body); // cached
    for (const bad of [
      '/explorer/../package.json',
      '/explorer/%2e%2e/package.json',
      '/explorer/..%2fpackage.json',
      '/explorer/',
      '/explorer',
      '/explorer/graphiql.min.js.map',
      '/explorer/graphiql.js',
      '/explorer/GRAPHIQL.MIN.JS',
      '/explorer/graphiql.min.js/',
      '/explorer//graphiql.min.js',
      '/explorer/constructor',
      '/explorer/__proto__',
      '/graphiql.min.js',
      'explorer/init.js',
    ]) {
      expect(explorerAsset(bad), bad).toBeUndefined();
    }
    const page = explorerPageResponse();
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval|\*/);
  });

  it('wants the explorer only for a browser GET without a query', () => {
    const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    expect(wantsExplorer('GET', browserAccept, '')).toBe(true);
    expect(wantsExplorer('GET', browserAccept, '?')).toBe(true);
    expect(wantsExplorer('get', 'TEXT/HTML', '?foo=1')).toBe(true);
    expect(wantsExplorer('GET', browserAccept, '?query={__typename}')).toBe(false);
    expect(wantsExplorer('GET', browserAccept, '?query=')).toBe(false);
    expect(wantsExplorer('GET', browserAccept, '?x=1&query=%7B__typename%7D')).toBe(false);
    expect(wantsExplorer('POST', browserAccept, '')).toBe(false);
    expect(wantsExplorer('HEAD', browserAccept, '')).toBe(false);
    expect(wantsExplorer('GET', undefined, '')).toBe(false);
    expect(wantsExplorer('GET', 'application/json', '')).toBe(false);
    expect(wantsExplorer('GET', 'application/graphql-response+json, application/json', '')).toBe(false);
    expect(wantsExplorer('GET', 'text/htmlx', '')).toBe(false);
    expect(wantsExplorer('GET', '*/*', '')).toBe(false);
  });
});

describe('explorer example operations', () => {
  const schema = buildSchema(loadTypeDefs());

  it('preloads the corpus questions as named operations', () => {
    const names = EXPLORER_EXAMPLES.map((e) => operationName(e.query));
    expect(names.slice(0, 4)).toEqual(['WhoRequestedSupport', 'WhichNoticeDemandsWhat', 'Search', 'Timeline']);
    expect(new Set(names).size).toBe(names.length);
    expect(JSON.parse(EXPLORER_EXAMPLES[1]!.variables!)).toEqual({ asOf: '2018-03-01' });
    expect(JSON.parse(EXPLORER_EXAMPLES[2]!.variables!)).toEqual({ text: 'CSSIW' });
    expect(JSON.parse(EXPLORER_EXAMPLES[3]!.variables!)).toEqual({ from: '2017-10-01', to: '2018-02-28' });
  });

  it.each(EXPLORER_EXAMPLES.map((e) => [operationName(e.query)!, e] as const))(
    '%s validates against the schema, variables included',
    (_name, example) => {
      const document = parse(example.query);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      const op = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
      const coerced = getVariableValues(
        schema,
        op.variableDefinitions ?? [],
        example.variables ? JSON.parse(example.variables) : {},
      );
      expect(coerced.errors?.map((e) => e.message)).toBeUndefined();
    },
  );

  it.each(EXPLORER_EXAMPLES.map((e) => [operationName(e.query)!, e] as const))(
    '%s answers from the seeded graph without errors',
    async (_name, example) => {
      const res = await fetch(inject('apiUrl'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({
          query: example.query,
          variables: example.variables ? JSON.parse(example.variables) : undefined,
        }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(res.status).toBe(200);
      const root = Object.values(body.data ?? {})[0] as { edges?: unknown[]; totalCount?: number } | unknown[];
      const items = Array.isArray(root) ? root : root.edges;
      expect(items?.length).toBeGreaterThan(0);
      // A connection's first page holds all of it: the example shows the whole answer.
      if (!Array.isArray(root) && root.totalCount !== undefined) expect(root.edges).toHaveLength(root.totalCount);
      for (const text of EXPECTED[operationName(example.query)!] ?? [])
        expect(JSON.stringify(body.data)).toContain(text);
    },
  );
});

/** Serves the explorer like the API server would, and proxies GraphQL to the real API. */
function startExplorerServer(apiUrl: string) {
  const served: string[] = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    served.push(`${method} ${url.pathname}`);
    try {
      if (url.pathname === '/graphql' && wantsExplorer(method, req.headers.accept, url.search)) {
        const page = explorerPageResponse('/graphql');
        res.writeHead(page.status, page.headers).end(page.body);
        return;
      }
      if (url.pathname.startsWith('/explorer/')) {
        const asset = explorerAsset(url.pathname);
        if (asset) res.writeHead(asset.status, asset.headers).end(asset.body);
        else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      if (url.pathname === '/graphql') {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const headers: Record<string, string> = {};
        for (const h of ['content-type', 'accept', 'apollo-require-preflight']) {
          const v = req.headers[h];
          if (typeof v === 'string') headers[h] = v;
        }
        const upstream = await fetch(apiUrl + url.search, {
          method,
          headers,
          body: method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks),
        });
        res
          .writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' })
          .end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (err) {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy error: ${String(err)}`);
    }
  });
  return new Promise<{ origin: string; served: string[]; close: () => Promise<void> }>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        served,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

describe('explorer in headless Chromium', () => {
  let site: Awaited<ReturnType<typeof startExplorerServer>>;
  let browser: Browser | undefined;

  beforeAll(async () => {
    site = await startExplorerServer(inject('apiUrl'));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('serves the page at GET /graphql to browsers and still answers GraphQL there', async () => {
    const page = await fetch(`${site.origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(await page.text()).toContain('/explorer/graphiql.min.js');
    const query = `?query=${encodeURIComponent('{ __typename }')}`;
    const get = await fetch(`${site.origin}/graphql${query}`, {
      headers: { accept: 'application/graphql-response+json, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toMatchObject({ data: { __typename: 'Query' } });
    // A browser-style GET that carries a query goes to the API, not to the explorer.
    const html = await fetch(`${site.origin}/graphql${query}`, {
      headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
    });
    expect(await html.text()).not.toContain('explorer-config');
    const post = await fetch(`${site.origin}/graphql`, {
      method: 'POST',
      headers: { accept: 'text/html, application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toMatchObject({ data: { __typename: 'Query' } });
    expect((await fetch(`${site.origin}/explorer/../package.json`)).status).toBe(404);
  });

  // Without Chromium this is skipped (global-setup prints the one line saying how to enable it),
  // except with CI=true, where it fails here.
  it.skipIf(browserSkipReason() !== null)(
    'loads GraphiQL offline, runs the first example and shows the real answer',
    async () => {
      if (!fs.existsSync(CHROMIUM_PATH)) {
        throw new Error(
          `Chromium not found at ${CHROMIUM_PATH}, and CI=true requires the browser test. Install it with ` +
            `\`bash scripts/install-chromium.sh\` (apt-get install chromium) or point CHROMIUM_PATH at a Chromium binary.`,
        );
      }
      const t0 = Date.now();
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const requests: string[] = [];
      const foreign: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => {
        requests.push(`${r.method()} ${r.url()}`);
        const u = new URL(r.url());
        if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.hostname !== '127.0.0.1') foreign.push(r.url());
      });
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text()))
          problems.push(`console ${m.type()}: ${m.text()}`);
      });

      try {
        const nav = await page.goto(`${site.origin}/graphql`, { waitUntil: 'load' });
        expect(nav?.status()).toBe(200);
        expect(await page.title()).toMatch(/GraphQL explorer/);
        await page.locator(SEL.queryEditor).first().waitFor({ state: 'visible', timeout: 20_000 });
        await expect.poll(() => page.locator(SEL.tab).count()).toBe(EXPLORER_EXAMPLES.length);
        await expect.poll(() => page.locator(SEL.activeTab).innerText()).toContain('WhoRequestedSupport');

        const answered = page.waitForResponse(
          (r) =>
            r.url() === `${site.origin}/graphql` &&
            r.request().method() === 'POST' &&
            (r.request().postData() ?? '').includes('"operationName":"WhoRequestedSupport"'),
          { timeout: 20_000 },
        );
        await page.locator(SEL.execute).click();
        const response = await answered;
        expect(response.status()).toBe(200);
        await page.waitForFunction(
          (sel) => {
            const el = (globalThis as any).document.querySelector(sel);
            return (
              typeof el?.CodeMirror?.getValue === 'function' && el.CodeMirror.getValue().includes('Rosemarie Harris')
            );
          },
          SEL.response,
          { timeout: 20_000 },
        );
        const result = JSON.parse(await page.locator(SEL.response).evaluate((el: any) => el.CodeMirror.getValue()));
        expect(result.errors).toBeUndefined();
        expect(result.data.requests.totalCount).toBeGreaterThan(0);
        await page
          .locator(SEL.response)
          .getByText('Rosemarie Harris')
          .first()
          .scrollIntoViewIfNeeded()
          .catch(() => undefined);
      } finally {
        fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
        await page.screenshot({ path: SCREENSHOT }).catch(() => undefined);
        console.log(`explorer: browser part took ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshot ${SCREENSHOT}`);
      }

      expect(foreign, `requests to hosts other than 127.0.0.1:\n${foreign.join('\n')}`).toEqual([]);
      expect(problems, problems.join('\n')).toEqual([]);
      for (const asset of ASSETS) expect(site.served).toContain(`GET ${asset}`);
      expect(requests.some((r) => r.startsWith('POST ') && r.endsWith('/graphql'))).toBe(true);
    },
  );
});
