import fs from 'node:fs';
import neo4j from 'neo4j-driver';
const pw = fs.readFileSync('/work/main/.neo4j/password', 'utf8').trim();
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', pw), { disableLosslessIntegers: true });
const q = process.argv[2] === '-f' ? fs.readFileSync(process.argv[3]!, 'utf8') : process.argv[2]!;
try {
  const r = await d.executeQuery(q, { asOf: null });
  for (const rec of r.records) console.log(JSON.stringify(rec.toObject(), (k, v) => (v && typeof v === 'object' && 'year' in v && 'month' in v && 'day' in v ? v.toString() : v)));
  console.log(`-- ${r.records.length} rows`);
} catch (e) { console.error((e as Error).message); process.exitCode = 1; }
await d.close();
