// The project's own Neo4j 5.26 Community server: resolved from Maven Central by Maven, cached
// under .neo4j/, started on loopback as a detached JVM and stopped by PID file. Used by
// `npm run db:*`, `npm start`, the test suite and the benchmark; never when NEO4J_URI is set. It
// sits outside src/ because the API never needs it: only entry points call it.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot, type LocalNeo4jConfig } from '../src/config.js';

export class LocalNeo4jError extends Error {}

export interface Instance {
  name: string;
  dir: string;
  boltUri: string;
  browserUrl: string;
  username: string;
  password: string;
}

type Log = (line: string) => void;

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

export function instanceFor(cfg: LocalNeo4jConfig, name = 'default', password?: string): Instance {
  return {
    name,
    dir: path.join(cfg.cacheDir, 'instances', name),
    boltUri: `bolt://127.0.0.1:${cfg.boltPort}`,
    browserUrl: `http://127.0.0.1:${cfg.httpPort}/browser/`,
    username: 'neo4j',
    password: password ?? storedPassword(cfg),
  };
}

/** The password of the local server: generated once and kept in the git-ignored cache. */
export function storedPassword(cfg: LocalNeo4jConfig): string {
  const file = path.join(cfg.cacheDir, 'password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(cfg.cacheDir, { recursive: true });
  // Hex, not base64url: neo4j-admin reads a password starting with '-' as an option.
  const password = randomBytes(15).toString('hex');
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

/** Neo4j 5.26 runs on Java 17 or 21 only; prefer JAVA_HOME, then PATH, then /usr/lib/jvm. */
export function findJava(): string {
  const candidates = [
    process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java'),
    'java',
    ...listJvms(),
  ].filter((c): c is string => Boolean(c));
  for (const java of candidates) {
    const major = javaMajor(java);
    if (major === 17 || major === 21) return java;
  }
  throw new LocalNeo4jError(
    'Neo4j 5.26 needs Java 17 or 21: install one (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME to it.',
  );
}

function listJvms(): string[] {
  const root = '/usr/lib/jvm';
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root).map((d) => path.join(root, d, 'bin', 'java'));
}

function javaMajor(java: string): number | undefined {
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) return undefined;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 ? Number(m[2]) : first;
}

function ensureMaven(): void {
  const out = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) {
    throw new LocalNeo4jError(
      'Maven (mvn) is needed to fetch Neo4j from Maven Central: install it (Debian: apt-get install maven), or set NEO4J_URI to an existing server.',
    );
  }
}

function distDir(cfg: LocalNeo4jConfig): string {
  return path.join(cfg.cacheDir, 'dist', `${cfg.version}-browser-${cfg.browserVersion}`);
}

/** Resolves the server's jars once; later calls return at once. */
export async function provision(cfg: LocalNeo4jConfig, log: Log = console.log): Promise<string> {
  const dist = distDir(cfg);
  const lib = path.join(dist, 'lib');
  if (fs.existsSync(path.join(dist, 'complete'))) return lib;
  ensureMaven();
  findJava();
  log(`neo4j: fetching Neo4j ${cfg.version} Community and Browser ${cfg.browserVersion} from Maven Central (once)...`);
  const tmp = `${lib}.partial`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const started = Date.now();
  const args = [
    '-B',
    '-f',
    path.join(projectRoot, 'neo4j', 'pom.xml'),
    `-Dneo4j.version=${cfg.version}`,
    `-Dneo4j.browser.version=${cfg.browserVersion}`,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${tmp}`,
  ];
  let downloaded = 0;
  let bytes = 0;
  let lastReport = 0;
  const tail: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const m = /Downloaded from \S+: \S+ \((\d+(?:\.\d+)?) (B|kB|MB)/.exec(line);
      if (!m) return;
      downloaded++;
      bytes += Number(m[1]) * (m[2] === 'MB' ? 1e6 : m[2] === 'kB' ? 1e3 : 1);
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        log(`neo4j: downloaded ${downloaded} files, ${(bytes / 1e6).toFixed(1)} MB`);
      }
    };
    let buffer = '';
    const feed = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    mvn.stdout.on('data', feed);
    mvn.stderr.on('data', feed);
    mvn.on('error', reject);
    mvn.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    throw new LocalNeo4jError(`Maven could not resolve Neo4j ${cfg.version}; its last lines:\n${tail.join('\n')}`);
  }
  fs.rmSync(lib, { recursive: true, force: true });
  fs.renameSync(tmp, lib);
  fs.writeFileSync(path.join(dist, 'complete'), new Date().toISOString() + '\n');
  const jars = fs.readdirSync(lib).length;
  log(
    `neo4j: ${jars} jars ready in ${Math.round((Date.now() - started) / 1000)} s (${downloaded} files, ${(bytes / 1e6).toFixed(1)} MB downloaded)`,
  );
  return lib;
}

function writeConf(cfg: LocalNeo4jConfig, inst: Instance): void {
  const d = (sub: string) => path.join(inst.dir, sub);
  for (const sub of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) fs.mkdirSync(d(sub), { recursive: true });
  // Loopback only; advertised addresses match the ports so that neo4j:// routing works too.
  const conf = [
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${cfg.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${cfg.boltPort}`,
    'server.http.enabled=true',
    `server.http.listen_address=127.0.0.1:${cfg.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${cfg.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${cfg.heap}`,
    `server.memory.heap.max_size=${cfg.heap}`,
    `server.memory.pagecache.size=${cfg.pageCache}`,
    // Two cores: keep background work from competing with queries.
    'server.threads.worker_count=4',
    'dbms.usage_report.enabled=false',
    `server.directories.data=${d('data')}`,
    `server.directories.logs=${d('logs')}`,
    `server.directories.run=${d('run')}`,
    `server.directories.plugins=${d('plugins')}`,
    `server.directories.import=${d('import')}`,
    'db.tx_log.rotation.retention_policy=1 files',
    '',
  ].join('\n');
  fs.writeFileSync(d('conf/neo4j.conf'), conf);
}

function pidFile(inst: Instance): string {
  return path.join(inst.dir, 'run', 'neo4j.pid');
}

export function runningPid(inst: Instance): number | undefined {
  const file = pidFile(inst);
  if (!fs.existsSync(file)) return undefined;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Whether Bolt answers RETURN 1 with these credentials: 'ok', 'unauthorized' or 'down'. */
export async function probe(inst: Instance, timeoutMs = 3000): Promise<'ok' | 'unauthorized' | 'down'> {
  const driver = neo4j.driver(inst.boltUri, neo4j.auth.basic(inst.username, inst.password), {
    connectionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.executeQuery('RETURN 1 AS one');
    return 'ok';
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security.') ? 'unauthorized' : 'down';
  } finally {
    await driver.close();
  }
}

export async function boltAnswers(inst: Instance, timeoutMs = 3000): Promise<boolean> {
  return (await probe(inst, timeoutMs)) === 'ok';
}

export function logTail(inst: Instance, lines = 30): string {
  const parts: string[] = [];
  for (const f of ['logs/console.log', 'logs/neo4j.log', 'logs/debug.log']) {
    const p = path.join(inst.dir, f);
    if (!fs.existsSync(p)) continue;
    const text = fs.readFileSync(p, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    if (text) parts.push(`--- ${f}\n${text}`);
  }
  return parts.join('\n') || '(no log written)';
}

export interface StartResult {
  instance: Instance;
  alreadyRunning: boolean;
  seconds: number;
}

export async function start(cfg: LocalNeo4jConfig, inst: Instance, log: Log = console.log): Promise<StartResult> {
  const t0 = Date.now();
  const pid = runningPid(inst);
  if (pid !== undefined) {
    // Never start a second server over a running one: wait for it, or say why it cannot be used.
    const state = await waitForBolt(cfg, inst, pid);
    if (state === 'ok') return { instance: inst, alreadyRunning: true, seconds: (Date.now() - t0) / 1000 };
    throw new LocalNeo4jError(
      state === 'unauthorized'
        ? `Neo4j (pid ${pid}) is running but rejects the password: NEO4J_PASSWORD differs from the one it was first started with (${path.join(cfg.cacheDir, 'password')}).`
        : `Neo4j (pid ${pid}) is running but Bolt does not answer on ${inst.boltUri}; npm run db:stop, then start again. Its log:\n${logTail(inst)}`,
    );
  }
  const lib = await provision(cfg, log);
  const java = findJava();
  writeConf(cfg, inst);
  const env = { ...process.env, NEO4J_HOME: inst.dir, NEO4J_CONF: path.join(inst.dir, 'conf') };
  if (!fs.existsSync(path.join(inst.dir, 'data', 'dbms', 'auth.ini'))) {
    // Only takes effect before the first start, which is exactly when this runs.
    const out = spawnSync(java, ['-cp', `${lib}/*`, ADMIN_TOOL, 'dbms', 'set-initial-password', inst.password], {
      env,
      encoding: 'utf8',
    });
    if (out.status !== 0)
      throw new LocalNeo4jError(`neo4j-admin set-initial-password failed: ${out.stderr || out.stdout}`);
  }
  const console_ = fs.openSync(path.join(inst.dir, 'logs', 'console.log'), 'a');
  const child = spawn(
    java,
    [
      `-Xms${cfg.heap}`,
      `-Xmx${cfg.heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-XX:+DisableExplicitGC',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-cp',
      `${lib}/*`,
      ENTRY_POINT,
      `--home-dir=${inst.dir}`,
      `--config-dir=${path.join(inst.dir, 'conf')}`,
    ],
    { env, detached: true, stdio: ['ignore', console_, console_] },
  );
  fs.closeSync(console_);
  child.unref();
  fs.writeFileSync(pidFile(inst), `${child.pid}\n`);
  log(`neo4j: starting ${inst.name} (pid ${child.pid}) on ${inst.boltUri}...`);

  const state = await waitForBolt(cfg, inst, child.pid!);
  if (state === 'ok') return { instance: inst, alreadyRunning: false, seconds: (Date.now() - t0) / 1000 };
  await stop(inst);
  throw new LocalNeo4jError(
    state === 'unauthorized'
      ? `Neo4j started but rejects the password; its data folder ${inst.dir} was initialised with another one.`
      : `Neo4j did not answer RETURN 1 on ${inst.boltUri} within ${cfg.startTimeoutSeconds} s (NEO4J_START_TIMEOUT_SECONDS). Its log:\n${logTail(inst)}`,
  );
}

async function waitForBolt(
  cfg: LocalNeo4jConfig,
  inst: Instance,
  pid: number,
): Promise<'ok' | 'unauthorized' | 'down'> {
  const deadline = Date.now() + cfg.startTimeoutSeconds * 1000;
  let state: 'ok' | 'unauthorized' | 'down' = 'down';
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      throw new LocalNeo4jError(`Neo4j exited during start-up. Its log:\n${logTail(inst)}`);
    }
    state = await probe(inst, 2000);
    if (state !== 'down') return state;
    await new Promise((r) => setTimeout(r, 500));
  }
  return state;
}

/** Stops the server named by the PID file; waits for it to exit, then forces it after 60 s. */
export async function stop(inst: Instance): Promise<boolean> {
  const pid = runningPid(inst);
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(pidFile(inst), { force: true });
      return true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  fs.rmSync(pidFile(inst), { force: true });
  return true;
}

export async function status(inst: Instance): Promise<{ pid?: number; answering: boolean }> {
  const pid = runningPid(inst);
  return { pid, answering: pid !== undefined && (await boltAnswers(inst)) };
}
