// The workbench (src/app/, a Vite + React client) is built by the project itself: `npm start` and
// the tests call ensureAppBuilt, which builds only when the build is missing or older than its
// sources, so nobody has to remember a separate build command. The build goes to a folder of its
// own and is moved into place whole, so a server never serves half a build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.js';

export const APP_SOURCE = path.join(projectRoot, 'src', 'app');
export const APP_DIST = path.join(projectRoot, 'dist', 'app');
/** Written after a build: the digest of the sources it was built from. */
const STAMP = '.build-digest';
/** Besides src/app/: what else changes the output (this file holds the build's configuration). */
const OTHER_INPUTS = [path.join(projectRoot, 'package-lock.json'), path.join(projectRoot, 'src', 'appBuild.ts')];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** A digest of every file the build reads: its paths and contents. */
export function appSourceDigest(): string {
  const hash = crypto.createHash('sha256');
  for (const file of [...filesUnder(APP_SOURCE), ...OTHER_INPUTS]) {
    hash.update(path.relative(projectRoot, file)).update('\0');
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export type AppBuildState = 'missing' | 'stale' | 'current';

export function appBuildState(dist = APP_DIST): AppBuildState {
  if (!fs.existsSync(path.join(dist, 'index.html')) || !fs.existsSync(path.join(dist, STAMP))) return 'missing';
  return fs.readFileSync(path.join(dist, STAMP), 'utf8').trim() === appSourceDigest() ? 'current' : 'stale';
}

export interface BuildOptions {
  /** Where progress lines go (default: the console). */
  log?: (line: string) => void;
  /** Vite's own progress output (its file table) as well; off in tests. */
  verbose?: boolean;
}

/** Builds the workbench into dist/app/ with Vite; resolves with how long it took. */
export async function buildApp(options: BuildOptions = {}): Promise<{ ms: number }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const t0 = Date.now();
  const digest = appSourceDigest();
  const staging = `${APP_DIST}.building-${process.pid}`;
  // Vite and its React plugin are loaded only when a build is needed: serving never loads them.
  const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  // Vite and the React plugin take "production" from NODE_ENV, which vitest sets to "test" and a
  // developer's shell may set to anything: JSX would be compiled for React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      root: APP_SOURCE,
      // Always React's production build, whatever NODE_ENV the calling process has.
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      base: '/app/',
      logLevel: options.verbose ? 'info' : 'warn',
      clearScreen: false,
      plugins: [react()],
      build: {
        outDir: staging,
        emptyOutDir: true,
        target: 'es2022',
        // Whole-app source maps would double what a user downloads for no reader.
        sourcemap: false,
        chunkSizeWarningLimit: 600,
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  fs.writeFileSync(path.join(staging, STAMP), digest);
  fs.rmSync(APP_DIST, { recursive: true, force: true });
  try {
    fs.renameSync(staging, APP_DIST);
  } catch (err) {
    // Another process (a test run, a second start) moved its own build of the same sources in first.
    fs.rmSync(staging, { recursive: true, force: true });
    if (appBuildState() !== 'current') throw err;
  }
  const ms = Date.now() - t0;
  log(`workbench: built into ${path.relative(projectRoot, APP_DIST)}/ in ${(ms / 1000).toFixed(1)} s`);
  return { ms };
}

/** Builds when the build is missing or stale, saying so; returns the folder to serve. */
export async function ensureAppBuilt(options: BuildOptions = {}): Promise<string> {
  const log = options.log ?? ((line: string) => console.log(line));
  const state = appBuildState();
  if (state !== 'current') {
    log(
      `workbench: ${state === 'missing' ? 'no build yet' : 'the build is older than src/app/'}; building with Vite (about 10-30 s)...`,
    );
    await buildApp({ ...options, log });
  }
  return APP_DIST;
}
