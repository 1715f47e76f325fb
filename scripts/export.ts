// npm run export -- --out DIR [--include-retracted] [--with-history]
// Writes the graph in the seed format (docs/seed-format.md) so that curated knowledge can be
// reviewed in git and loaded again with the seed loader. Retracted facts are left out; with
// --include-retracted their keys are listed in DIR/retracted.yaml, with --with-history the
// revision log is written to DIR/revisions.yaml (neither is read by the loader).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadConfigOrExit } from '../src/config.js';
import { allRevisions, readForExport } from '../src/db/curation.js';
import { createDriver } from '../src/db/driver.js';
import { toSeedFiles } from '../src/write/export.js';
import { resolveConnection } from '../neo4j/connect.js';
import { LocalNeo4jError } from '../neo4j/launcher.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    'include-retracted': { type: 'boolean', default: false },
    'with-history': { type: 'boolean', default: false },
  },
});
if (!values.out) {
  console.error('usage: npm run export -- --out DIR [--include-retracted] [--with-history]');
  process.exit(2);
}
const out = path.resolve(values.out);
const config = loadConfigOrExit();
try {
  const conn = await resolveConnection(config);
  const driver = createDriver(conn, config.neo4j);
  try {
    const files = toSeedFiles(await readForExport(driver, conn.database));
    fs.mkdirSync(path.join(out, 'facts'), { recursive: true });
    fs.mkdirSync(path.join(out, 'sources'), { recursive: true });
    let records = 0;
    for (const [file, list] of files.yaml) {
      fs.writeFileSync(path.join(out, file), stringify(list, { lineWidth: 0 }));
      records += list.length;
    }
    for (const [file, text] of files.texts) fs.writeFileSync(path.join(out, 'sources', file), text);
    if (values['include-retracted'])
      fs.writeFileSync(path.join(out, 'retracted.yaml'), stringify(files.retracted, { lineWidth: 0 }));
    if (values['with-history'])
      fs.writeFileSync(
        path.join(out, 'revisions.yaml'),
        stringify(await allRevisions(driver, conn.database), { lineWidth: 0 }),
      );
    console.log(
      `export: ${records} records in ${files.yaml.size} files, ${files.texts.size} source texts, ${files.retracted.length} retracted facts left out, to ${out}`,
    );
  } finally {
    await driver.close();
  }
} catch (err) {
  console.error(err instanceof LocalNeo4jError ? err.message : `export: ${(err as Error).message}`);
  process.exit(1);
}
