// The curated seed as files: seed/sources.yaml, the source texts in seed/sources/ and the facts in
// seed/facts/*.yaml. Reading is kept apart from compiling so that records arriving another way
// (mutations) go through the same validation.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../config.js';
import { compileRecords, type CompiledSeed, type RecordFile, type SeedInput } from './compile.js';

/** Where the project's curated seed lives (data only; nothing there is imported). */
export const seedDir = path.join(projectRoot, 'seed');

function readRecords(dir: string, file: string): RecordFile {
  try {
    const doc = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (!Array.isArray(doc)) return { file, records: [], error: 'the file must be a YAML list of records' };
    return { file, records: doc };
  } catch (err) {
    return { file, records: [], error: `not valid YAML: ${(err as Error).message.split('\n')[0]}` };
  }
}

export function readSeedFolder(dir: string): SeedInput {
  const factsDir = path.join(dir, 'facts');
  const facts = fs.existsSync(factsDir)
    ? fs
        .readdirSync(factsDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => readRecords(dir, path.join('facts', f)))
    : [];
  return {
    sources: readRecords(dir, 'sources.yaml'),
    sourceText(file) {
      const textFile = path.join(dir, 'sources', file);
      return fs.existsSync(textFile) ? fs.readFileSync(textFile, 'utf8') : undefined;
    },
    facts,
  };
}

/** Validates and compiles the seed folder `dir` (the project's own seed unless told otherwise). */
export function compileSeed(dir = seedDir): CompiledSeed {
  return compileRecords(readSeedFolder(dir));
}
