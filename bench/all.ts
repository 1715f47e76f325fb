// `npm run bench -- --all`: after the read benchmark, the write benchmark (bench/writes.ts), the
// ingestion benchmark (bench/ingest.ts) and the mixed load with writes (bench/load.ts --writes),
// one after another, each in its own process with its own fresh bench Neo4j, each printing its
// table. Settings pass through: --write-seconds, --write-rounds, --write-concurrency,
// --ingest-docs, --load-duration, --load-concurrency, --load-writes, --load-port.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function step(title: string, script: string, args: string[]): Promise<number> {
  console.log(`\n=== ${title}: tsx bench/${script} ${args.join(' ')}\n`);
  return new Promise((resolve) => {
    // --expose-gc: bench/ingest.ts reads the live heap after a full collection (its npm script's flag).
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join('bench', script), ...args], {
      cwd: root,
      stdio: 'inherit',
    });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/** Runs the other three benchmarks; resolves with the number that failed. */
export async function benchTheRest(args: string[]): Promise<number> {
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1]! : fallback;
  };
  const codes = [
    await step('Writes', 'writes.ts', [
      '--seconds',
      opt('write-seconds', '5'),
      '--rounds',
      opt('write-rounds', '3'),
      '--concurrency',
      opt('write-concurrency', '1'),
    ]),
    await step('Ingestion', 'ingest.ts', ['--docs', opt('ingest-docs', '1000')]),
    await step('Mixed load', 'load.ts', [
      '--writes',
      opt('load-writes', '0.1'),
      '--duration',
      opt('load-duration', '300'),
      '--concurrency',
      opt('load-concurrency', '32'),
      '--port',
      opt('load-port', '4300'),
    ]),
  ];
  return codes.filter((c) => c !== 0).length;
}
