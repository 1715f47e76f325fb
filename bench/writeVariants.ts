// The write benchmark's batch and its three ways of writing it (bench/writes.ts measures them,
// test/write-bench.test.ts checks that they write the same records):
//   api    this API's assertFacts: the server finds each quote in its stored source, checks the
//          records against the model, locks what it touches and records a revision
//   ngql   the Neo4j GraphQL Library's generated createFindings mutation (nested create of the
//          passages, connect to the source and to the finding before), no quote check, no revision
//   cypher one parameterised UNWIND/MERGE statement through the driver in one write transaction,
//          with the passages' offsets the client already knows
// A batch is ten findings, each citing a passage of a stored source, each but the first linked
// (CONCERNS) to the one before with a passage of its own: 10 findings, 19 passages, 10
// EVIDENCED_BY (a link's passage hangs off the link's evidence list), 19 FROM_SOURCE, 9 CONCERNS. Every batch takes passages no batch took before, so no
// write of any variant is a no-op.
import type { Driver } from 'neo4j-driver';

export const BATCH_SIZE = 10;
export type WriteVariant = 'api' | 'ngql' | 'cypher';
export const WRITE_VARIANTS: WriteVariant[] = ['api', 'ngql', 'cypher'];

export interface Passage {
  source: string;
  quote: string;
  start: number;
}

export interface FindingRow {
  id: string;
  name: string;
  passage: Passage;
  /** The finding before this one, with the passage the link cites. */
  concerns?: { to: string; passage: Passage };
}

/** The text of one benchmark source: numbered sentences, so that every passage is its own. */
export function sourceText(tag: string, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => `Item ${tag}-${i} was reported on time.`).join(' ');
}

/** A stored benchmark source: its key, and the tag its text was made with (sourceText(tag, n)). */
export interface PoolSource {
  key: string;
  tag: string;
}

/** Hands out fresh sentences of stored sources, ten per batch; more sources may be added as it runs. */
export class SentencePool {
  private next = 0;
  private readonly sources: PoolSource[];
  constructor(
    sources: PoolSource[],
    private readonly perSource: number,
  ) {
    this.sources = [...sources];
  }

  add(source: PoolSource): void {
    this.sources.push(source);
  }
  /** Sentences not handed out yet. */
  get left(): number {
    return this.sources.length * this.perSource - this.next;
  }

  /** The two passages of a fresh sentence: the finding's and its link's. */
  take(): { own: Passage; link: Passage } {
    if (this.left <= 0) throw new Error('the benchmark sources have no fresh sentences left');
    const { key: source, tag } = this.sources[Math.floor(this.next / this.perSource)]!;
    const i = this.next++ % this.perSource;
    // Offsets of sentence i in sourceText(tag, n): every sentence before it plus one space each.
    let start = 0;
    for (let k = 0; k < i; k++) start += `Item ${tag}-${k} was reported on time.`.length + 1;
    return {
      own: { source, quote: `Item ${tag}-${i} was reported`, start },
      link: { source, quote: `Item ${tag}-${i} `, start },
    };
  }
}

export function makeBatch(prefix: string, pool: SentencePool): FindingRow[] {
  const rows: FindingRow[] = [];
  for (let j = 0; j < BATCH_SIZE; j++) {
    const { own, link } = pool.take();
    const id = `${prefix}-${j}`;
    rows.push({
      id,
      name: `Benchmark finding ${prefix}-${j}`,
      passage: own,
      concerns: j > 0 ? { to: rows[j - 1]!.id, passage: link } : undefined,
    });
  }
  return rows;
}

/** The Evidence key this API gives a passage (src/write/compile.ts evidenceNode). */
const evidenceId = (p: Passage) => `${p.source}@${p.start}-${p.start + p.quote.length}`;
const evidenceProps = (p: Passage) => ({
  id: evidenceId(p),
  name: p.quote,
  quote: p.quote,
  start: p.start,
  end: p.start + p.quote.length,
  sourceId: p.source,
});

export const ASSERT_FACTS = `mutation Assert($i: AssertFactsInput!) { assertFacts(input: $i) { revision { id } } }`;

/** The assertFacts request: quotes only; the server locates them. */
export function apiRequest(batch: FindingRow[]): { query: string; variables: Record<string, unknown> } {
  return {
    query: ASSERT_FACTS,
    variables: {
      i: {
        reason: 'write benchmark',
        records: batch.map((r) => ({
          id: r.id,
          type: 'Finding',
          kind: 'RISK',
          name: r.name,
          evidence: [{ source: r.passage.source, quote: r.passage.quote }],
          links: r.concerns
            ? [
                {
                  rel: 'CONCERNS',
                  to: r.concerns.to,
                  evidence: [{ source: r.concerns.passage.source, quote: r.concerns.passage.quote }],
                },
              ]
            : [],
        })),
      },
    },
  };
}

export const CREATE_FINDINGS = `mutation Create($passages: [EvidenceCreateInput!]!, $findings: [FindingCreateInput!]!) {
  passages: createEvidences(input: $passages) { info { nodesCreated relationshipsCreated } }
  findings: createFindings(input: $findings) { info { nodesCreated relationshipsCreated } }
}`;

/**
 * The library's generated create mutations for the same records, in one request: first the links'
 * passages (they hang off no finding, only off the link's evidence list), then the findings with
 * their own passages created nested and their links connected. The library runs each root field
 * in a transaction of its own.
 */
export function ngqlRequest(batch: FindingRow[]): { query: string; variables: Record<string, unknown> } {
  const passage = (p: Passage) => ({
    ...evidenceProps(p),
    source: {
      connect: [
        { where: { node: { id: { eq: p.source } } }, edge: { id: `${evidenceId(p)}|FROM_SOURCE|${p.source}` } },
      ],
    },
  });
  return {
    query: CREATE_FINDINGS,
    variables: {
      passages: batch.filter((r) => r.concerns).map((r) => passage(r.concerns!.passage)),
      findings: batch.map((r) => ({
        id: r.id,
        name: r.name,
        kind: 'RISK',
        evidence: {
          create: [{ node: passage(r.passage), edge: { id: `${r.id}|EVIDENCED_BY|${evidenceId(r.passage)}` } }],
        },
        ...(r.concerns
          ? {
              concerns: {
                connect: [
                  {
                    where: { node: { id: { eq: r.concerns.to } } },
                    edge: { id: `${r.id}|CONCERNS|${r.concerns.to}`, evidence: [evidenceId(r.concerns.passage)] },
                  },
                ],
              },
            }
          : {}),
      })),
    },
  };
}

/** The raw write: one statement, one transaction, nothing checked. */
export const RAW_WRITE = `
UNWIND $passages AS p
MERGE (e:Entity {id: p.id}) SET e += p, e:Evidence
WITH DISTINCT e, p
MATCH (s:Source {id: p.sourceId})
MERGE (e)-[f:FROM_SOURCE {id: p.id + '|FROM_SOURCE|' + s.id}]->(s)
WITH count(*) AS passages
UNWIND $findings AS row
MERGE (n:Entity {id: row.id}) SET n.name = row.name, n.kind = row.kind, n:Finding
WITH n, row
UNWIND row.evidence AS ev
MATCH (e:Evidence {id: ev})
MERGE (n)-[r:EVIDENCED_BY {id: row.id + '|EVIDENCED_BY|' + ev}]->(e)
WITH count(*) AS cited
UNWIND $links AS l
MATCH (a:Entity {id: l.from}), (b:Entity {id: l.to})
MERGE (a)-[r:CONCERNS {id: l.id}]->(b) SET r.evidence = l.evidence
RETURN count(*) AS links`;

export function rawParams(batch: FindingRow[]): Record<string, unknown> {
  return {
    passages: batch.flatMap((r) => [r.passage, ...(r.concerns ? [r.concerns.passage] : [])]).map(evidenceProps),
    findings: batch.map((r) => ({
      id: r.id,
      name: r.name,
      kind: 'RISK',
      evidence: [evidenceId(r.passage)],
    })),
    links: batch
      .filter((r) => r.concerns)
      .map((r) => ({
        id: `${r.id}|CONCERNS|${r.concerns!.to}`,
        from: r.id,
        to: r.concerns!.to,
        evidence: [evidenceId(r.concerns!.passage)],
      })),
  };
}

export async function writeRaw(driver: Driver, database: string, batch: FindingRow[]): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => tx.run(RAW_WRITE, rawParams(batch)));
  } finally {
    await session.close();
  }
}

/** What a run of batches under `prefix` left in the graph: the counts the three variants must share. */
export async function countsUnder(driver: Driver, database: string, prefix: string) {
  const res = await driver.executeQuery(
    `MATCH (f:Finding) WHERE f.id STARTS WITH $prefix
     CALL (f) { OPTIONAL MATCH (f)-[:EVIDENCED_BY]->(e:Evidence) RETURN collect(e.id) AS own }
     CALL (f) { OPTIONAL MATCH (f)-[c:CONCERNS]->(:Finding) RETURN count(c) AS links, collect(c.evidence) AS cited }
     WITH count(f) AS findings, sum(size(own)) AS evidencedBy, sum(links) AS concerns,
          reduce(a = [], l IN collect(own) + reduce(b = [], x IN collect(cited) | b + x) | a + l) AS passages
     CALL (passages) { UNWIND passages AS id MATCH (e:Evidence {id: id}) WITH DISTINCT e
       RETURN count(e) AS evidence, sum(COUNT { (e)-[:FROM_SOURCE]->(:Source) }) AS fromSource }
     RETURN findings, evidencedBy, concerns, evidence, fromSource`,
    { prefix },
    { database },
  );
  const r = res.records[0]!;
  const n = (k: string) => Number(r.get(k));
  return {
    findings: n('findings'),
    evidence: n('evidence'),
    evidencedBy: n('evidencedBy'),
    fromSource: n('fromSource'),
    concerns: n('concerns'),
  };
}
