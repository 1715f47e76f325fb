// npm run bench:ingest -- [--docs 1000] [--keep]
// Ingestion throughput and memory on generated documents: writes N documents (text, HTML and a few
// PDFs, each different) to a temporary folder, starts a fresh bench Neo4j (bench/instance.ts) with
// the schema and the seed, and ingests them one by one as `npm run ingest` does, sampling the
// process's memory at the start, every tenth of the way and at the end. Prints a table for
// BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { readGraphView } from '../src/db/ingest.js';
import { applySchema } from '../src/db/schema.js';
import { writeSeed } from '../src/db/curation.js';
import { ingestBytes } from '../src/ingest/pipeline.js';
import { compileSeed } from '../src/write/seedFolder.js';
import { makePdf } from '../test/fixtures/pdf.js';
import { DATABASE, startFresh, stopBench } from './instance.js';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const N = Number(values.docs);

const COUNCILS = [
  'Exampleshire',
  'Northvale',
  'Eastmarsh',
  'Westfold',
  'Southbridge',
  'Highmoor',
  'Lowmead',
  'Riverton',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];
const ACTIONS = [
  'submit a revised improvement plan to Care Inspectorate Wales',
  'appoint a permanent Director of Social Services',
  'publish a response to the inspection report',
  'introduce a quality assurance framework for frontline practice',
  'provide monthly progress reports to the Welsh Government',
];

/** One document, different from every other by its number. */
function documentText(i: number): string {
  const council = `${COUNCILS[i % COUNCILS.length]} County Council`;
  const month = MONTHS[i % MONTHS.length];
  const lines = [
    `Notice ${i}: ${council}`,
    `The Welsh Ministers have today issued a warning notice to ${council} under section ${150 + (i % 12)} of the Social Services and Well-being (Wales) Act 2014.`,
    `The council must ${ACTIONS[i % ACTIONS.length]} no later than ${month} ${1 + (i % 28)}.`,
    `The council is required to ${ACTIONS[(i + 2) % ACTIONS.length]} within ${2 + (i % 10)} months of the date of this notice.`,
    `On Tuesday, the Minister for Children and Social Care met Cllr Jane Morgan${i}, Leader of ${council}, in Cardiff.`,
    `Last week, the council asked the Welsh Government to provide support worth £${(i % 9) + 1}.${i % 10} million.`,
    `Inspectors found that children were at risk of harm because of failings in assessment and in dealing with complaints (case ${i}).`,
  ];
  // Longer documents now and then: a report's worth of paragraphs.
  const repeat = i % 10 === 0 ? 20 : 2;
  for (let r = 0; r < repeat; r++)
    lines.push(
      `Paragraph ${r} of document ${i}: the authority will provide regular updates on its progress, and the board will meet in ${month}.`,
    );
  return lines.join('\n\n') + '\n';
}

function writeCorpus(dir: string): void {
  for (let i = 0; i < N; i++) {
    const text = documentText(i);
    if (i % 20 === 7)
      fs.writeFileSync(
        path.join(dir, `d${String(i).padStart(4, '0')}.pdf`),
        makePdf(text.split('\n').filter(Boolean).slice(0, 40)),
      );
    else if (i % 5 === 1)
      fs.writeFileSync(
        path.join(dir, `d${String(i).padStart(4, '0')}.html`),
        `<!doctype html><html><head><title>Notice ${i}</title><meta property="article:published_time" content="2024-03-05"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article>${text
          .split('\n\n')
          .map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`)
          .join('')}</article></main><footer>Cookies. Accessibility.</footer></body></html>`,
      );
    else fs.writeFileSync(path.join(dir, `d${String(i).padStart(4, '0')}.txt`), text);
  }
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
try {
  writeCorpus(dir);
  const inst = await startFresh();
  const driver = neo4j.driver(inst.boltUri, neo4j.auth.basic('neo4j', inst.password), {
    disableLosslessIntegers: true,
  });
  try {
    await applySchema(driver, DATABASE);
    await writeSeed(driver, DATABASE, compileSeed());
    const files = fs.readdirSync(dir).sort();
    const samples: { docs: number; seconds: number; rssMb: string; heapMb: string }[] = [];
    // The heap is read after a full collection (npm run bench:ingest runs node with --expose-gc):
    // what is live, not the garbage a sample happens to catch (up to twice the live heap without it).
    // The collections' time is left out of the rate.
    let gcSeconds = 0;
    const sample = (docs: number, t0: number) => {
      const g = performance.now();
      (globalThis as { gc?: () => void }).gc?.();
      gcSeconds += (performance.now() - g) / 1000;
      const m = process.memoryUsage();
      samples.push({
        docs,
        seconds: (performance.now() - t0) / 1000 - gcSeconds,
        rssMb: mb(m.rss),
        heapMb: mb(m.heapUsed),
      });
    };
    let graph = await readGraphView(driver, DATABASE);
    const t0 = performance.now();
    sample(0, t0);
    let proposals = 0;
    for (let i = 0; i < files.length; i++) {
      if (i && i % 200 === 0) graph = await readGraphView(driver, DATABASE);
      const r = await ingestBytes(
        driver,
        DATABASE,
        fs.readFileSync(path.join(dir, files[i]!)),
        { published: '2024-03-05', fileName: files[i] },
        { graph },
      );
      proposals += r.proposalsAdded;
      if ((i + 1) % Math.max(1, Math.floor(N / 10)) === 0) sample(i + 1, t0);
    }
    const seconds = (performance.now() - t0) / 1000 - gcSeconds;
    const counted = await driver.executeQuery(
      `RETURN COUNT { (s:Source) } AS sources, COUNT { (p:Proposal) } AS props`,
      {},
      { database: DATABASE },
    );
    const sources = counted.records[0]!.get('sources');
    const props = counted.records[0]!.get('props');
    console.log(
      `\n${N} documents (${files.filter((f) => f.endsWith('.txt')).length} text, ${files.filter((f) => f.endsWith('.html')).length} HTML, ${files.filter((f) => f.endsWith('.pdf')).length} PDF), ${proposals} proposals`,
    );
    console.log(`sources in the graph: ${sources}, proposals: ${props}`);
    console.log(`time: ${seconds.toFixed(1)} s, throughput: ${Math.round((N / seconds) * 60)} documents per minute`);
    console.log(
      `\n| documents | seconds | RSS MB | heap ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'live (after a full GC)' : 'used'} MB |\n| --- | --- | --- | --- |`,
    );
    for (const s of samples) console.log(`| ${s.docs} | ${s.seconds.toFixed(1)} | ${s.rssMb} | ${s.heapMb} |`);
    // Flat: from the first tenth (start-up and first compilations done) to the end, the live heap
    // grows by less than a tenth: that is what a leak would grow. RSS is printed, not judged: it is
    // the allocator's high-water mark, which steps up when a longer document than any before is
    // parsed (a PDF, a long report) and then holds.
    const first = samples[1] ?? samples[0]!;
    const mid = samples[Math.floor(samples.length / 2)]!;
    const last = samples[samples.length - 1]!;
    const growth = (a: string, b: string) => ((Number(b) - Number(a)) / Number(a)) * 100;
    const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)} %`;
    const heapGrowth = growth(first.heapMb, last.heapMb);
    const live = typeof (globalThis as { gc?: unknown }).gc === 'function';
    const verdict = !live
      ? 'no verdict: the heap was not collected first (run node with --expose-gc)'
      : heapGrowth < 10
        ? 'flat'
        : 'NOT flat';
    console.log(
      `\nmemory from ${first.docs} to ${last.docs} documents: heap ${pct(heapGrowth)} (${verdict}); RSS ${pct(growth(first.rssMb, last.rssMb))}, from ${mid.docs}: ${pct(growth(mid.rssMb, last.rssMb))}`,
    );
    // The rate per tenth: flat too if the graph's growth costs nothing per document.
    const rates = samples
      .slice(1)
      .map((s, i) => ((s.docs - samples[i]!.docs) / (s.seconds - samples[i]!.seconds)) * 60);
    console.log(`documents per minute per tenth: ${rates.map((r) => Math.round(r)).join(', ')}`);
  } finally {
    await driver.close();
  }
} catch (err) {
  console.error(`bench:ingest: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  await stopBench(values.keep && !process.exitCode);
}
