// Provenance, checked on the database the API serves: every Evidence node's quote is exactly the
// text at its offsets in its Source, every Source is its file byte for byte, every fact node cites
// evidence, and every relationship's evidence ids name Evidence nodes. The checkers are plain
// functions over rows, and are shown to fail on tampered data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileSeed, seedDir } from '../src/write/seedFolder.js';
import { testDriver } from './helpers.js';

interface EvidenceRow {
  id: string;
  quote: string;
  start: number;
  end: number;
  sourceId: string;
  /** The Source the FROM_SOURCE edges lead to (normally exactly one). */
  sources: { id: string; content: string }[];
}

interface SourceRow {
  id: string;
  file: string;
  content: string;
}

interface RelRow {
  id: string;
  type: string;
  evidence: unknown;
}

/** What is wrong with the Evidence rows: one message per problem, naming the evidence id. */
function evidenceProblems(rows: EvidenceRow[]): string[] {
  const problems: string[] = [];
  for (const e of rows) {
    if (e.sources.length !== 1) {
      problems.push(`${e.id}: has ${e.sources.length} FROM_SOURCE edges, expected 1`);
      continue;
    }
    const s = e.sources[0]!;
    if (s.id !== e.sourceId) problems.push(`${e.id}: sourceId ${e.sourceId} but FROM_SOURCE leads to ${s.id}`);
    if (e.id !== `${s.id}@${e.start}-${e.end}`) problems.push(`${e.id}: id does not match ${s.id}@${e.start}-${e.end}`);
    if (!(
      Number.isInteger(e.start) &&
      Number.isInteger(e.end) &&
      e.start >= 0 &&
      e.end > e.start &&
      e.end <= s.content.length
    )) {
      problems.push(`${e.id}: offsets ${e.start}-${e.end} are outside ${s.id} (length ${s.content.length})`);
    }
    const found = s.content.slice(e.start, e.end);
    if (found !== e.quote)
      problems.push(`${e.id}: quote ${JSON.stringify(e.quote)} but ${s.id} has ${JSON.stringify(found)} there`);
  }
  return problems;
}

/** Sources whose stored text is not the file in seed/sources, byte for byte. */
function sourceProblems(rows: SourceRow[], dir: string): string[] {
  const problems: string[] = [];
  for (const s of rows) {
    const file = path.join(dir, s.file);
    if (!fs.existsSync(file)) {
      problems.push(`${s.id}: file ${s.file} is missing`);
      continue;
    }
    if (!Buffer.from(s.content, 'utf8').equals(fs.readFileSync(file)))
      problems.push(`${s.id}: content differs from ${s.file}`);
  }
  return problems;
}

/** Relationships (other than the structural EVIDENCED_BY and FROM_SOURCE) whose evidence list is
 * missing, empty, or names an id that is not an Evidence node. */
function relEvidenceProblems(rows: RelRow[], evidenceIds: Set<string>): string[] {
  const problems: string[] = [];
  for (const r of rows) {
    if (r.type === 'EVIDENCED_BY' || r.type === 'FROM_SOURCE') continue;
    if (!Array.isArray(r.evidence) || r.evidence.length === 0) {
      problems.push(`${r.id}: no evidence`);
      continue;
    }
    for (const id of r.evidence)
      if (typeof id !== 'string' || !evidenceIds.has(id))
        problems.push(`${r.id}: evidence ${String(id)} is not an Evidence node`);
  }
  return problems;
}

describe('provenance of the test database', () => {
  let driver: Driver;
  let database: string;
  const seed = compileSeed();

  const q = async <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => {
    const res = await driver.executeQuery(cypher, params, { database });
    return res.records.map((r) => r.toObject() as T);
  };
  const readEvidence = () =>
    q<EvidenceRow>(
      `MATCH (e:Evidence)
       RETURN e.id AS id, e.quote AS quote, e.start AS start, e.end AS end, e.sourceId AS sourceId,
              COLLECT { MATCH (e)-[:FROM_SOURCE]->(s:Source) RETURN {id: s.id, content: s.content} } AS sources
       ORDER BY id`,
    );
  const readSources = () =>
    q<SourceRow>(`MATCH (s:Source) RETURN s.id AS id, s.file AS file, s.content AS content ORDER BY id`);
  const readRels = () =>
    q<RelRow>(`MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, type(r) AS type, r.evidence AS evidence ORDER BY id`);
  const evidenceIdSet = async () =>
    new Set((await q<{ id: string }>(`MATCH (e:Evidence) RETURN e.id AS id`)).map((r) => r.id));
  const unevidenced = async () =>
    (
      await q<{ id: string }>(
        `MATCH (n:Entity) WHERE NOT n:Source AND NOT n:Evidence AND NOT EXISTS { (n)-[:EVIDENCED_BY]->(:Evidence) }
         RETURN n.id AS id ORDER BY id`,
      )
    ).map((r) => r.id);

  beforeAll(() => {
    driver = testDriver();
    database = inject('neo4jDatabase');
    expect(seed.errors).toEqual([]);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('every Evidence quote is exactly the source text between its offsets (as MATCH (e:Evidence)-[:FROM_SOURCE]->(s:Source) reads it)', async () => {
    const rows = await readEvidence();
    // Not vacuous: the database holds every Evidence node the seed compiles, and each is checked.
    expect(rows.map((r) => r.id)).toEqual(
      seed.nodes
        .filter((n) => n.labels.includes('Evidence'))
        .map((n) => n.id)
        .sort((a, b) => (a < b ? -1 : 1)),
    );
    expect(rows.length).toBeGreaterThan(200);
    expect(evidenceProblems(rows)).toEqual([]);
    // The same check in Cypher alone, as a reviewer would run it in Browser.
    const pairs = await q<{ total: number; bad: number }>(
      `MATCH (e:Evidence)-[:FROM_SOURCE]->(s:Source)
       RETURN count(*) AS total, count(CASE WHEN substring(s.content, e.start, e.end - e.start) <> e.quote THEN 1 END) AS bad`,
    );
    expect(pairs).toEqual([{ total: rows.length, bad: 0 }]);
  });

  it('every Source holds its file in seed/sources byte for byte, and every file there is a Source', async () => {
    const rows = await readSources();
    expect(rows.map((s) => s.id)).toEqual(['s000', 's001', 's002']);
    expect(sourceProblems(rows, path.join(seedDir, 'sources'))).toEqual([]);
    expect(rows.map((s) => s.file).sort()).toEqual(fs.readdirSync(path.join(seedDir, 'sources')).sort());
  });

  it('every fact node (not Source, not Evidence) has at least one EVIDENCED_BY', async () => {
    const checked = await q<{ n: number }>(
      `MATCH (n:Entity) WHERE NOT n:Source AND NOT n:Evidence RETURN count(n) AS n`,
    );
    expect(checked[0]!.n).toBe(
      seed.nodes.filter((n) => !n.labels.includes('Source') && !n.labels.includes('Evidence')).length,
    );
    expect(checked[0]!.n).toBeGreaterThan(100);
    expect(await unevidenced()).toEqual([]);
    // EVIDENCED_BY always leads from a fact (or a source, for its own metadata) to Evidence in
    // that same source when it is a source's; FROM_SOURCE from Evidence to a Source.
    const misplaced = await q<{ id: string }>(
      `MATCH (a)-[r:EVIDENCED_BY|FROM_SOURCE]->(b)
       WHERE (type(r) = 'EVIDENCED_BY' AND (a:Evidence OR NOT b:Evidence OR (a:Source AND b.sourceId <> a.id)))
          OR (type(r) = 'FROM_SOURCE' AND (NOT a:Evidence OR NOT b:Source))
       RETURN r.id AS id`,
    );
    expect(misplaced).toEqual([]);
  });

  it('every other relationship has a non-empty evidence list of existing Evidence ids', async () => {
    const rows = await readRels();
    const curated = rows.filter((r) => r.type !== 'EVIDENCED_BY' && r.type !== 'FROM_SOURCE');
    expect(curated.length).toBe(seed.rels.filter((r) => r.type !== 'EVIDENCED_BY' && r.type !== 'FROM_SOURCE').length);
    expect(curated.length).toBeGreaterThan(200);
    expect(relEvidenceProblems(rows, await evidenceIdSet())).toEqual([]);
  });

  it('every Evidence node is cited by some node or relationship', async () => {
    const orphans = await q<{ id: string }>(
      `MATCH (e:Evidence)
       WHERE NOT EXISTS { ()-[:EVIDENCED_BY]->(e) }
         AND NOT EXISTS { MATCH (:Entity)-[r]->(:Entity) WHERE e.id IN r.evidence }
       RETURN e.id AS id`,
    );
    expect(orphans).toEqual([]);
  });

  // -------------------------------------------------------------------------- the checkers can fail

  it('the checkers report tampered rows (pure)', async () => {
    const rows = await readEvidence();
    const e = rows.find((r) => r.id.startsWith('s002@'))!;
    const shifted = { ...e, start: e.start + 1, end: e.end + 1, id: `${e.sourceId}@${e.start + 1}-${e.end + 1}` };
    expect(evidenceProblems([shifted])).toEqual([expect.stringContaining(`${shifted.id}: quote`)]);
    expect(
      evidenceProblems([{ ...e, quote: e.quote.replace(/\u00a0| /, (c) => (c === ' ' ? '\u00a0' : ' ')) }]),
    ).toEqual([expect.stringContaining(`${e.id}: quote`)]);
    expect(evidenceProblems([{ ...e, sources: [] }])).toEqual([`${e.id}: has 0 FROM_SOURCE edges, expected 1`]);
    expect(evidenceProblems([{ ...e, end: 1e9 }])).toContainEqual(expect.stringContaining('outside'));

    const sources = await readSources();
    expect(
      sourceProblems([{ ...sources[0]!, content: `${sources[0]!.content} ` }], path.join(seedDir, 'sources')),
    ).toEqual([`${sources[0]!.id}: content differs from ${sources[0]!.file}`]);
    // A curly apostrophe for a straight one is the same length in characters but not in bytes.
    const s001 = sources.find((s) => s.id === 's001')!;
    expect(s001.content).toContain('’');
    expect(
      sourceProblems([{ ...s001, content: s001.content.replace('’', "'") }], path.join(seedDir, 'sources')),
    ).toHaveLength(1);

    const ids = new Set(['s000@0-55']);
    expect(relEvidenceProblems([{ id: 'a|X|b', type: 'X', evidence: [] }], ids)).toEqual(['a|X|b: no evidence']);
    expect(relEvidenceProblems([{ id: 'a|X|b', type: 'X', evidence: null }], ids)).toEqual(['a|X|b: no evidence']);
    expect(relEvidenceProblems([{ id: 'a|X|b', type: 'X', evidence: ['s000@0-55', 's000@0-56'] }], ids)).toEqual([
      'a|X|b: evidence s000@0-56 is not an Evidence node',
    ]);
    expect(relEvidenceProblems([{ id: 'a|EVIDENCED_BY|b', type: 'EVIDENCED_BY', evidence: null }], ids)).toEqual([]);
  });

  it('the checks fail on a tampered database, which is then restored', async () => {
    const [ev] = await q<{ id: string; quote: string }>(
      `MATCH (e:Evidence) WHERE e.sourceId = 's001' RETURN e.id AS id, e.quote AS quote ORDER BY e.id LIMIT 1`,
    );
    const [rel] = await q<{ id: string; evidence: string[] }>(
      `MATCH (:Entity {id: 'request-statutory-support'})-[r:RELIES_ON]->() RETURN r.id AS id, r.evidence AS evidence`,
    );
    expect(ev && rel).toBeTruthy();
    try {
      // 1. A quote that no longer matches its offsets.
      await q(`MATCH (e:Evidence {id: $id}) SET e.quote = e.quote + 'x'`, { id: ev!.id });
      expect(evidenceProblems(await readEvidence())).toEqual([expect.stringContaining(`${ev!.id}: quote`)]);
      // 2. A relationship citing an id that is not an Evidence node.
      await q(`MATCH ()-[r {id: $id}]->() SET r.evidence = r.evidence + 's001@0-1'`, { id: rel!.id });
      expect(relEvidenceProblems(await readRels(), await evidenceIdSet())).toEqual([
        `${rel!.id}: evidence s001@0-1 is not an Evidence node`,
      ]);
      // 3. A fact node with no evidence.
      await q(`CREATE (:Entity:Figure {id: 'provenance-probe', name: 'probe'})`);
      expect(await unevidenced()).toEqual(['provenance-probe']);
    } finally {
      await q(`MATCH (e:Evidence {id: $id}) SET e.quote = $quote`, { id: ev!.id, quote: ev!.quote });
      await q(`MATCH ()-[r {id: $id}]->() SET r.evidence = $evidence`, { id: rel!.id, evidence: rel!.evidence });
      await q(`MATCH (n:Entity {id: 'provenance-probe'}) DETACH DELETE n`);
    }
    expect(evidenceProblems(await readEvidence())).toEqual([]);
    expect(relEvidenceProblems(await readRels(), await evidenceIdSet())).toEqual([]);
    expect(await unevidenced()).toEqual([]);
  });

  it('a seed whose quote was altered (a non-breaking space typed as a space) is rejected, naming the file and record', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-test-'));
    try {
      for (const f of ['sources.yaml', 'sources', 'facts'])
        fs.cpSync(path.join(seedDir, f), path.join(dir, f), { recursive: true });
      const file = path.join(dir, 'facts', 'obligations.yaml');
      const text = fs.readFileSync(file, 'utf8');
      const quote = 'PCC will be required to\\u00a0 submit a revised Improvement Plan to Care Inspectorate Wales';
      expect(text.split(quote).length - 1).toBe(1);
      fs.writeFileSync(file, text.replace(quote, quote.replace('\\u00a0', ' ')));
      const { errors } = compileSeed(dir);
      expect(errors).toEqual([
        {
          file: 'facts/obligations.yaml',
          id: 'obl-submit-revised-improvement-plan',
          message:
            'quote "PCC will be required to  submit a revised Improvement Plan to Care Inspectorate Wales" is not found verbatim in s002; the passage at 2516 differs from it only in its spaces (a non-breaking space?)',
          code: 'EVIDENCE_NOT_FOUND',
          nearest: {
            at: 2516,
            quote: 'PCC will be required to\u00a0 submit a revised Improvement Plan to Care Inspectorate Wales',
          },
        },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
