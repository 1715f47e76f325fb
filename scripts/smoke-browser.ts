// npm run smoke:browser — drives Neo4j Browser in headless Chromium: connects over Bolt with the
// project's credentials, runs a Cypher query and checks that its result table renders.
// Screenshot (success or failure): .artifacts/smoke-browser.png
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { loadConfigOrExit, projectRoot } from '../src/config.js';
import { instanceFor, start } from '../neo4j/launcher.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const TOTAL_TIMEOUT_MS = 60_000;
const QUERY = "RETURN 'smoke-ok' AS smoke, 1+1 AS two";
const EXPECTED = 'smoke-ok';
const SCREENSHOT = path.join(projectRoot, '.artifacts', 'smoke-browser.png');

// Neo4j Browser 5.24 selectors (data-testid attributes and ARIA roles, not generated class names).
const SEL = {
  schemeSelect: '[data-testid="bolt-scheme-select"]',
  hostInput: '[data-testid="boltaddress"]',
  username: '[data-testid="username"]',
  password: '[data-testid="password"]',
  connectButton: '[data-testid="connect"]',
  frame: 'article[data-testid="frame"]',
  frameCommand: '[data-testid="frameCommand"]',
  frameContents: '[data-testid="frameContents"]',
  frameResult: '[data-testid="frame-loaded-contents"]',
  editor: '[data-testid="activeEditor"] .monaco-editor[role="code"]',
  runButton: '[data-testid="editor-Run"]',
  frameStatus: '[data-testid="frameStatusbar"]',
} as const;
// How the Browser shows a failed connection or query: the server's error code, in the frame.
const NEO4J_ERROR = /Neo\.(Client|Transient|Database)Error\./;

interface Target {
  browserUrl: string;
  boltUri: string;
  username: string;
  password: string;
}

class StepError extends Error {}

const log = (line: string) => console.log(`smoke: ${line}`);

async function resolveTarget(): Promise<Target> {
  const config = loadConfigOrExit();
  if (config.local) {
    const inst = instanceFor(config.local, 'default', config.neo4j.password);
    const r = await start(config.local, inst, (line) => console.log(line));
    if (!r.alreadyRunning) log(`local Neo4j started in ${r.seconds.toFixed(1)} s`);
    return { browserUrl: inst.browserUrl, boltUri: inst.boltUri, username: inst.username, password: inst.password };
  }
  // loadConfig guarantees NEO4J_PASSWORD whenever NEO4J_URI is set.
  return {
    browserUrl: process.env.NEO4J_BROWSER_URL || 'http://127.0.0.1:7474/browser/',
    boltUri: config.neo4j.uri!,
    username: config.neo4j.username,
    password: config.neo4j.password!,
  };
}

function splitBoltUri(uri: string): { scheme: string; host: string } {
  const m = /^([a-z0-9+]+:\/\/)(.+)$/i.exec(uri);
  if (!m) throw new StepError(`cannot parse the Bolt URI "${uri}"`);
  return { scheme: m[1]!.toLowerCase(), host: m[2]! };
}

async function main(): Promise<number> {
  let step = 'resolving the Neo4j server';
  const t0 = Date.now();
  let target: Target;
  try {
    target = await resolveTarget();
  } catch (err) {
    console.error(`smoke: FAILED while ${step}: ${(err as Error).message}`);
    console.error('smoke: no screenshot (the browser was not launched)');
    return 1;
  }

  const executablePath = CHROMIUM_PATH;
  if (!fs.existsSync(executablePath)) {
    console.error(
      "Chromium not found: install Debian's chromium package (apt-get install -y chromium) or set CHROMIUM_PATH",
    );
    return 1;
  }

  const deadline = Date.now() + TOTAL_TIMEOUT_MS;
  const remaining = () => {
    const ms = deadline - Date.now();
    if (ms <= 0) throw new StepError(`the ${TOTAL_TIMEOUT_MS / 1000} s budget ran out`);
    return ms;
  };

  let browser: Browser | undefined;
  let page: Page | undefined;
  let ok = false;
  try {
    step = 'launching Chromium';
    // Playwright gives a non-persistent launch a fresh temporary --user-data-dir and removes it on close.
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: remaining() });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);

    step = 'opening Neo4j Browser';
    log(`opening ${target.browserUrl} (Chromium ${browser.version()})`);
    await page.goto(target.browserUrl, { waitUntil: 'domcontentloaded', timeout: remaining() });

    step = 'waiting for the connect form';
    const connectedFrame = page
      .locator(SEL.frame)
      .filter({ has: page.locator(SEL.frameContents, { hasText: 'You are connected as user' }) });
    const form = page.locator(SEL.connectButton);
    // A server without auth lets the Browser connect on its own; otherwise it shows the form.
    await connectedFrame.or(form).first().waitFor({ state: 'visible', timeout: remaining() });

    if (await form.isVisible()) {
      step = 'filling in the connect form';
      const { scheme, host } = splitBoltUri(target.boltUri);
      const schemes = await page
        .locator(`${SEL.schemeSelect} option`)
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      if (!schemes.includes(scheme)) {
        throw new StepError(`the connect form offers ${schemes.join(', ')}, not ${scheme} (from ${target.boltUri})`);
      }
      log(`connecting to ${scheme}${host} as ${target.username}`);
      const connectFrame = page.locator(SEL.frame).filter({ has: form }).first();
      const connectError = connectFrame.locator(SEL.frameStatus).getByText(NEO4J_ERROR);
      // An error left over from the Browser's own attempt would be mistaken for ours: then just wait.
      const staleError = await connectError.first().isVisible();
      await page.selectOption(SEL.schemeSelect, scheme, { timeout: remaining() });
      await page.fill(SEL.hostInput, host, { timeout: remaining() });
      await page.fill(SEL.username, target.username, { timeout: remaining() });
      await page.fill(SEL.password, target.password, { timeout: remaining() });
      await page.click(SEL.connectButton, { timeout: remaining() });

      step = 'waiting for the connection';
      const connectStatus = connectFrame.locator(SEL.frameStatus);
      const earlyFailure = staleError ? undefined : connectError;
      await waitOrExplain(connectedFrame.first(), connectFrame, remaining(), earlyFailure, connectStatus);
    }
    log('connected');

    step = 'typing the query into the editor';
    const editor = page.locator(SEL.editor);
    await editor.click({ timeout: remaining() });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // insertText avoids Monaco's auto-closing of quotes and brackets.
    await page.keyboard.insertText(QUERY);
    log(`running ${QUERY}`);
    await page.click(SEL.runButton, { timeout: remaining() });

    step = 'waiting for the result table';
    const resultFrame = page
      .locator(SEL.frame)
      .filter({ has: page.locator(SEL.frameCommand, { hasText: QUERY }) })
      .first();
    const cell = resultFrame.locator(`${SEL.frameResult} [role="cell"]`, { hasText: EXPECTED });
    const queryError = resultFrame.getByText(NEO4J_ERROR);
    await waitOrExplain(cell.first(), resultFrame, remaining(), queryError, resultFrame.locator(SEL.frameContents));
    const headers = await resultFrame.locator(`${SEL.frameResult} [role="columnheader"]`).allInnerTexts();
    const cells = await resultFrame.locator(`${SEL.frameResult} [role="cell"]`).allInnerTexts();
    const text = (await resultFrame.locator(SEL.frameResult).textContent()) ?? '';
    if (!text.includes(EXPECTED) || !cells.includes('2')) {
      throw new StepError(`unexpected result: columns [${headers.join(', ')}], cells [${cells.join(', ')}]`);
    }
    log(`query result rendered: ${headers.map((h, i) => `${h}=${cells[i] ?? '?'}`).join(', ')}`);
    ok = true;
    await settle(resultFrame);
  } catch (err) {
    const msg = err instanceof StepError ? err.message : ((err as Error).message ?? String(err)).split('\n')[0];
    console.error(`smoke: FAILED while ${step}: ${msg}`);
  } finally {
    if (page) {
      try {
        fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
        await page.screenshot({ path: SCREENSHOT, timeout: 10_000 });
        log(`screenshot ${SCREENSHOT}`);
      } catch (err) {
        console.error(`smoke: could not save a screenshot: ${(err as Error).message.split('\n')[0]}`);
      }
    } else {
      console.error('smoke: no screenshot (no page was opened)');
    }
    await browser?.close().catch(() => {});
  }
  log(`${ok ? 'passed' : 'failed'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return ok ? 0 : 1;
}

/** New frames slide in: wait (at most 3 s) until the frame stops moving, for a clean screenshot. */
async function settle(frame: Locator): Promise<void> {
  let last = '';
  for (let i = 0; i < 15; i++) {
    const box = JSON.stringify(await frame.boundingBox({ timeout: 1000 }).catch(() => null));
    if (box === last) return;
    last = box;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Waits for `wanted`, failing early if `failure` shows up first (then quoting `detail`, the error's
 * text); on timeout, quotes the text of `context` instead.
 */
async function waitOrExplain(
  wanted: Locator,
  context: Locator,
  timeout: number,
  failure?: Locator,
  detail?: Locator,
): Promise<void> {
  const briefly = (l: Locator) =>
    l
      .innerText({ timeout: 2000 })
      .then((t) => t.replace(/\s+/g, ' ').trim().slice(0, 400))
      .catch(() => '');
  try {
    await (failure ? wanted.or(failure) : wanted).first().waitFor({ state: 'visible', timeout });
  } catch (err) {
    const shown = await briefly(context);
    throw new StepError(`${(err as Error).message.split('\n')[0]}${shown ? `; the frame shows: ${shown}` : ''}`);
  }
  if (failure && !(await wanted.isVisible()) && (await failure.first().isVisible())) {
    throw new StepError(`Neo4j Browser reports: ${await briefly((detail ?? failure).first())}`);
  }
}

process.exit(await main());
