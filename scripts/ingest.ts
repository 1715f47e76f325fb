// npm run ingest -- PATH... [--published DATE] [--title T] [--publisher P] [--url U] [--journal FILE]
// npm run ingest -- --reextract KEY...|all   (extraction again over stored documents: new proposals only)
// Ingests files and folders (recursively): text, HTML and PDF. One document at a time, so memory
// stays flat however many there are; a journal of finished files lets a run that was interrupted
// resume where it stopped (and the content hash makes redoing one harmless anyway).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfigOrExit } from '../src/config.js';
import { documentKeys, readGraphView } from '../src/db/ingest.js';
import { createDriver } from '../src/db/driver.js';
import { applySchema } from '../src/db/schema.js';
import { IngestError } from '../src/ingest/document.js';
import { ingestBytes, reextract } from '../src/ingest/pipeline.js';
import { resolveConnection } from '../neo4j/connect.js';
import { LocalNeo4jError } from '../neo4j/launcher.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    url: { type: 'string' },
    journal: { type: 'string', default: '.ingest-journal.tsv' },
    quiet: { type: 'boolean', default: false },
    reextract: { type: 'boolean', default: false },
  },
});
if (!positionals.length) {
  console.error('usage: npm run ingest -- PATH... [--published YYYY-MM-DD] [--title T] [--publisher P] [--url U]');
  process.exit(2);
}
const config = loadConfigOrExit();
const INGESTIBLE = /\.(txt|text|md|html?|xhtml|pdf)$/i;
/** How many documents between two reads of the graph's names (new entities become known). */
const REFRESH_EVERY = 200;

/** Files under the paths, one at a time (a folder is read as a stream of entries, never whole). */
async function* filesOf(paths: string[]): AsyncGenerator<string> {
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) {
      console.error(`${p}: no such file or folder`);
      continue;
    }
    if (stat.isFile()) yield p;
    else if (stat.isDirectory()) {
      const dir = await fs.promises.opendir(p);
      const entries: string[] = [];
      for await (const e of dir) if (!e.name.startsWith('.')) entries.push(e.name);
      entries.sort();
      for (const name of entries) {
        const full = path.join(p, name);
        if (fs.statSync(full).isDirectory()) yield* filesOf([full]);
        else if (INGESTIBLE.test(name)) yield full;
      }
    }
  }
}

async function countFiles(paths: string[]): Promise<number> {
  let n = 0;
  for await (const _f of filesOf(paths)) n++;
  return n;
}

const signature = (file: string) => {
  const s = fs.statSync(file);
  return `${path.resolve(file)}\t${s.size}\t${Math.floor(s.mtimeMs)}`;
};

const done = new Set(
  fs.existsSync(values.journal!)
    ? fs
        .readFileSync(values.journal!, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t').slice(0, 3).join('\t'))
    : [],
);
const journal = fs.openSync(values.journal!, 'a');

try {
  const conn = await resolveConnection(config);
  const driver = createDriver(conn, config.neo4j);
  try {
    await applySchema(driver, conn.database);
    if (values.reextract) {
      const keys = positionals.includes('all') ? await documentKeys(driver, conn.database) : positionals;
      let added = 0;
      for (const key of keys) {
        const r = await reextract(driver, conn.database, key);
        if (!r) {
          console.error(`${key}: no such document`);
          process.exitCode = 1;
        } else added += r.added;
      }
      console.log(`reextract: ${keys.length} documents, ${added} proposals added`);
      process.exit();
    }
    const total = await countFiles(positionals);
    const bar = new cliProgress.SingleBar(
      {
        format: 'ingest [{bar}] {value}/{total} {percentage}% | {rate} docs/min | eta {eta_formatted} | {file}',
        hideCursor: true,
        noTTYOutput: !values.quiet,
        notTTYSchedule: 5000,
      },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(total, 0, { rate: 0, file: '' });
    let graph = await readGraphView(driver, conn.database);
    const counts = { created: 0, existing: 0, skipped: 0, failed: 0, proposals: 0 };
    let n = 0;
    for await (const file of filesOf(positionals)) {
      n++;
      const sig = signature(file);
      if (done.has(sig)) {
        counts.skipped++;
      } else {
        try {
          if (n % REFRESH_EVERY === 0) graph = await readGraphView(driver, conn.database);
          const r = await ingestBytes(
            driver,
            conn.database,
            fs.readFileSync(file),
            {
              title: values.title,
              publisher: values.publisher,
              url: values.url,
              published: values.published,
              fileName: path.basename(file),
            },
            { maxBytes: config.limits.maxIngestBytes, graph },
          );
          counts[r.created ? 'created' : 'existing']++;
          counts.proposals += r.proposalsAdded;
          fs.writeSync(journal, `${sig}\t${r.key}\n`);
        } catch (err) {
          counts.failed++;
          const why = err instanceof IngestError ? `${err.code}: ${err.message}` : `ERROR: ${(err as Error).message}`;
          bar.stop();
          console.error(`${file}: ${why}`);
          bar.start(total, n, {});
          if (!(err instanceof IngestError)) throw err;
        }
      }
      const minutes = (Date.now() - started) / 60_000;
      bar.update(n, { rate: minutes > 0 ? Math.round(n / minutes) : 0, file: path.basename(file).slice(0, 40) });
    }
    bar.stop();
    console.log(
      `ingest: ${counts.created} new, ${counts.existing} already held, ${counts.skipped} done in an earlier run, ${counts.failed} refused; ${counts.proposals} proposals added (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    process.exitCode = counts.failed ? 1 : 0;
  } finally {
    await driver.close();
    fs.closeSync(journal);
  }
} catch (err) {
  console.error(err instanceof LocalNeo4jError ? err.message : `ingest: ${(err as Error).message}`);
  process.exit(1);
}
