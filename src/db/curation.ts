// The write side of the graph, all of its Cypher: loading the seed, and the three mutations
// (addSource, assertFacts, retractFacts). Both go through the same validation (src/write/compile.ts)
// and each successful write is one immutable `Revision` node (not an `:Entity`, so reads never see
// it) saying who, when, which mutation, why and what changed. Every write is one transaction
// through `session.executeWrite` (routed to the leader under `neo4j://`): all of it or none of it.
// Nothing here counts or locks in the process: identity comes from random ids and the database's
// uniqueness constraints, and concurrent writers serialise on Neo4j's own write locks.
import { createHash, randomUUID } from 'node:crypto';
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { isNodeType, isPermanent, relTypes, structuralRelTypes, type NodeType } from '../model.js';
import type { Database } from './driver.js';
import {
  compileRecords,
  contentHashOf,
  flattenDate,
  fuzzyDateInput,
  type CompiledNode,
  type CompiledRel,
  type CompiledSeed,
  type FuzzyDate,
  type SeedError,
} from '../write/compile.js';
import {
  KNOWN_STAMPS,
  stampKnown,
  stampLinksCypher,
  stampNodesCypher,
  type NodeStamp,
  type StatedProperty,
} from './known.js';

export interface WriteReport {
  nodesWritten: number;
  relsWritten: number;
  nodesRemoved: number;
  relsRemoved: number;
  unchanged: number;
  /** The revision the load made; undefined when nothing changed. */
  revision?: string;
}

/** Labels that say what a node is rather than which type: never a record's type. */
const NOT_TYPES = ['Entity', 'Actor', 'Document', 'Event', 'Retracted'];

/** Bookkeeping properties a curated record never carries; kept across rewrites, left out of diffs and exports. */
export const BOOKKEEPING = ['seedHash', 'lastRevision', 'createdBy', 'retractedRevision', '__lock', ...KNOWN_STAMPS];

const BATCH = 500;

function batches<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += BATCH) out.push(list.slice(i, i + BATCH));
  return out;
}

/**
 * Finds or makes the link of `row` (from, to, id) of one type, as `r`. The type is written into
 * the statement: given as a parameter (`[r:$(row.type)]`), Neo4j 5.26 plans the MERGE as a scan of
 * every relationship in the database for each row instead of an expand between the two nodes it
 * already has (PROFILE: 54,972 db hits for nine links on a graph of about 6,000 relationships), so
 * a write's cost grew with the graph. The type is one of the model's (relTypes and
 * structuralRelTypes), never a request's text.
 */
export function mergeLinkCypher(type: string): string {
  if (!Object.hasOwn(relTypes, type) && !Object.hasOwn(structuralRelTypes, type))
    throw new Error(`not a link type of the model: ${type}`);
  return `MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
     MERGE (a)-[r:\`${type}\` {id: row.id}]->(b)`;
}

/** `rows` grouped by their `type`, in a stable order (so equal batches make equal statements). */
function byType<T extends { type: string }>(rows: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const r of rows) (groups.get(r.type) ?? groups.set(r.type, []).get(r.type)!).push(r);
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// ------------------------------------------------------------------------------------ revisions

export type MutationName = 'SEED' | 'ADD_SOURCE' | 'ASSERT_FACTS' | 'RETRACT_FACTS';
export type ChangeOp = 'ADDED' | 'CORRECTED' | 'EVIDENCE_ADDED' | 'RETRACTED' | 'RESTORED' | 'LOADED' | 'REMOVED';

export interface ChangeRecord {
  kind: 'NODE' | 'LINK' | 'SOURCE';
  key: string;
  op: ChangeOp;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  evidenceAdded?: string[];
}

export interface RevisionRecord {
  id: string;
  /** ISO 8601 instant (UTC). */
  at: string;
  author: string;
  mutation: MutationName;
  reason: string | null;
  idempotencyKey: string | null;
  /** Keys of the entities it changed, both ends of each link included. */
  entities: string[];
  changes: ChangeRecord[];
}

/** Who writes: the viewer's name and role (src/auth), or the seed loader. */
export interface Author {
  name: string;
  role: string;
}

/** A refusal a client can act on: the resolver turns it into a GraphQL error with this code. */
export class CurationError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

const REVISION = `r { .*, at: toString(r.at) }`;

function toRevision(raw: Record<string, unknown>): RevisionRecord {
  return {
    id: raw.id as string,
    at: raw.at as string,
    author: raw.author as string,
    mutation: raw.mutation as MutationName,
    reason: (raw.reason as string | null) ?? null,
    idempotencyKey: (raw.idempotencyKey as string | null) ?? null,
    entities: (raw.entities as string[] | null) ?? [],
    changes: JSON.parse((raw.changes as string | null) ?? '[]') as ChangeRecord[],
  };
}

/** Property values as JSON can carry them: Neo4j dates as ISO text, integers as numbers. */
function jsonValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(jsonValue);
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (typeof v === 'object' && (neo4j.isDate(v) || neo4j.isDateTime(v))) return String(v);
  return v;
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([k]) => !BOOKKEEPING.includes(k))
      .map(([k, v]) => [k, jsonValue(v)]),
  );
}

/** The properties that differ between `before` and `after`, each side with only those. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b = plainProps(before);
  const a = plainProps(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null),
  );
  if (!keys.length) return null;
  return {
    before: Object.fromEntries(keys.map((k) => [k, b[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, a[k] ?? null])),
  };
}

interface Written {
  changes: ChangeRecord[];
  entities: string[];
}

interface MutationRun<T> {
  mutation: MutationName;
  author: Author;
  reason: string | null;
  idempotencyKey?: string | null;
  /** What the request asked, hashed: a key reused for another request is a CONFLICT. */
  input: unknown;
  /**
   * The mutation's writes. `revision` is the id to stamp on what it writes; `record` gives the
   * statement that records the revision, for a work whose last statement can carry it (a round
   * trip fewer): such a work returns the recorded node as `revision`, and runMutation records it
   * otherwise.
   */
  work(
    tx: ManagedTransaction,
    revision: string,
    record: (written: Written & { result: T }) => RevisionStatement,
  ): Promise<Written & { result: T; revision?: Record<string, unknown> }>;
}

/** The statement that creates a Revision node and returns it as `r` (REVISION), with its parameters. */
export interface RevisionStatement {
  cypher: string;
  params: { revisionProps: Record<string, unknown> };
}

const CREATE_REVISION = `CREATE (r:Revision) SET r = $revisionProps, r.at = datetime() RETURN ${REVISION} AS r`;

export interface MutationOutcome<T> {
  revision: RevisionRecord | null;
  replayed: boolean;
  result: T | null;
}

async function revisionByKey(tx: ManagedTransaction, key: string) {
  const res = await tx.run(`MATCH (r:Revision {idempotencyKey: $key}) RETURN ${REVISION} AS r`, { key });
  return res.records[0] ? (res.records[0].get('r') as Record<string, unknown>) : undefined;
}

function replay<T>(raw: Record<string, unknown>, run: MutationRun<T>, inputHash: string): MutationOutcome<T> {
  if (raw.mutation !== run.mutation || raw.author !== run.author.name || raw.inputHash !== inputHash)
    throw new CurationError(
      'CONFLICT',
      'This idempotency key was already used for a different request; use a new key for a new request.',
      { idempotencyKey: run.idempotencyKey },
    );
  return {
    revision: toRevision(raw),
    replayed: true,
    result: raw.result ? (JSON.parse(raw.result as string) as T) : null,
  };
}

/**
 * Runs one mutation in one write transaction and records its revision. A retried request (same
 * idempotency key, same input) returns the first result and writes nothing; the key's uniqueness
 * constraint settles two retries racing each other.
 */
async function runMutation<T>(driver: Driver, database: string, run: MutationRun<T>): Promise<MutationOutcome<T>> {
  const inputHash = createHash('sha256')
    .update(JSON.stringify([run.mutation, run.input]))
    .digest('hex');
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      if (run.idempotencyKey) {
        const first = await revisionByKey(tx, run.idempotencyKey);
        if (first) return replay(first, run, inputHash);
      }
      // The driver may run this function again after a transient failure (a deadlock between two
      // writers, a leader switch): everything it keeps is made afresh inside it.
      const id = randomUUID();
      const record = (written: Written & { result: T }): RevisionStatement => ({
        cypher: CREATE_REVISION,
        params: {
          revisionProps: {
            id,
            name: `${run.mutation} by ${run.author.name}`,
            author: run.author.name,
            role: run.author.role,
            mutation: run.mutation,
            reason: run.reason,
            idempotencyKey: run.idempotencyKey ?? null,
            inputHash,
            entities: [...new Set(written.entities)].sort(),
            changes: JSON.stringify(written.changes),
            result: JSON.stringify(written.result ?? null),
          },
        },
      });
      const written = await run.work(tx, id, record);
      const { changes, result } = written;
      if (!changes.length) return { revision: null, replayed: false, result };
      if (written.revision) return { revision: toRevision(written.revision), replayed: false, result };
      const { cypher, params } = record(written);
      const res = await tx.run(cypher, params);
      return { revision: toRevision(res.records[0]!.get('r')), replayed: false, result };
    });
  } catch (err) {
    // Two requests with one idempotency key at once: the constraint let one through; answer as it did.
    if (
      run.idempotencyKey &&
      err instanceof Neo4jError &&
      err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' &&
      /idempotencyKey/.test(err.message)
    ) {
      const first = await driver.executeQuery(
        `MATCH (r:Revision {idempotencyKey: $key}) RETURN ${REVISION} AS r`,
        { key: run.idempotencyKey },
        { database, routing: 'WRITE' },
      );
      if (first.records[0]) return replay(first.records[0].get('r'), run, inputHash);
    }
    throw err;
  } finally {
    await session.close();
  }
}

// ------------------------------------------------------------------------------------ the seed

/**
 * Writes a compiled seed in one transaction: all of it or none of it. Nodes and relationships
 * carry the hash of their curated content, so an unchanged record is not touched and a second run
 * reports zero changes (and makes no revision). Records the seed no longer holds are removed; data
 * that did not come from the seed (no seedHash) is never touched, and what curation added to a
 * seed record (a retraction, its author) survives a reload.
 */
export async function writeSeed(
  driver: Driver,
  database: string,
  seed: CompiledSeed,
  author: Author = { name: 'seed', role: 'admin' },
): Promise<WriteReport> {
  if (seed.errors.length) throw new Error('refusing to write a seed with errors');
  const outcome = await runMutation<WriteReport>(driver, database, {
    mutation: 'SEED',
    author,
    reason: 'npm run seed: the curated seed/ folder',
    input: seed.digest,
    async work(tx, revision) {
      const written: string[] = [];
      const relsWritten: string[] = [];
      for (const batch of batches(seed.nodes)) {
        const res = await tx.run(
          `UNWIND $rows AS row
           MERGE (n:Entity {id: row.id})
           WITH n, row WHERE n.seedHash IS NULL OR n.seedHash <> row.hash
           WITH n, row, [l IN labels(n) WHERE NOT l IN row.labels AND l <> 'Retracted'] AS stale,
                n.createdBy AS createdBy, n.retractedRevision AS retractedRevision
           SET n = row.props, n.seedHash = row.hash, n.lastRevision = $revision,
               n.createdBy = coalesce(createdBy, $author), n.retractedRevision = retractedRevision
           SET n:$(row.labels)
           REMOVE n:$(stale)
           RETURN collect(n.id) AS written`,
          {
            rows: batch.map((n) => ({ id: n.id, labels: n.labels, props: n.props, hash: n.hash })),
            revision,
            author: author.name,
          },
        );
        written.push(...(res.records[0]?.get('written') ?? []));
      }
      for (const [type, rows] of byType(seed.rels))
        for (const batch of batches(rows)) {
          const res = await tx.run(
            `UNWIND $rows AS row
           ${mergeLinkCypher(type)}
           WITH r, row WHERE r.seedHash IS NULL OR r.seedHash <> row.hash
           WITH r, row, r.createdBy AS createdBy, r.retracted AS retracted, r.retractedRevision AS retractedRevision
           SET r = row.props, r.seedHash = row.hash, r.lastRevision = $revision,
               r.createdBy = coalesce(createdBy, $author), r.retracted = retracted, r.retractedRevision = retractedRevision
           RETURN collect(r.id) AS written`,
            { rows: batch, revision, author: author.name },
          );
          relsWritten.push(...(res.records[0]?.get('written') ?? []));
        }
      // Every seed record is restamped (unchanged stamps are not rewritten): a source's corrected
      // publication day moves the day of every fact citing it, whichever record changed.
      await stampKnown(
        tx,
        seed.nodes.filter((n) => !n.labels.includes('Evidence')).map((n) => ({ id: n.id })),
        seed.rels
          .filter((r) => r.type !== 'EVIDENCED_BY' && r.type !== 'FROM_SOURCE')
          .map((r) => ({ from: r.from, to: r.to, id: r.id })),
      );
      const relsRemoved = await tx.run(
        `MATCH (:Entity)-[r]->(:Entity) WHERE r.seedHash IS NOT NULL AND NOT r.id IN $ids
         WITH r, r.id AS id DELETE r RETURN collect(id) AS removed`,
        { ids: seed.rels.map((r) => r.id) },
      );
      const nodesRemoved = await tx.run(
        `MATCH (n:Entity) WHERE n.seedHash IS NOT NULL AND NOT n.id IN $ids
         WITH n, n.id AS id DETACH DELETE n RETURN collect(id) AS removed`,
        { ids: seed.nodes.map((n) => n.id) },
      );
      await tx.run(
        `MERGE (m:SeedState {id: 'seed'})
         WITH m WHERE m.digest IS NULL OR m.digest <> $digest
         SET m.digest = $digest, m.nodes = $nodes, m.relationships = $rels`,
        { digest: seed.digest, nodes: seed.nodes.length, rels: seed.rels.length },
      );
      const removedNodes = nodesRemoved.records[0]?.get('removed') as string[];
      const removedRels = relsRemoved.records[0]?.get('removed') as string[];
      // A load lists what it wrote and removed, not each property: the seed's own history is git's.
      const changes: ChangeRecord[] = [
        ...written.map((key): ChangeRecord => ({ kind: 'NODE', key, op: 'LOADED' })),
        ...relsWritten.map((key): ChangeRecord => ({ kind: 'LINK', key, op: 'LOADED' })),
        ...removedNodes.map((key): ChangeRecord => ({ kind: 'NODE', key, op: 'REMOVED' })),
        ...removedRels.map((key): ChangeRecord => ({ kind: 'LINK', key, op: 'REMOVED' })),
      ];
      const result: WriteReport = {
        nodesWritten: written.length,
        relsWritten: relsWritten.length,
        nodesRemoved: removedNodes.length,
        relsRemoved: removedRels.length,
        unchanged: seed.nodes.length + seed.rels.length - written.length - relsWritten.length,
      };
      return { changes, entities: [...written, ...removedNodes], result };
    },
  });
  return { ...outcome.result!, ...(outcome.revision ? { revision: outcome.revision.id } : {}) };
}

/** The digest of the seed the database holds, or undefined when none was loaded. */
export async function loadedDigest(driver: Driver, database: string): Promise<string | undefined> {
  const res = await driver.executeQuery(
    `OPTIONAL MATCH (m:SeedState {id: 'seed'}) RETURN m.digest AS digest`,
    {},
    { database },
  );
  return (res.records[0]?.get('digest') as string | null) ?? undefined;
}

// ------------------------------------------------------------------------------------ locking and reading

interface Current {
  type: NodeType;
  retracted: boolean;
  createdBy: string | null;
  lastRevision: string | null;
  props: Record<string, unknown>;
}

/**
 * Takes the write lock of each existing entity named (a property set and removed in this
 * transaction holds it until commit), then reads them: a concurrent writer of the same entities
 * waits, and what is read after the lock is what the other committed.
 */
async function lockAndRead(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Current>> {
  const { found } = await lockReadingSources(tx, ids, []);
  return found ? readLocked(tx, ids) : new Map();
}

/**
 * Takes the locks of lockAndRead and, in the same round trip, reads the texts of the sources named
 * (sources are not locked: their text never changes). Returns the texts by source key, and how
 * many of the entities exist: when none does (a batch of new records) there is nothing to read
 * after the lock, and the read's round trip is skipped.
 */
async function lockReadingSources(
  tx: ManagedTransaction,
  ids: string[],
  sources: string[],
): Promise<{ texts: Map<string, string>; found: number }> {
  const res = await tx.run(
    `CALL () {
       UNWIND $ids AS id MATCH (n:Entity {id: id})
       CALL (n) { WITH n WHERE NOT n:Source SET n.__lock = true REMOVE n.__lock }
       RETURN count(n) AS found
     }
     CALL () {
       UNWIND $sources AS id MATCH (s:Source {id: id}) WHERE NOT s:Retracted
       RETURN collect([id, s.content]) AS texts
     }
     RETURN found, texts`,
    { ids, sources },
  );
  const row = res.records[0]!;
  return {
    texts: new Map(row.get('texts') as [string, string][]),
    found: Number(row.get('found')),
  };
}

/** Reads entities whose locks this transaction holds (lockReadingSources before). */
async function readLocked(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Current>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (n:Entity {id: id})
     RETURN id, [l IN labels(n) WHERE NOT l IN $notTypes][0] AS type, n:Retracted AS retracted, properties(n) AS props`,
    { ids, notTypes: NOT_TYPES },
  );
  const out = new Map<string, Current>();
  for (const r of res.records) {
    const type = r.get('type') as string;
    const props = r.get('props') as Record<string, unknown>;
    if (!isNodeType(type)) continue;
    out.set(r.get('id'), {
      type,
      retracted: r.get('retracted'),
      createdBy: (props.createdBy as string | undefined) ?? null,
      lastRevision: (props.lastRevision as string | undefined) ?? null,
      props,
    });
  }
  return out;
}

interface CurrentLink {
  key: string;
  retracted: boolean;
  createdBy: string | null;
  lastRevision: string | null;
  props: Record<string, unknown>;
}

/** A link's key, `<from>|<TYPE>|<to>`, split; undefined for a key of another shape. */
export function parseLinkKey(key: string): { from: string; type: string; to: string } | undefined {
  const parts = key.split('|');
  if (parts.length !== 3 || parts.some((p) => !p)) return undefined;
  return { from: parts[0]!, type: parts[1]!, to: parts[2]! };
}

/** Locks and reads links by key (found through their start node, whose few relationships are read). */
async function lockAndReadLinks(tx: ManagedTransaction, keys: string[]): Promise<Map<string, CurrentLink>> {
  const rows = keys.map(parseLinkKey).filter((k) => k !== undefined);
  if (!rows.length) return new Map();
  const res = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to}) WHERE type(r) = row.type
     SET r.__lock = true REMOVE r.__lock
     RETURN r.id AS key, coalesce(r.retracted, false) AS retracted, properties(r) AS props`,
    { rows },
  );
  const out = new Map<string, CurrentLink>();
  for (const r of res.records) {
    const props = r.get('props') as Record<string, unknown>;
    out.set(r.get('key'), {
      key: r.get('key'),
      retracted: r.get('retracted'),
      createdBy: (props.createdBy as string | undefined) ?? null,
      lastRevision: (props.lastRevision as string | undefined) ?? null,
      props,
    });
  }
  return out;
}

export interface ExpectedRevision {
  key: string;
  /** The revision the client last saw of this entity or link; null: it must not exist yet. */
  revision: string | null;
}

/** Refuses the write when any entity or link changed since the revision the client expected. */
function checkExpected(
  expected: ExpectedRevision[],
  nodes: Map<string, Current>,
  links: Map<string, CurrentLink>,
): void {
  const stale = expected.filter((e) => {
    const current = nodes.get(e.key) ?? links.get(e.key);
    return (current?.lastRevision ?? null) !== e.revision;
  });
  if (stale.length) {
    const e = stale[0]!;
    const current = nodes.get(e.key) ?? links.get(e.key);
    throw new CurationError(
      'CONFLICT',
      `"${e.key}" is at revision ${current?.lastRevision ?? '(none: it does not exist)'}, not ${e.revision ?? '(none)'}: read it again and retry.`,
      { key: e.key, expected: e.revision, current: current?.lastRevision ?? null },
    );
  }
}

// ------------------------------------------------------------------------------------ addSource

export interface SourceInput {
  title: string;
  publisher?: string | null;
  published: FuzzyDate;
  url?: string | null;
  licence?: string | null;
  content: string;
}

/**
 * A new Source's key, from the hash of its text (compile.ts contentHashOf): `addSource` and
 * `ingestDocument` name a text alike, and both find a text already held by its hash first.
 */
export function sourceKeyOf(contentHash: string): string {
  return `s-${contentHash.slice(0, 16)}`;
}

/**
 * Writes a Source as one revision (`ADD_SOURCE`), or finds the Source already holding the same
 * text, whichever way it came (seed, `addSource`, `ingestDocument`): one Source per text, by the
 * unique `contentHash`. `alongside` does more in the same transaction with the Source's key (an
 * ingested document's proposals); a text already held writes no revision.
 */
export async function storeSource(
  driver: Driver,
  database: string,
  props: Record<string, unknown> & { id: string; contentHash: string },
  author: Author,
  options: {
    reason?: string | null;
    idempotencyKey?: string | null;
    /** What the request asked (an idempotency key reused for another request is a CONFLICT). */
    input: unknown;
    alongside?: (tx: ManagedTransaction, key: string) => Promise<void>;
  },
): Promise<MutationOutcome<{ key: string; created: boolean }>> {
  return runMutation(driver, database, {
    mutation: 'ADD_SOURCE',
    author,
    reason: options.reason ?? null,
    idempotencyKey: options.idempotencyKey,
    input: options.input,
    async work(tx, revision) {
      const taken = await tx.run(
        `MATCH (e:Entity {id: $key}) WHERE NOT e:Source OR coalesce(e.contentHash, '') <> $hash RETURN e.id AS id`,
        { key: props.id, hash: props.contentHash },
      );
      if (taken.records.length)
        throw new CurationError('DUPLICATE_KEY', `the key ${props.id} is taken by another entity`);
      // MERGE on the unique hash: two requests with the same text at once make one Source.
      const res = await tx.run(
        `MERGE (s:Source {contentHash: $hash})
         ON CREATE SET s = $props, s:Entity, s.createdBy = $author, s.lastRevision = $revision, s.__created = true,
           // Known from its own latest possible publication day (known.ts).
           s.knownFrom = s.publishedLatest
         WITH s, coalesce(s.__created, false) AS created
         REMOVE s.__created
         RETURN s.id AS key, created`,
        {
          hash: props.contentHash,
          props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined)),
          author: author.name,
          revision,
        },
      );
      const key = res.records[0]!.get('key') as string;
      const created = res.records[0]!.get('created') as boolean;
      await options.alongside?.(tx, key);
      return {
        changes: created ? [{ kind: 'SOURCE', key, op: 'ADDED', after: plainProps(props) }] : [],
        entities: created ? [key] : [],
        result: { key, created },
      };
    },
  });
}

export async function addSource(
  driver: Driver,
  database: string,
  input: SourceInput,
  author: Author,
  options: { reason?: string | null; idempotencyKey?: string | null },
): Promise<MutationOutcome<{ key: string; created: boolean }>> {
  const parsed = fuzzyDateInput.safeParse(input.published);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new CurationError('INVALID_RECORD', `published${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.message}`);
  }
  const contentHash = contentHashOf(input.content);
  const key = sourceKeyOf(contentHash);
  const props = {
    id: key,
    name: input.title,
    title: input.title,
    titleInferred: false,
    publisher: input.publisher ?? null,
    url: input.url ?? null,
    licence: input.licence ?? null,
    file: `${key}.txt`,
    content: input.content,
    contentHash,
    ...flattenDate('published', parsed.data),
  };
  return storeSource(driver, database, props, author, {
    reason: options.reason,
    idempotencyKey: options.idempotencyKey,
    input,
  });
}

// ------------------------------------------------------------------------------------ assertFacts

/** Every id and source a batch of raw records names, read from whatever shape they have. */
function referencedIds(records: unknown[]): { ids: Set<string>; sources: Set<string> } {
  const ids = new Set<string>();
  const sources = new Set<string>();
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 300 ? v : undefined);
  const evidence = (list: unknown) => {
    if (Array.isArray(list)) for (const e of list) if (str((e as { source?: unknown })?.source)) sources.add(e.source);
  };
  for (const r of records) {
    if (!r || typeof r !== 'object') continue;
    const rec = r as Record<string, unknown>;
    if (str(rec.id)) ids.add(rec.id as string);
    evidence(rec.evidence);
    for (const v of Object.values(rec)) {
      const anchor = (v as { relative?: { anchor?: unknown } } | null)?.relative?.anchor;
      if (str(anchor)) ids.add(anchor as string);
    }
    if (Array.isArray(rec.links))
      for (const l of rec.links as Record<string, unknown>[]) {
        for (const end of [l?.to, l?.from, l?.capacity]) if (str(end)) ids.add(end as string);
        evidence(l?.evidence);
      }
  }
  return { ids, sources };
}

/** The first errors of a refused batch, as one coded error (all of them in `details.errors`). */
function refusal(errors: SeedError[]): CurationError {
  const first = errors[0]!;
  const shown = errors.slice(0, 5).map((e) => `${e.id}: ${e.message}`);
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
  return new CurationError(first.code ?? 'INVALID_RECORD', `${shown.join('; ')}${more}`, {
    errors: errors.slice(0, 50).map((e) => ({
      record: e.id,
      code: e.code ?? 'INVALID_RECORD',
      message: e.message,
      ...(e.nearest ? { nearest: e.nearest } : {}),
    })),
    ...(first.nearest ? { nearest: first.nearest } : {}),
  });
}

export interface AssertInput {
  records: unknown[];
  reason: string;
  idempotencyKey?: string | null;
  expectedRevisions?: ExpectedRevision[] | null;
}

export async function assertFacts(
  driver: Driver,
  database: string,
  input: AssertInput,
  author: Author,
  /**
   * More work in the same transaction, before the records are written (a review decision on the
   * proposal they come from): if it throws, nothing is written.
   */
  alongside?: (tx: ManagedTransaction) => Promise<void>,
): Promise<MutationOutcome<{ keys: string[] }>> {
  const { ids, sources } = referencedIds(input.records);
  return runMutation(driver, database, {
    mutation: 'ASSERT_FACTS',
    author,
    reason: input.reason,
    idempotencyKey: input.idempotencyKey,
    input: [input.records, input.reason, input.expectedRevisions ?? []],
    async work(tx, revision, record) {
      await alongside?.(tx);
      const { texts: sourceTexts, found } = await lockReadingSources(tx, [...ids], [...sources]);
      const current = found ? await readLocked(tx, [...ids]) : new Map<string, Current>();
      const types = new Map<string, NodeType>();
      const retractedNames: string[] = [];
      for (const [id, c] of current) {
        types.set(id, c.type);
        if (c.retracted) retractedNames.push(id);
      }
      const compiled = compileRecords({
        sources: { file: 'input', records: [] },
        sourceText: () => undefined,
        facts: [{ file: 'input', records: input.records }],
        existing: {
          types,
          sourceTexts,
        },
      });
      if (compiled.errors.length) throw refusal(compiled.errors);
      const recordIds = new Set([...compiled.nodes.filter((n) => !n.labels.includes('Evidence')).map((n) => n.id)]);
      // A link to a retracted entity would hang a new fact on one the graph no longer asserts.
      for (const rel of compiled.rels) {
        if (rel.type === 'EVIDENCED_BY' || rel.type === 'FROM_SOURCE') continue;
        for (const end of [rel.from, rel.to])
          if (retractedNames.includes(end) && !recordIds.has(end))
            throw new CurationError('NOT_FOUND', `"${end}" is retracted: assert it again before linking to it`, {
              key: end,
            });
      }
      // A link can exist only between two entities that exist: links to or from a new record are
      // new, and need no lock and no read (one round trip fewer for a batch of new records).
      const links = await lockAndReadLinks(
        tx,
        compiled.rels
          .filter((r) => r.type !== 'EVIDENCED_BY' && r.type !== 'FROM_SOURCE')
          .filter((r) => current.has(r.from) && current.has(r.to))
          .map((r) => r.id),
      );
      checkExpected(input.expectedRevisions ?? [], current, links);
      return writeCompiled(tx, compiled, current, links, revision, author, record);
    },
  });
}

/** The withdrawal and breach a record states that the graph did not hold before (by earliest day). */
function restatedIn(before: Record<string, unknown> | undefined, after: Record<string, unknown>): StatedProperty[] {
  return (['withdrawn', 'breached'] as const).filter(
    (p) => after[`${p}Earliest`] != null && String(before?.[`${p}Earliest`] ?? '') !== String(after[`${p}Earliest`]),
  );
}

/** Writes what assertFacts compiled: new and corrected records, evidence, links; returns what changed. */
async function writeCompiled(
  tx: ManagedTransaction,
  compiled: CompiledSeed,
  current: Map<string, Current>,
  links: Map<string, CurrentLink>,
  revision: string,
  author: Author,
  record: (written: Written & { result: { keys: string[] } }) => RevisionStatement,
): Promise<Written & { result: { keys: string[] }; revision?: Record<string, unknown> }> {
  const changes: ChangeRecord[] = [];
  const entities: string[] = [];
  const evidenceNodes = compiled.nodes.filter((n) => n.labels.includes('Evidence'));
  const records = compiled.nodes.filter((n) => !n.labels.includes('Evidence'));
  const evidenceOf = new Map<string, string[]>();
  for (const r of compiled.rels)
    if (r.type === 'EVIDENCED_BY') evidenceOf.set(r.from, [...(evidenceOf.get(r.from) ?? []), r.to]);

  // Which passages each record cites already (only a record that exists can cite any: a batch of
  // new records asks nothing).
  const citing = [...evidenceOf.keys()].filter((id) => current.has(id));
  const cited = citing.length
    ? (
        await tx.run(
          `UNWIND $ids AS id MATCH (:Entity {id: id})-[:EVIDENCED_BY]->(e:Evidence) RETURN id, collect(e.id) AS evidence`,
          { ids: citing },
        )
      ).records
    : [];
  const citedBy = new Map(cited.map((r) => [r.get('id') as string, new Set(r.get('evidence') as string[])]));

  const nodeRows: CompiledNode[] = [];
  for (const n of records) {
    const before = current.get(n.id);
    const added = (evidenceOf.get(n.id) ?? []).filter((e) => !citedBy.get(n.id)?.has(e));
    if (!before) {
      nodeRows.push(n);
      changes.push({ kind: 'NODE', key: n.id, op: 'ADDED', after: plainProps(n.props), evidenceAdded: added });
    } else {
      const d = diff(before.props, n.props);
      if (before.retracted) {
        nodeRows.push(n);
        changes.push({ kind: 'NODE', key: n.id, op: 'RESTORED', ...(d ?? {}), evidenceAdded: added });
      } else if (d) {
        nodeRows.push(n);
        changes.push({ kind: 'NODE', key: n.id, op: 'CORRECTED', ...d, evidenceAdded: added });
      } else if (added.length) changes.push({ kind: 'NODE', key: n.id, op: 'EVIDENCE_ADDED', evidenceAdded: added });
      else continue;
    }
    entities.push(n.id);
  }
  for (const id of compiled.additions ?? []) {
    const added = (evidenceOf.get(id) ?? []).filter((e) => !citedBy.get(id)?.has(e));
    if (added.length) {
      changes.push({ kind: 'NODE', key: id, op: 'EVIDENCE_ADDED', evidenceAdded: added });
      entities.push(id);
    }
  }

  const relRows: CompiledRel[] = [];
  for (const r of compiled.rels) {
    if (r.type === 'EVIDENCED_BY' || r.type === 'FROM_SOURCE') continue;
    const before = links.get(r.id);
    const evidence = r.props.evidence as string[];
    if (!before) {
      relRows.push(r);
      changes.push({ kind: 'LINK', key: r.id, op: 'ADDED', after: plainProps(r.props), evidenceAdded: evidence });
    } else {
      // Evidence accumulates: a link asserted again with other passages keeps the ones it had.
      const had = (before.props.evidence as string[] | undefined) ?? [];
      const merged = [...new Set([...had, ...evidence])];
      const props = { ...r.props, evidence: merged };
      const d = diff({ ...before.props, retracted: null }, props);
      const added = merged.filter((e) => !had.includes(e));
      if (!d && !before.retracted) continue;
      relRows.push({ ...r, props });
      changes.push({
        kind: 'LINK',
        key: r.id,
        op: before.retracted
          ? 'RESTORED'
          : added.length && d && Object.keys(d.after).length === 1
            ? 'EVIDENCE_ADDED'
            : 'CORRECTED',
        ...(d ?? {}),
        evidenceAdded: added,
      });
    }
    entities.push(r.from, r.to);
  }

  // When each fact became known (known.ts): the records written, those that gained evidence, and
  // the links; a withdrawal or breach this write states is dated by the evidence it cites.
  const stamps = new Map<string, NodeStamp>();
  for (const id of [...(compiled.additions ?? []), ...evidenceOf.keys()]) stamps.set(id, { id });
  for (const n of nodeRows)
    stamps.set(n.id, {
      id: n.id,
      restated: restatedIn(current.get(n.id)?.props, n.props),
      // What this write newly cites is what says it: passages cited before said something else.
      cited: (evidenceOf.get(n.id) ?? []).filter((e) => !citedBy.get(n.id)?.has(e)),
    });
  // The writes in one statement (one round trip): passages and their sources, the records, what
  // each record cites, the links, then the days they became known (known.ts). Each CALL is a unit
  // subquery: it keeps the single outer row whatever it matches, and sees what the ones before it
  // wrote. The links get a CALL per type (mergeLinkCypher), so the text varies with the set of link
  // types a batch holds, and Neo4j plans and caches each set once (server.db.query_cache_size, 1,000
  // by default): one text with the type as a parameter was planned as a scan of every relationship.
  const written = {
    changes,
    entities,
    result: { keys: [...new Set([...records.map((n) => n.id), ...(compiled.additions ?? [])])] },
  };
  // The revision is recorded by the same statement when there is one to record.
  const recorded = changes.length ? record(written) : undefined;
  const linkGroups = byType(relRows);
  const res = await tx.run(
    `CALL () {
       UNWIND $evidence AS row
       MERGE (e:Entity {id: row.id})
       ON CREATE SET e = row.props, e.createdBy = $author, e.lastRevision = $revision
       SET e:Evidence
       WITH e, row
       MATCH (s:Source {id: row.props.sourceId})
       MERGE (e)-[f:FROM_SOURCE {id: row.id + '|FROM_SOURCE|' + s.id}]->(s)
     }
     CALL () {
       UNWIND $nodes AS row
       MERGE (n:Entity {id: row.id})
       WITH n, row, n.seedHash AS seedHash, n.createdBy AS createdBy, n {${KNOWN_STAMPS.map((k) => `.${k}`).join(', ')}} AS stamps
       SET n = row.props, n += stamps, n.seedHash = seedHash, n.createdBy = coalesce(createdBy, $author), n.lastRevision = $revision
       SET n:$(row.labels)
       REMOVE n:Retracted
     }
     CALL () {
       UNWIND $cites AS row
       MATCH (a:Entity {id: row.from}), (e:Evidence {id: row.to})
       MERGE (a)-[r:EVIDENCED_BY {id: row.id}]->(e)
       ON CREATE SET r.createdBy = $author, r.lastRevision = $revision
     }
     ${linkGroups
       .map(
         ([type], i) => `CALL () {
       UNWIND $links[${i}] AS row
       ${mergeLinkCypher(type)}
       WITH r, row, r.seedHash AS seedHash, r.createdBy AS createdBy
       SET r = row.props, r.seedHash = seedHash, r.createdBy = coalesce(createdBy, $author), r.lastRevision = $revision
     }`,
       )
       .join('\n')}
     CALL () { ${stampNodesCypher('stampNodes')} }
     CALL () { ${stampLinksCypher('stampLinks')} }
     ${recorded ? `CALL () { ${recorded.cypher} } RETURN r` : ''}`,
    {
      evidence: evidenceNodes.map((n) => ({ id: n.id, props: n.props })),
      nodes: nodeRows.map((n) => ({ id: n.id, labels: n.labels, props: n.props })),
      cites: compiled.rels.filter((r) => r.type === 'EVIDENCED_BY'),
      links: linkGroups.map(([, rows]) => rows),
      stampNodes: [...stamps.values()],
      stampLinks: relRows.map((r) => ({ from: r.from, to: r.to, id: r.id })),
      author: author.name,
      revision,
      ...recorded?.params,
    },
  );
  return { ...written, ...(recorded ? { revision: res.records[0]!.get('r') as Record<string, unknown> } : {}) };
}

// ------------------------------------------------------------------------------------ retractFacts

export interface RetractInput {
  keys: string[];
  reason: string;
  idempotencyKey?: string | null;
  expectedRevisions?: ExpectedRevision[] | null;
}

/**
 * Marks entities (label `Retracted`) and links (`retracted: true`) as no longer asserted. Nothing
 * is deleted: ordinary reads leave them out, `includeRetracted` and the history show them.
 * `mayRetractOthers` is the reviewer's right; an editor retracts only what they asserted.
 */
export async function retractFacts(
  driver: Driver,
  database: string,
  input: RetractInput,
  author: Author,
  mayRetractOthers: boolean,
): Promise<MutationOutcome<{ keys: string[] }>> {
  const nodeKeys = input.keys.filter((k) => !k.includes('|'));
  const linkKeys = input.keys.filter((k) => k.includes('|'));
  for (const k of linkKeys) {
    const parsed = parseLinkKey(k);
    if (!parsed || !Object.hasOwn(relTypes, parsed.type))
      throw new CurationError(
        'BAD_USER_INPUT',
        `"${k}" is not a link key: links are named <from>|<TYPE>|<to> with a relationship type of the model`,
        { key: k },
      );
  }
  return runMutation(driver, database, {
    mutation: 'RETRACT_FACTS',
    author,
    reason: input.reason,
    idempotencyKey: input.idempotencyKey,
    input: [input.keys, input.reason, input.expectedRevisions ?? []],
    async work(tx, revision) {
      const nodes = await lockAndRead(tx, nodeKeys);
      const links = await lockAndReadLinks(tx, linkKeys);
      for (const k of nodeKeys) {
        const n = nodes.get(k);
        if (!n) throw new CurationError('NOT_FOUND', `no entity "${k}" to retract`, { key: k });
        if (isPermanent(n.type))
          throw new CurationError(
            'BAD_USER_INPUT',
            `"${k}" is a ${n.type}: sources and passages stay; retract the facts that cite them`,
            { key: k },
          );
        if (n.retracted) throw new CurationError('BAD_USER_INPUT', `"${k}" is already retracted`, { key: k });
        if (!mayRetractOthers && n.createdBy !== author.name)
          throw new CurationError('FORBIDDEN', `"${k}" was asserted by someone else: only a reviewer may retract it`, {
            key: k,
          });
      }
      for (const k of linkKeys) {
        const l = links.get(k);
        if (!l) throw new CurationError('NOT_FOUND', `no link "${k}" to retract`, { key: k });
        if (l.retracted) throw new CurationError('BAD_USER_INPUT', `"${k}" is already retracted`, { key: k });
        if (!mayRetractOthers && l.createdBy !== author.name)
          throw new CurationError('FORBIDDEN', `"${k}" was asserted by someone else: only a reviewer may retract it`, {
            key: k,
          });
      }
      checkExpected(input.expectedRevisions ?? [], nodes, links);
      await tx.run(
        `UNWIND $ids AS id MATCH (n:Entity {id: id})
         SET n:Retracted, n.retractedRevision = $revision, n.lastRevision = $revision`,
        { ids: nodeKeys, revision },
      );
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from})-[r {id: row.key}]->(b:Entity {id: row.to})
         SET r.retracted = true, r.retractedRevision = $revision, r.lastRevision = $revision`,
        { rows: linkKeys.map((key) => ({ key, ...parseLinkKey(key)! })), revision },
      );
      const changes: ChangeRecord[] = [
        ...nodeKeys.map((key): ChangeRecord => ({ kind: 'NODE', key, op: 'RETRACTED' })),
        ...linkKeys.map((key): ChangeRecord => ({ kind: 'LINK', key, op: 'RETRACTED' })),
      ];
      const ends = linkKeys.flatMap((k) => {
        const p = parseLinkKey(k)!;
        return [p.from, p.to];
      });
      return { changes, entities: [...nodeKeys, ...ends], result: { keys: input.keys } };
    },
  });
}

// ------------------------------------------------------------------------------------ reading revisions

export interface RevisionQuery {
  since?: string | null;
  author?: string | null;
  entity?: string | null;
  offset: number;
  first: number;
  withTotal: boolean;
}

/** Revisions, newest first, filtered by day, author and entity; one round trip. */
export async function listRevisions(
  db: Database,
  q: RevisionQuery,
): Promise<{ revisions: RevisionRecord[]; total: number | null; hasMore: boolean }> {
  const where = `WHERE ($since IS NULL OR r.at >= datetime($since))
      AND ($author IS NULL OR r.author = $author)
      AND ($entity IS NULL OR $entity IN r.entities)`;
  const rows = await db.read(
    `CALL () { MATCH (r:Revision) ${where}
       WITH r ORDER BY r.at DESC, r.id DESC SKIP $offset LIMIT $limit RETURN collect(${REVISION}) AS revisions }
     CALL () { MATCH (r:Revision) ${where} RETURN CASE WHEN $withTotal THEN count(r) END AS total }
     RETURN revisions, total`,
    {
      since: q.since ?? null,
      author: q.author ?? null,
      entity: q.entity ?? null,
      offset: neo4j.int(q.offset),
      limit: neo4j.int(q.first + 1),
      withTotal: q.withTotal,
    },
  );
  const row = rows[0]!;
  const revisions = (row.revisions as Record<string, unknown>[]).map(toRevision);
  const total = row.total as number | null;
  return { revisions: revisions.slice(0, q.first), total, hasMore: revisions.length > q.first };
}

/** For each entity key, its revisions, newest first: one query for all keys. */
export async function historyOf(db: Database, keys: readonly string[], limit: number): Promise<RevisionRecord[][]> {
  const rows = await db.read(
    `UNWIND $keys AS key
     CALL (key) { MATCH (r:Revision) WHERE key IN r.entities
       WITH r ORDER BY r.at DESC, r.id DESC LIMIT $limit RETURN collect(${REVISION}) AS revisions }
     RETURN key, revisions`,
    { keys, limit: neo4j.int(limit) },
  );
  const byKey = new Map(rows.map((r) => [r.key as string, (r.revisions as Record<string, unknown>[]).map(toRevision)]));
  return keys.map((k) => byKey.get(k) ?? []);
}

/** The revision an entity or link is at, for clients that will send it back as expected. */
export async function currentRevisions(db: Database, keys: readonly string[]): Promise<(string | null)[]> {
  const links = keys.map(parseLinkKey);
  const rows = await db.read(
    `UNWIND $rows AS row
     OPTIONAL MATCH (n:Entity {id: row.key}) WHERE row.from IS NULL
     OPTIONAL MATCH (:Entity {id: row.from})-[r {id: row.key}]->(:Entity {id: row.to})
     RETURN row.key AS key, coalesce(n.lastRevision, r.lastRevision) AS revision`,
    { rows: keys.map((key, i) => ({ key, from: links[i]?.from ?? null, to: links[i]?.to ?? null })) },
  );
  const byKey = new Map(rows.map((r) => [r.key as string, r.revision as string | null]));
  return keys.map((k) => byKey.get(k) ?? null);
}

export type { FuzzyDate };

// ------------------------------------------------------------------------------------ export

export interface ExportedGraph {
  nodes: { type: string; retracted: boolean; props: Record<string, unknown> }[];
  rels: { type: string; from: string; to: string; props: Record<string, unknown> }[];
}

/** Every entity and link, with what export needs to write them back in the seed format. */
export async function readForExport(driver: Driver, database: string): Promise<ExportedGraph> {
  const nodes = await driver.executeQuery(
    `MATCH (n:Entity) RETURN [l IN labels(n) WHERE NOT l IN $notTypes][0] AS type, n:Retracted AS retracted,
       properties(n) AS props ORDER BY n.id`,
    { notTypes: NOT_TYPES },
    { database, routing: 'READ' },
  );
  const rels = await driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT type(r) IN ['FROM_SOURCE']
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.id`,
    {},
    { database, routing: 'READ' },
  );
  return {
    nodes: nodes.records.map((r) => ({ type: r.get('type'), retracted: r.get('retracted'), props: r.get('props') })),
    rels: rels.records.map((r) => ({
      type: r.get('type'),
      from: r.get('from'),
      to: r.get('to'),
      props: r.get('props'),
    })),
  };
}

/** The revision log, oldest first, for an export that keeps history. */
export async function allRevisions(driver: Driver, database: string): Promise<RevisionRecord[]> {
  const res = await driver.executeQuery(
    `MATCH (r:Revision) RETURN ${REVISION} AS r ORDER BY r.at, r.id`,
    {},
    {
      database,
      routing: 'READ',
    },
  );
  return res.records.map((r) => toRevision(r.get('r')));
}
