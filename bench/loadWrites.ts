// The write side of `npm run load -- --writes F`: the writers' mix (assertFacts of ten fresh
// findings with evidence, now and then a retractFacts of one of them or an addSource), what each
// writer was told succeeded, and the check after the run that the graph and the revision log hold
// exactly that: nothing lost, nothing doubled. Every write carries an idempotency key, as a careful
// client's does: a write whose answer was an error (a timeout, say, after which the server may or
// may not have committed it) is sent again with its key after the run until it is answered, and
// the server must then answer with the first result or write it now, never twice.
import type { Driver } from 'neo4j-driver';
import {
  apiRequest,
  ASSERT_FACTS,
  countsUnder,
  makeBatch,
  SentencePool,
  sourceText,
  type PoolSource,
} from './writeVariants.js';

/** Of the writes: assertFacts, then retractFacts, the rest addSource. */
export const WRITE_MIX = { assert: 0.9, retract: 0.05 } as const;
export const SENTENCES_PER_SOURCE = 200;

const ADD_SOURCE = `mutation Add($i: AddSourceInput!) { addSource(input: $i) { source { key } revision { id } } }`;
const RETRACT = `mutation Retract($i: RetractFactsInput!) { retractFacts(input: $i) { revision { id } } }`;

export type WriteKind = 'assertFacts' | 'retractFacts' | 'addSource';
export interface WriteRequest {
  kind: WriteKind;
  body: string;
  idempotencyKey: string;
  /** Told the outcome: the response's data when it succeeded, undefined when it did not. */
  settle(data: Record<string, { revision?: { id: string } | null; source?: { key: string } }> | undefined): void;
}

export class Writers {
  readonly tag = `ld${Date.now().toString(36)}`;
  readonly author: string;
  private pool = new SentencePool([], SENTENCES_PER_SOURCE);
  private sourceNo = 0;
  private batchNo = 0;
  /** Findings whose assertFacts succeeded and that no retractFacts took yet. */
  private live: string[] = [];
  private writeNo = 0;
  /** Writes answered with an error, to send again after the run. */
  readonly failed: WriteRequest[] = [];
  readonly told = { assertFacts: 0, retractFacts: 0, addSource: 0, revisions: [] as string[], retracted: 0 };

  constructor(author: string) {
    this.author = author;
  }

  /** A write with its idempotency key; one answered with an error is kept for sending again. */
  private write(
    kind: WriteKind,
    query: string,
    input: Record<string, unknown>,
    onOk: (data: NonNullable<Parameters<WriteRequest['settle']>[0]>) => void,
  ): WriteRequest {
    const idempotencyKey = `${this.tag}-w${this.writeNo++}`;
    const req: WriteRequest = {
      kind,
      idempotencyKey,
      body: JSON.stringify({ query, variables: { i: { ...input, idempotencyKey } } }),
      settle: (data) => {
        if (data) onOk(data);
        else this.failed.push(req);
      },
    };
    return req;
  }

  /** An addSource of a fresh text, whose sentences join the pool once it is stored. */
  private addSource(): WriteRequest {
    const tag = `${this.tag}s${this.sourceNo++}`;
    return this.write(
      'addSource',
      ADD_SOURCE,
      {
        content: sourceText(tag, SENTENCES_PER_SOURCE),
        title: `Load source ${this.tag} ${tag}`,
        published: { value: '2026-01-01', precision: 'DAY' },
      },
      (data) => {
        this.told.addSource++;
        this.told.revisions.push(data.addSource!.revision!.id);
        this.pool.add({ key: data.addSource!.source!.key, tag } satisfies PoolSource);
      },
    );
  }

  /** Sources stored before the run, enough sentences for `batches` assertFacts. */
  initialSources(batches: number): WriteRequest[] {
    return Array.from({ length: Math.ceil((batches * 10) / SENTENCES_PER_SOURCE) }, () => this.addSource());
  }

  next(): WriteRequest {
    const r = Math.random();
    if (r >= WRITE_MIX.assert + WRITE_MIX.retract || this.pool.left < 10) return this.addSource();
    if (r >= WRITE_MIX.assert && this.live.length) {
      const key = this.live.splice(Math.floor(Math.random() * this.live.length), 1)[0]!;
      return this.write('retractFacts', RETRACT, { keys: [key], reason: 'load run' }, (data) => {
        this.told.retractFacts++;
        this.told.retracted++;
        this.told.revisions.push(data.retractFacts!.revision!.id);
      });
    }
    const batch = makeBatch(`${this.tag}-a${this.batchNo++}`, this.pool);
    const { i } = apiRequest(batch).variables as { i: Record<string, unknown> };
    return this.write('assertFacts', ASSERT_FACTS, i, (data) => {
      this.told.assertFacts++;
      this.told.revisions.push(data.assertFacts!.revision!.id);
      this.live.push(...batch.map((f) => f.id));
    });
  }

  /** The graph and the revision log against what the writers were told; one line per check. */
  async verify(driver: Driver, database: string): Promise<{ ok: boolean; lines: string[] }> {
    const lines: string[] = [];
    let ok = true;
    const check = (what: string, got: number, want: number) => {
      const good = got === want;
      ok &&= good;
      lines.push(`${good ? 'ok      ' : 'MISMATCH'} ${what}: graph ${got}, told ${want}`);
    };
    const n = this.told.assertFacts;
    const counts = await countsUnder(driver, database, `${this.tag}-a`);
    check('findings asserted', counts.findings, 10 * n);
    check('passages (Evidence)', counts.evidence, 19 * n);
    check('EVIDENCED_BY', counts.evidencedBy, 10 * n);
    check('FROM_SOURCE', counts.fromSource, 19 * n);
    check('CONCERNS links', counts.concerns, 9 * n);
    const res = await driver.executeQuery(
      `CALL () { MATCH (f:Finding:Retracted) WHERE f.id STARTS WITH $prefix RETURN count(f) AS retracted }
       CALL () { MATCH (s:Source) WHERE s.title STARTS WITH $title RETURN count(s) AS sources }
       CALL () { MATCH (r:Revision {author: $author})
                 RETURN collect(r.id) AS ids, count(DISTINCT r.id) AS distinct,
                        sum(CASE r.mutation WHEN 'ASSERT_FACTS' THEN 1 ELSE 0 END) AS asserts,
                        sum(CASE r.mutation WHEN 'RETRACT_FACTS' THEN 1 ELSE 0 END) AS retracts,
                        sum(CASE r.mutation WHEN 'ADD_SOURCE' THEN 1 ELSE 0 END) AS adds }
       RETURN retracted, sources, ids, distinct, asserts, retracts, adds`,
      { prefix: `${this.tag}-a`, title: `Load source ${this.tag} `, author: this.author },
      { database },
    );
    const r = res.records[0]!.toObject() as Record<string, number | string[]>;
    check('findings retracted', Number(r.retracted), this.told.retracted);
    check('sources added', Number(r.sources), this.told.addSource);
    check('ASSERT_FACTS revisions', Number(r.asserts), n);
    check('RETRACT_FACTS revisions', Number(r.retracts), this.told.retractFacts);
    check('ADD_SOURCE revisions', Number(r.adds), this.told.addSource);
    const logged = new Set(r.ids as string[]);
    const told = new Set(this.told.revisions);
    check('revisions in the log (distinct ids)', Number(r.distinct), (r.ids as string[]).length);
    check('revision ids told and found in the log', [...told].filter((id) => logged.has(id)).length, told.size);
    check('revision ids in the log nobody was told of', [...logged].filter((id) => !told.has(id)).length, 0);
    return { ok, lines };
  }
}
