// npm run bench:data -- --scale 1x|10k|100k|1m[,...] [--keep]
// Starts the dedicated bench Neo4j (instance `bench`, bolt 27787, http 27574, heap and page cache
// 2g), wipes it, applies the schema, loads the seed and a deterministic synthetic graph of the
// requested size with batched UNWIND writes, and reports the load time per scale. Without --keep
// the instance is stopped and its data removed at the end; with --keep the last scale stays up.
import { parseScales, prepareScale, type LoadReport } from './data.js';
import { stopBench } from './instance.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const keep = args.includes('--keep');
const scales = parseScales(opt('scale'));
const reports: LoadReport[] = [];
try {
  for (const scale of scales) {
    const { driver, report } = await prepareScale(scale);
    await driver.close();
    reports.push(report);
  }
  console.log('\nscale   nodes+rels   load time');
  for (const r of reports)
    console.log(
      `${r.scale.padEnd(7)} ${String(r.nodes + r.relationships).padStart(10)}   ${r.totalSeconds.toFixed(1)} s`,
    );
} catch (err) {
  console.error(`bench:data: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await stopBench(keep && !process.exitCode);
}
