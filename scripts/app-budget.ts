// npm run app:budget: what the workbench costs its first visitor. Prints the JavaScript the first
// page loads (gzipped, as sent over the wire by a compressing proxy; goal at most 250 KB) and the
// time from navigation to a usable page on loopback (goal at most 1 s), for the search page and
// the timeline, in a fresh headless Chromium each time (no cache), after one untimed load that
// lets Neo4j plan the page's queries. Needs the API running
// (`npm start`; APP_URL, default http://127.0.0.1:4000). Not a test: figures vary with the machine.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { APP_DIST, ensureAppBuilt } from '../src/appBuild.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { USABLE_MARK } from '../src/app/usable.js';

const JS_BUDGET_KB = 250;
const TIME_BUDGET_MS = 1000;
const RUNS = Number(process.env.RUNS ?? 5);
const base = (process.env.APP_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');

await ensureAppBuilt();
const html = fs.readFileSync(path.join(APP_DIST, 'index.html'), 'utf8');
// What the page itself loads: its entry script and what it preloads (Vite writes both into the page).
const firstPage = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/app\/([^"]+\.js)"/g),
].map((m) => m[1]!);
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(APP_DIST, file)), { level: 6 }).length / 1024;
const kb = (n: number) => `${n.toFixed(1)} KB`;
let total = 0;
console.log('JavaScript of the first page (gzip -6):');
for (const file of firstPage) {
  total += gz(file);
  console.log(`  ${file}  ${kb(gz(file))}`);
}
const later = fs
  .readdirSync(path.join(APP_DIST, 'assets'))
  .filter((f) => f.endsWith('.js') && !firstPage.includes(`assets/${f}`));
for (const f of later) console.log(`  (loaded when needed) assets/${f}  ${kb(gz(`assets/${f}`))}`);
const jsOk = total <= JS_BUDGET_KB;
console.log(`first page: ${kb(total)} of JavaScript, budget ${JS_BUDGET_KB} KB: ${jsOk ? 'within' : 'OVER'}`);

let timeOk = true;
try {
  await fetch(`${base}/healthz`);
} catch {
  console.log(`no API at ${base}: start it (npm start) or set APP_URL to time the first page`);
  process.exit(jsOk ? 0 : 1);
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const pages = [
    { route: '/app/', usable: '#search-input:not([disabled])', what: 'search (input ready)' },
    { route: '/app/timeline?day=2018-03-01', usable: '.chart .bar', what: 'timeline (bars drawn)' },
  ];
  for (const p of pages) {
    const times: number[] = [];
    // One untimed load first: Neo4j plans a query the first time it sees it (seconds on a busy
    // 2-core machine, then cached), which is the database's start-up cost, not the page's.
    for (let i = -1; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}${p.route}`, { waitUntil: 'commit' });
      await page.waitForSelector(p.usable, { timeout: 30_000 });
      // When the page marked itself usable, in milliseconds since the navigation started.
      const ms = await page.evaluate(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? performance.now(),
        USABLE_MARK,
      );
      if (i >= 0) times.push(ms);
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const ok = median <= TIME_BUDGET_MS;
    timeOk &&= ok;
    console.log(
      `${p.what}: median ${Math.round(median)} ms over ${RUNS} cold loads (min ${Math.round(times[0]!)}, max ${Math.round(times[times.length - 1]!)}), budget ${TIME_BUDGET_MS} ms: ${ok ? 'within' : 'OVER'}`,
    );
  }
} finally {
  await browser.close();
}
process.exit(jsOk && timeOk ? 0 : 1);
