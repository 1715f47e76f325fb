// The analyst's workbench at /app (src/app/, built by the global setup): the passages field it
// reads sources with, how the server serves it, and every page in Debian's Chromium, headless,
// against the seeded test database: real data, no console errors, no serious or critical axe
// violations at 1280 and 390 pixels, timeline colours that follow the chosen day, a chosen fact's
// quote highlighted at its offsets, deep links, the back button and the database-down message.
// Screenshots: .artifacts/workbench-*.png
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { APP_DIST } from '../src/appBuild.js';
import { createKey } from '../src/auth/index.js';
import { APP_CSP } from '../src/appServe.js';
import { projectRoot } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { createLogger } from '../src/log.js';
import { startServer, type RunningServer } from '../src/server.js';
import { browserSkipReason, CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { cypherRows, gql, gqlAs, gqlOk, resetToSeed, testDriver } from './helpers.js';
import { loadConfig } from '../src/config.js';

const origin = () => new URL(inject('apiUrl')).origin;
const ARTIFACTS = path.join(projectRoot, '.artifacts');
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PASSAGES = `query ($source: ID!, $after: String) {
  passages(source: $source, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { key quote start end facts: supports(first: 50) { key } } }
  }
}`;

/** Every passage of a source through the API, page by page. */
async function allPassages(source: string) {
  const out: { key: string; quote: string; start: number; end: number; facts: { key: string }[] }[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const d: any = await gqlOk(PASSAGES, { source, after });
    total = d.passages.totalCount;
    out.push(...d.passages.edges.map((e: any) => e.node));
    if (!d.passages.pageInfo.hasNextPage) break;
    after = d.passages.pageInfo.endCursor;
  }
  return { passages: out, total };
}

describe('passages of a source (the field the reader pages through)', () => {
  it('returns every cited passage of a source in text order, past one page', async () => {
    const { passages, total } = await allPassages('s002');
    const content: string = (
      (await gqlOk(`{ sources(first: 10) { edges { node { key content } } } }`)) as any
    ).sources.edges.find((e: any) => e.node.key === 's002').node.content;
    expect(total).toBeGreaterThan(100);
    expect(passages).toHaveLength(total);
    expect(new Set(passages.map((p) => p.key)).size).toBe(total);
    for (const p of passages) expect(content.slice(p.start, p.end)).toBe(p.quote);
    const starts = passages.map((p) => p.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // The same set the graph holds: every Evidence node of s002.
    const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic(inject('neo4jUsername'), inject('neo4jPassword')));
    try {
      const { records } = await driver.executeQuery(
        'MATCH (e:Evidence {sourceId: $s}) RETURN count(e) AS n',
        { s: 's002' },
        { database: inject('neo4jDatabase') },
      );
      expect(Number(records[0]!.get('n'))).toBe(total);
    } finally {
      await driver.close();
    }
  });

  it('takes a global id as well as a key, and refuses what names no source', async () => {
    const byId = await gqlOk(
      `{ passages(source: "${Buffer.from('Source:s000').toString('base64url')}", first: 1) { totalCount } }`,
    );
    const byKey = await gqlOk(`{ passages(source: "s000", first: 1) { totalCount } }`);
    expect((byId as any).passages.totalCount).toBe((byKey as any).passages.totalCount);
    const missing = await gql(`{ passages(source: "s999") { totalCount } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const entity = await gql(`{ passages(source: "powys-county-council") { totalCount } }`);
    expect(entity.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(entity.errors?.[0]?.message).toMatch(/must name a Source/);
    const badCursor = await gql(`{ passages(source: "s000", after: "nope") { totalCount } }`);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('serving the workbench at /app', () => {
  it('serves the page for every client route, with CSP, and hashed assets for a year', async () => {
    const bare = await fetch(`${origin()}/app`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/app/');
    const withQuery = await fetch(`${origin()}/app?q=Powys`, { redirect: 'manual' });
    expect(withQuery.headers.get('location')).toBe('/app/?q=Powys');
    for (const route of ['/app/', '/app/timeline?day=2018-03-01', '/app/entity/powys-county-council', '/app/no/such']) {
      const res = await fetch(`${origin()}${route}`);
      expect(res.status, route).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const html = await res.text();
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).toMatch(/<script type="module" crossorigin src="\/app\/assets\/index-[\w-]+\.js"><\/script>/);
    }
    const asset = fs.readdirSync(path.join(APP_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
    const res = await fetch(`${origin()}/app/assets/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${origin()}/app/assets/nothing.js`)).status).toBe(404);
    expect((await fetch(`${origin()}/app/assets/../index.html`)).status).not.toBe(500);
  });
});

const skip = browserSkipReason() !== null;

/** Waits for what a page shows: its data comes over the network, from a database on a shared machine. */
const poll = <T>(fn: () => Promise<T> | T, timeout = 30_000) => expect.poll(fn, { timeout, interval: 100 });

describe.skipIf(skip)('the workbench in Chromium', { timeout: 240_000 }, () => {
  let browser: Browser;
  /** Problems seen by any page: console errors, page errors, requests leaving the machine. */
  const problems: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`CI=true requires Chromium at ${CHROMIUM_PATH}`);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(route: string, width = 1280, base = origin()): Promise<{ page: Page; context: BrowserContext }> {
    // bypassCSP lets the test inject axe-core; the app itself runs under its CSP in the other checks.
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`${route}: page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${route}: console ${m.type()}: ${m.text()}`);
    });
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1') problems.push(`foreign: ${r.url()}`);
    });
    await page.goto(`${base}/app${route}`);
    return { page, context };
  }

  async function axe(page: Page, label: string) {
    await page.addScriptTag({ content: AXE });
    const result: any = await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v: any) =>
          `${label}: ${v.id} (${v.impact}): ${v.nodes
            .map((n: any) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    expect(bad).toEqual([]);
    return result.violations.length as number;
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `workbench-${name}.png`), fullPage: false });

  it('search: typed hits as you type, arrow keys and Enter open one, the back button returns', async () => {
    const { page, context } = await open('/');
    const input = page.getByRole('combobox', { name: 'Search' });
    await input.pressSequentially('Powys', { delay: 20 });
    await page.waitForURL(/\/app\/?\?q=Powys$/);
    const options = page.getByRole('option');
    await poll(() => options.count()).toBeGreaterThan(1);
    const api: any = await gqlOk(`{ search(text: "Powys", first: 12) { type node { key name } } }`);
    await poll(() => options.first().textContent()).toContain(api.search[0].node.name);
    expect(await options.first().textContent()).toContain(
      api.search[0].type.replace(/([a-z])([A-Z])/g, '$1 $2').slice(0, 6),
    );
    await input.press('ArrowDown');
    await poll(() => options.nth(1).getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    await page.waitForURL(`**/app/entity/${api.search[1].node.key}`);
    await poll(() => page.locator('h1').textContent()).toBe(api.search[1].node.name);
    await page.goBack();
    await page.waitForURL(/\/app\/?\?q=Powys$/);
    await poll(() => options.count()).toBeGreaterThan(1);
    await shot(page, 'search');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await axe(page, `search@${width}`);
    }
    await context.close();
  });

  it('timeline: a bar per obligation, coloured by its status on the chosen day, which the date control changes', async () => {
    const { page, context } = await open('/timeline?day=2017-12-01');
    const rows = page.locator('.chart .rows > li');
    const statusesOn = async (day: string) =>
      Object.fromEntries(
        (
          (await gqlOk(
            `{ obligations(first: 100, filter: { asOf: "${day}" }) { edges { node { key status } } } }`,
          )) as any
        ).obligations.edges.map((e: any) => [e.node.key, e.node.status]),
      );
    const before = await statusesOn('2017-12-01');
    await poll(() => rows.count()).toBe(Object.keys(before).length);
    const shown = async () =>
      page.$$eval('.chart .rows > li', (lis) =>
        lis.map((li) => {
          const bar = li.querySelector('.bar')!;
          return {
            key: li.getAttribute('data-key')!,
            status: li.getAttribute('data-status')!,
            colour: getComputedStyle(bar).getPropertyValue('--c').trim(),
            background: getComputedStyle(bar).backgroundImage,
          };
        }),
      );
    const early = await shown();
    for (const r of early) expect(r.status, r.key).toBe(before[r.key]);
    // Fuzzy ends fade (a gradient with a transparent-ish end), inferred ends are dashed.
    expect(early.every((r) => r.background.startsWith('linear-gradient'))).toBe(true);
    expect(await page.locator('.bar.due-inferred').count()).toBeGreaterThan(0);
    await shot(page, 'timeline-2017-12-01');

    await page.getByLabel('Status on').fill('2018-03-01');
    await page.waitForURL('**/timeline?day=2018-03-01');
    const after = await statusesOn('2018-03-01');
    await poll(async () => (await shown()).map((r) => r.status)).toEqual(early.map((r) => after[r.key]));
    const late = await shown();
    const changed = late.filter((r, i) => r.status !== early[i]!.status);
    expect(changed.length).toBeGreaterThan(0);
    for (const r of changed) {
      const was = early.find((e) => e.key === r.key)!;
      expect(r.colour, r.key).not.toBe(was.colour);
      expect(r.background, r.key).not.toBe(was.background);
    }
    expect(late.some((r) => r.status === 'OVERDUE')).toBe(true);
    await shot(page, 'timeline');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await axe(page, `timeline@${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Filter by bearer: the same obligations as the API's filter.
    const bearer: any = await gqlOk(
      `{ obligations(first: 100, filter: { bearer: "powys-county-council" }) { totalCount } }`,
    );
    await page.getByLabel('Bearer').selectOption('powys-county-council');
    await page.waitForURL(/bearer=powys-county-council/);
    await poll(() => rows.count()).toBe(bearer.obligations.totalCount);

    // A click on a bar opens the obligation with its evidence; back returns to the same view.
    const first = late[0]!.key;
    await page.locator(`li[data-key="${first}"] .bar`).click();
    await page.waitForURL(`**/app/entity/${first}?day=2018-03-01`);
    await poll(() => page.locator('.quote').count()).toBeGreaterThan(0);
    await poll(() => page.locator('.history li .status-tag').count()).toBeGreaterThan(1);
    await page.goBack();
    await page.waitForURL(/timeline\?day=2018-03-01&bearer=powys-county-council/);
    await poll(() => page.getByLabel('Status on').inputValue()).toBe('2018-03-01');
    await context.close();
  });

  it('timeline: colours follow the "as known on" day (a fulfilment reported later shows only from its publication)', async () => {
    // A curated source published in April reports that the revised plan, due 7 February 2018, was
    // sent on 6 February: FULFILLED with today's knowledge, OVERDUE as the record stood on 1 March.
    const revised = 'obl-submit-revised-improvement-plan';
    const driver = testDriver();
    const token = `Bearer ${await createKey(driver, inject('neo4jDatabase'), 'workbench-test-editor', 'editor')}`;
    try {
      const added = await gqlAs(
        token,
        `mutation ($input: AddSourceInput!) { addSource(input: $input) { source { key } } }`,
        {
          input: {
            content:
              'Powys County Council sent its revised Improvement Plan to Care Inspectorate Wales on 6 February 2018, the council said in April.',
            title: 'Council says it sent the revised plan (text written for this test)',
            publisher: 'Test Gazette',
            published: { text: '10 April 2018', value: '2018-04-10', precision: 'DAY' },
          },
        },
      );
      expect(added.errors).toBeUndefined();
      const source = (added.data as any).addSource.source.key as string;
      const asserted = await gqlAs(
        token,
        `mutation ($input: AssertFactsInput!) { assertFacts(input: $input) { revision { id } } }`,
        {
          input: {
            reason: 'The council reports sending the revised plan',
            records: [
              {
                id: 'improvement-plan-2',
                links: [
                  {
                    rel: 'FULFILS',
                    to: revised,
                    date: { text: 'on 6 February 2018', value: '2018-02-06', precision: 'DAY' },
                    evidence: [
                      {
                        source,
                        quote: 'sent its revised Improvement Plan to Care Inspectorate Wales on 6 February 2018',
                      },
                    ],
                  },
                ],
              },
            ],
          },
        },
      );
      expect(asserted.errors).toBeUndefined();

      const { page, context } = await open('/timeline?day=2018-03-01');
      const row = page.locator(`.chart .rows > li[data-key="${revised}"]`);
      const colour = () => row.locator('.bar').evaluate((b) => getComputedStyle(b).getPropertyValue('--c').trim());
      await poll(() => row.getAttribute('data-status')).toBe('FULFILLED');
      const now = await colour();

      await page.getByLabel('As known on').fill('2018-03-01');
      await page.waitForURL('**/timeline?day=2018-03-01&known=2018-03-01');
      await poll(() => row.getAttribute('data-status')).toBe('OVERDUE');
      expect(await colour()).not.toBe(now);
      await poll(() => page.locator('.summary').textContent()).toMatch(/on 2018-03-01, as known on 2018-03-01:/);
      await shot(page, 'timeline-known-2018-03-01');
      await axe(page, 'timeline-known@1280');

      // From the source's publication on, the fulfilment is known; the URL keeps the choice.
      await page.getByLabel('As known on').fill('2018-04-10');
      await page.waitForURL('**/timeline?day=2018-03-01&known=2018-04-10');
      await poll(() => row.getAttribute('data-status')).toBe('FULFILLED');
      await page.goBack();
      await page.waitForURL('**/timeline?day=2018-03-01&known=2018-03-01');
      await poll(() => row.getAttribute('data-status')).toBe('OVERDUE');
      await poll(() => page.getByLabel('As known on').inputValue()).toBe('2018-03-01');
      await context.close();
    } finally {
      await resetToSeed();
      await driver.close();
    }
  });

  it('entity pages: an actor, a person, a document and an obligation with what the issue lists', async () => {
    const cases: [string, string[]][] = [
      ['powys-county-council', ['Obligations borne', 'Documents issued', 'Requests made', 'What the sources say']],
      ['rosemarie-harris', ['Posts held', 'Statements', 'Requests made']],
      ['follow-up-warning-notice', ['Issued by', 'Addressed to', 'Obligations it imposes']],
      ['obl-submit-revised-improvement-plan', ['Status history', 'What the sources say']],
    ];
    for (const [key, sections] of cases) {
      const { page, context } = await open(`/entity/${key}?day=2018-03-01`);
      const api: any = await gqlOk(`{ entity(key: "${key}") { name evidence { quote } } }`);
      await poll(() => page.locator('h1').textContent()).toBe(api.entity.name);
      // The kind's parts load on their own, after the heading.
      await poll(() => page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(sections));
      await poll(() => page.locator('.quote').count()).toBe(api.entity.evidence.length);
      if (key.startsWith('obl-')) {
        const facts = await page.locator('.facts').textContent();
        expect(facts).toMatch(/Bearer.*Powys County Council/s);
        expect(facts).toMatch(/Legal basis/);
        expect(facts).toMatch(/If breached/);
        await poll(() => page.locator('.history .status-tag').allTextContents()).toContain('overdue');
      }
      await shot(page, `entity-${key}`);
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await axe(page, `${key}@${width}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), key).toBeLessThanOrEqual(width);
      }
      await context.close();
    }
  });

  it('source reader: every passage highlighted; a fact highlights its quotes at their offsets; a passage lists its facts', async () => {
    const { passages } = await allPassages('s002');
    const { page, context } = await open('/sources/s002');
    const marks = page.locator('.source-text mark');
    await poll(() => marks.count()).toBeGreaterThan(0);
    // Every character of every passage is inside a highlight that names it.
    const covered: Record<string, [number, number][]> = await page.$$eval('.source-text mark', (ms) => {
      const out: Record<string, [number, number][]> = {};
      for (const m of ms)
        for (const k of (m.getAttribute('data-passages') ?? '').split(' '))
          (out[k] ??= []).push([Number(m.getAttribute('data-start')), Number(m.getAttribute('data-end'))]);
      return out;
    });
    const union = (spans: [number, number][]) => {
      const sorted = [...spans].sort((a, b) => a[0] - b[0]);
      const out: [number, number][] = [];
      for (const [s, e] of sorted) {
        const last = out[out.length - 1];
        if (last && s <= last[1]) last[1] = Math.max(last[1], e);
        else out.push([s, e]);
      }
      return out;
    };
    expect(Object.keys(covered).sort()).toEqual(passages.map((p) => p.key).sort());
    for (const p of passages) expect(union(covered[p.key]!), p.key).toEqual([[p.start, p.end]]);
    // The text shown is the source's text, character for character.
    const shownText = await page.locator('.source-text').textContent();
    const content = (
      (await gqlOk(`{ sources(first: 10) { edges { node { key content } } } }`)) as any
    ).sources.edges.find((e: any) => e.node.key === 's002').node.content;
    expect(shownText).toBe(content);

    // Choose a fact: its passages, and only they, are marked, at the API's offsets, and scrolled to.
    const fact = 'obl-submit-revised-improvement-plan';
    const expected = union(passages.filter((p) => p.facts.some((s) => s.key === fact)).map((p) => [p.start, p.end]));
    expect(expected.length).toBeGreaterThan(0);
    await page.locator(`button[data-fact="${fact}"]`).click();
    await page.waitForURL(`**/sources/s002?fact=${fact}`);
    await poll(() => page.locator('mark.chosen').count()).toBeGreaterThan(0);
    const chosen = await page.$$eval('mark.chosen', (ms) =>
      ms.map((m) => [Number(m.getAttribute('data-start')), Number(m.getAttribute('data-end'))] as [number, number]),
    );
    expect(union(chosen)).toEqual(expected);
    const chosenText = await page.$$eval('mark.chosen', (ms) => ms.map((m) => m.textContent).join(''));
    expect(chosenText.length).toBe(expected.reduce((n, [s, e]) => n + e - s, 0));
    await poll(() => page.locator('mark.chosen').first().isVisible()).toBe(true);
    expect(
      await page
        .locator('mark.chosen')
        .first()
        .evaluate((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
    ).toBe(true);
    await shot(page, 'reader');

    // Choose a passage (by keyboard): the facts it supports are listed.
    const target = passages.find((p) => p.facts.length > 1 && !passages.some((o) => o !== p && o.start === p.start))!;
    const mark = page.locator(`mark[data-start="${target.start}"]`);
    await mark.focus();
    await mark.press('Enter');
    await page.waitForURL(/passage=/);
    const selectedKey = new URL(page.url()).searchParams.get('passage')!;
    const supports = [...(await allPassages('s002')).passages].find((p) => p.key === selectedKey)!.facts;
    await poll(() => page.locator('.passage-facts li a').allTextContents()).toHaveLength(supports.length);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await axe(page, `reader@${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await context.close();
  });

  it('graph view: the neighbourhood with inferred links dashed, expandable, a node opens its page', async () => {
    const key = 'alun-davies';
    const id = Buffer.from(`Person:${key}`).toString('base64url');
    const api: any = await gqlOk(
      `{ neighbourhood(id: "${id}", depth: 1, limit: 150) { nodes { key name } edges { key inferred } } }`,
    );
    const { page, context } = await open(`/graph/${key}`);
    const canvas = page.locator('.graph-canvas');
    await poll(() => canvas.getAttribute('data-nodes')).toBe(String(api.neighbourhood.nodes.length));
    expect(await canvas.getAttribute('data-edges')).toBe(String(api.neighbourhood.edges.length));
    expect(await canvas.getAttribute('data-inferred')).toBe(
      String(api.neighbourhood.edges.filter((e: any) => e.inferred).length),
    );
    await poll(() => page.locator('.graph-canvas canvas').count()).toBeGreaterThan(0);
    await shot(page, 'graph');
    await axe(page, 'graph@1280');
    // Expand a neighbour: the drawing grows and the URL says what is expanded.
    const neighbour =
      api.neighbourhood.nodes.find((n: any) => n.key === 'welsh-government') ?? api.neighbourhood.nodes[1];
    await page.getByRole('button', { name: `Expand ${neighbour.name}` }).click();
    await page.waitForURL(`**/graph/${key}?expand=${neighbour.key}`);
    await poll(async () => Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThan(
      api.neighbourhood.nodes.length,
    );
    // A click on a node in the drawing opens the entity page.
    const position = await page.evaluate(() => {
      const c = document.querySelector('.graph-canvas canvas:last-child')!.getBoundingClientRect();
      return { x: c.left, y: c.top };
    });
    expect(position).toBeTruthy();
    await page.getByRole('link', { name: neighbour.name }).first().click();
    await page.waitForURL(`**/entity/${neighbour.key}`);
    await page.goBack();
    await page.waitForURL(`**/graph/${key}?expand=${neighbour.key}`);
    await context.close();
  });

  it('sources and an unknown address render their pages', async () => {
    const { page, context } = await open('/sources');
    await poll(() => page.locator('.sources li').count()).toBe(3);
    await axe(page, 'sources@1280');
    await page.goto(`${origin()}/app/no/such/page`);
    await poll(() => page.locator('h1').textContent()).toBe('No such page');
    await page.goto(`${origin()}/app/entity/no-such-key`);
    await poll(() => page.locator('h1').textContent()).toBe('Not found');
    await context.close();
  });

  it('review queue: a document’s proposals highlighted in its text; accepting one shows at once and writes it', async () => {
    // An ingested notice (the ingestion tests' fixture) gives the queue its proposals.
    const notice = fs.readFileSync(path.join(projectRoot, 'test/fixtures/notice.txt'), 'utf8');
    const driver = testDriver();
    // A reviewer's key, as `npm run token` makes one (a reviewer may ingest too: the role is above editor).
    const token = await createKey(driver, inject('neo4jDatabase'), 'workbench-test-reviewer', 'reviewer');
    const answer = await gqlAs(
      `Bearer ${token}`,
      `mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { key title } proposalsTotal } }`,
      { input: { content: notice, published: '2024-03-05', publisher: 'Test Ministers', fileName: 'notice.txt' } },
    );
    expect(answer.errors).toBeUndefined();
    const ingested: any = answer.data;
    const doc: string = ingested.ingestDocument.document.key;
    try {
      const listed: any = await gqlOk(
        `query ($d: String!) { proposals(filter: { document: $d }, first: 100) { totalCount edges { node { key kind quote start end status } } } }`,
        { d: doc },
      );
      const proposals: { key: string; kind: string; quote: string; start: number; end: number; status: string }[] =
        listed.proposals.edges.map((e: any) => e.node);
      expect(proposals.length).toBe(ingested.ingestDocument.proposalsTotal);
      const duty = proposals.find((p) => p.kind === 'OBLIGATION' && p.status === 'PENDING')!;
      const other = proposals.find((p) => p.status === 'PENDING' && p.key !== duty.key && p.kind !== 'ENTITY')!;
      expect(duty).toBeTruthy();

      // The queue lists the document; its page shows the text with every proposal's quote marked.
      const { page, context } = await open('/review');
      const link = page.locator(`a[href="/app/review/${doc}"]`);
      await poll(() => link.count()).toBe(1);
      await link.click();
      await page.waitForURL(`**/app/review/${doc}`);
      const cards = page.locator('.proposals > li');
      await poll(() => cards.count()).toBe(proposals.length);
      const covered: Record<string, [number, number][]> = await page.$$eval('.source-text mark', (ms) => {
        const out: Record<string, [number, number][]> = {};
        for (const m of ms)
          for (const k of (m.getAttribute('data-proposals') ?? '').split(' '))
            (out[k] ??= []).push([Number(m.getAttribute('data-start')), Number(m.getAttribute('data-end'))]);
        return out;
      });
      for (const p of proposals) {
        const spans = covered[p.key]!.sort((a, b) => a[0] - b[0]);
        expect(spans[0]![0], p.key).toBe(p.start);
        expect(spans[spans.length - 1]![1], p.key).toBe(p.end);
        expect(spans.map(([s, e]) => notice.slice(s, e)).join(''), p.key).toBe(p.quote);
      }

      // The reviewer types the token in once; it stays in the tab, not in the address.
      await page.getByLabel('Reviewer token').fill(token);
      await page.getByRole('button', { name: 'Use token' }).click();
      await poll(() => page.locator('.token [role=status]').textContent()).toMatch(/sent with your token/);
      expect(page.url()).not.toContain(token);

      // Choosing a proposal marks its quote; accepting it shows the decision at once.
      const card = page.locator(`li[data-key="${duty.key}"]`);
      await card.locator('.proposal-head button').click();
      await page.waitForURL(`**/review/${doc}?proposal=${encodeURIComponent(duty.key)}`);
      await poll(() => page.locator('.source-text mark.chosen').count()).toBeGreaterThan(0);
      const chosen = await page.$$eval('.source-text mark.chosen', (ms) =>
        ms.map((m) => [Number(m.getAttribute('data-start')), Number(m.getAttribute('data-end'))]),
      );
      expect(chosen[0]![0]).toBe(duty.start);
      expect(chosen[chosen.length - 1]![1]).toBe(duty.end);
      await card.getByRole('button', { name: 'Accept', exact: true }).click();
      await poll(() => card.getAttribute('data-status')).toBe('ACCEPTED');
      await poll(() => page.locator(`mark.decision-ACCEPTED[data-start="${duty.start}"]`).count()).toBe(1);
      expect(await card.locator('.decision').textContent()).toContain('by workbench-test-reviewer');
      const resultLink = card.locator('.decision a');
      await poll(() => resultLink.count()).toBe(1);
      // What the page shows is what the API now holds: the record written, with the quote as evidence.
      const after: any = await gqlOk(
        `query ($d: String!) { proposals(filter: { document: $d }, first: 100) { edges { node { key status decidedBy result { key name evidence { quote } } } } } }`,
        { d: doc },
      );
      const accepted = after.proposals.edges.map((e: any) => e.node).find((p: any) => p.key === duty.key);
      expect(accepted.status).toBe('ACCEPTED');
      expect(accepted.decidedBy).toBe('workbench-test-reviewer');
      expect(await resultLink.textContent()).toBe(accepted.result.name);
      expect(accepted.result.evidence.map((e: any) => e.quote)).toContain(duty.quote);
      const entity: any = await gqlOk(`{ entity(key: "${accepted.result.key}") { name } }`);
      expect(entity.entity.name).toBe(accepted.result.name);

      // Rejecting takes a reason, and shows it.
      const second = page.locator(`li[data-key="${other.key}"]`);
      await second.getByRole('button', { name: 'Reject…' }).click();
      await second.getByLabel('Why').fill('Not a fact of this notice');
      await second.getByRole('button', { name: 'Reject', exact: true }).click();
      await poll(() => second.getAttribute('data-status')).toBe('REJECTED');
      expect(await second.locator('.decision').textContent()).toContain('Not a fact of this notice');
      await shot(page, 'review');
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await axe(page, `review@${width}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      await context.close();
    } finally {
      // Leave the graph as the seed left it: what the review wrote, the proposals, the document, the
      // key (resetToSeed takes whatever a decision recorded besides, such as its revision).
      const keys = (await cypherRows(driver, 'MATCH (p:Proposal {documentId: $doc}) RETURN p.id AS key', { doc })).map(
        (r) => r.key as string,
      );
      await cypherRows(driver, "MATCH (k:ApiKey {name: 'workbench-test-reviewer'}) DETACH DELETE k");
      await cypherRows(driver, 'MATCH ()-[r]->() WHERE r.reviewedFrom IN $keys DELETE r', { keys });
      await cypherRows(driver, 'MATCH (n) WHERE n.reviewedFrom IN $keys DETACH DELETE n', { keys });
      await cypherRows(
        driver,
        'MATCH (n) WHERE (n:Proposal AND n.documentId = $doc) OR (n:Evidence AND n.sourceId = $doc) OR (n:Source AND n.id = $doc) DETACH DELETE n',
        { doc },
      );
      await resetToSeed();
      await driver.close();
    }
  });

  it('has shown no console error, page error or request off the machine', () => {
    expect(problems).toEqual([]);
  });

  it('says clearly that the database is down, and offers to try again', async () => {
    // A second API over a database that does not answer (nothing listens on the port).
    const base = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
    const driver = createDriver(
      { uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'nothing-listens', database: 'neo4j' },
      base.neo4j,
    );
    let server: RunningServer | undefined;
    try {
      server = await startServer(
        {
          driver,
          database: 'neo4j',
          txTimeoutMs: 2000,
          maxPageSize: base.maxPageSize,
          limits: base.limits,
          logger: createLogger('silent'),
          appDir: APP_DIST,
        },
        '127.0.0.1',
        0,
      );
      const { page, context } = await open('/timeline?day=2018-03-01', 390, new URL(server.url).origin);
      const alert = page.getByRole('alert');
      await poll(() => alert.getAttribute('data-code'), 20_000).toBe('DATABASE_UNAVAILABLE');
      expect(await alert.textContent()).toMatch(/database is unavailable/i);
      expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
      await shot(page, 'database-down');
      await context.close();
    } finally {
      await server?.stop();
      await driver.close();
    }
  });
});
