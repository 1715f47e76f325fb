// Cypher of ingestion and the review queue: documents become Source nodes shaped like the seed's
// (text verbatim, content hash, metadata), proposals are `Proposal` nodes (not `Entity`, so no
// ordinary read sees them) tied to their document by `documentId` alone, and decisions change a
// proposal's status. Uniqueness constraints on Source.contentHash and Proposal.id (src/db/schema.ts)
// make concurrent ingest processes converge: MERGE under a constraint never duplicates.
import { createHash, randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GraphView, Proposal, ProposalKind } from '../extract/types.js';
import type { PreparedDocument } from '../ingest/document.js';
import type { NodeType } from '../model.js';
import { flattenDate, type FuzzyDate } from '../write/compile.js';
import { sourceKeyOf, storeSource, type Author } from './curation.js';

/** Who an ingestion from the command line writes as (the API's `ingestDocument` names its caller). */
export const INGEST_AUTHOR: Author = { name: 'ingest', role: 'admin' };

export const proposalStatuses = ['PENDING', 'ACCEPTED', 'MERGED', 'REJECTED'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** A proposal's key: its document, kind and words. A rerun of any rule set proposes the same key again. */
export function proposalKeyOf(documentKey: string, p: Pick<Proposal, 'kind' | 'start' | 'end'>): string {
  return `prop-${createHash('sha256').update(`${documentKey}|${p.kind}|${p.start}|${p.end}`).digest('hex').slice(0, 20)}`;
}

/** The publication date when none is known: no later than the day the document arrived. */
function unknownPublication(today: string): FuzzyDate {
  return {
    precision: 'RANGE',
    latest: today,
    inferred: true,
    inference: `Neither the document nor the person ingesting it gave a date; it existed on ${today}, the day it was ingested.`,
  };
}

/** The properties of a document's Source node: those of the seed's sources, and how it came in. */
export function sourceProps(key: string, doc: PreparedDocument, today: string): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: key,
    name: doc.title,
    title: doc.title,
    titleInferred: doc.titleInferred,
    publisher: doc.publisher,
    file: doc.fileName,
    content: doc.text,
    contentHash: doc.contentHash,
    mediaType: doc.mediaType,
    encoding: doc.encoding,
    url: doc.url,
    ...flattenDate('published', doc.published ?? unknownPublication(today)),
  };
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

export interface StoredDocument {
  key: string;
  /** False when a document with the same text was already there (then nothing of it changed). */
  created: boolean;
  proposalsAdded: number;
  proposalsTotal: number;
}

function proposalRow(documentKey: string, engine: string, p: Proposal) {
  return {
    id: proposalKeyOf(documentKey, p),
    props: {
      documentId: documentKey,
      // For Neo4j Browser, where analysts may look at the queue: the kind and the first words.
      name: `${p.kind}: ${p.quote.length > 60 ? `${p.quote.slice(0, 57)}...` : p.quote}`,
      kind: p.kind,
      rule: `${engine}:${p.rule}`,
      quote: p.quote,
      start: neo4j.int(p.start),
      end: neo4j.int(p.end),
      confidence: p.confidence,
      entityKey: p.entity ?? null,
      fulfils: p.fulfils ?? null,
      date: p.date ? JSON.stringify(p.date) : null,
      record: p.record ? JSON.stringify(p.record) : null,
    },
  };
}

async function mergeProposals(tx: ManagedTransaction, documentKey: string, engine: string, proposals: Proposal[]) {
  const batch = randomUUID();
  const res = await tx.run(
    `UNWIND $rows AS row
     MERGE (p:Proposal {id: row.id})
     ON CREATE SET p += row.props, p.status = 'PENDING', p.createdAt = datetime(), p.batch = $batch
     WITH p, p.batch = $batch AS added
     REMOVE p.batch
     RETURN count(CASE WHEN added THEN 1 END) AS added`,
    { rows: proposals.map((p) => proposalRow(documentKey, engine, p)), batch },
  );
  const total = await tx.run(`MATCH (p:Proposal {documentId: $doc}) RETURN count(p) AS n`, { doc: documentKey });
  return { added: Number(res.records[0]!.get('added')), total: Number(total.records[0]!.get('n')) };
}

/**
 * Stores a document and its proposals in one transaction. A document whose text is already held
 * (by hash, seed sources included) keeps its node and key; its proposals are merged all the same,
 * so a rerun after the rules change adds only proposals that are new.
 */
export async function storeDocument(
  driver: Driver,
  database: string,
  doc: PreparedDocument,
  engine: string,
  proposalsFor: (key: string) => Proposal[],
  author: Author = INGEST_AUTHOR,
): Promise<StoredDocument> {
  const today = new Date().toISOString().slice(0, 10);
  const key = sourceKeyOf(doc.contentHash);
  const props = {
    ...sourceProps(key, doc, today),
    id: key,
    contentHash: doc.contentHash,
    ingestedAt: neo4j.types.DateTime.fromStandardDate(new Date()),
  };
  let proposals = { added: 0, total: 0 };
  // The Source is written as addSource writes it (one revision, or none when the text is held).
  const outcome = await storeSource(driver, database, props, author, {
    reason: `ingestDocument: ${doc.title}`,
    input: { contentHash: doc.contentHash, title: doc.title },
    async alongside(tx, key) {
      proposals = await mergeProposals(tx, key, engine, proposalsFor(key));
    },
  });
  const stored = outcome.result!;
  return { key: stored.key, created: stored.created, proposalsAdded: proposals.added, proposalsTotal: proposals.total };
}

/** Extracts a stored document again (after the rules change): new proposals only. */
export async function addProposals(
  driver: Driver,
  database: string,
  documentKey: string,
  engine: string,
  proposals: Proposal[],
): Promise<{ added: number; total: number }> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => mergeProposals(tx, documentKey, engine, proposals));
  } finally {
    await session.close();
  }
}

const LEXICON_LABELS = ['Person', 'Organisation', 'Post', 'Document', 'Legislation', 'Initiative'];

/** What extraction matches against: named entities with their aliases, and obligations not yet fulfilled. */
export async function readGraphView(driver: Driver, database: string): Promise<GraphView> {
  const { records: entities } = await driver.executeQuery(
    `MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels)
     RETURN n.id AS key, [l IN labels(n) WHERE NOT l IN ['Entity', 'Actor', 'Document', 'Event']][0] AS type,
            [n.name] + coalesce(n.aliases, []) AS names`,
    { labels: LEXICON_LABELS },
    { database, routing: 'READ' },
  );
  const { records: open } = await driver.executeQuery(
    `MATCH (o:Obligation) WHERE NOT EXISTS { ()-[:FULFILS]->(o) }
     RETURN o.id AS key, o.name AS name, coalesce(o.action, o.name) AS action,
            COLLECT { MATCH (b:Entity)-[:BEARS]->(o) RETURN b.id } AS bearers`,
    {},
    { database, routing: 'READ' },
  );
  return {
    entities: entities.map((r) => ({ key: r.get('key'), type: r.get('type') as NodeType, names: r.get('names') })),
    openObligations: open.map((r) => ({
      key: r.get('key'),
      name: r.get('name'),
      action: r.get('action'),
      bearers: r.get('bearers'),
    })),
  };
}

/** The keys of every document extraction can run over again (ingested and seed sources alike). */
export async function documentKeys(driver: Driver, database: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Source) RETURN s.id AS key ORDER BY key`,
    {},
    { database, routing: 'READ' },
  );
  return records.map((r) => r.get('key') as string);
}

/** A document as extraction needs it. */
export async function readDocument(
  driver: Driver,
  database: string,
  key: string,
): Promise<{ key: string; text: string; published?: FuzzyDate } | null> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Source {id: $key}) RETURN s.content AS text, s{.publishedPrecision, .publishedEarliest, .publishedLatest, .publishedText, .publishedValue} AS p`,
    { key },
    { database, routing: 'READ' },
  );
  const r = records[0];
  if (!r) return null;
  const p = r.get('p') as Record<string, unknown>;
  const day = (v: unknown) => (v ? String(v) : undefined);
  return {
    key,
    text: r.get('text') as string,
    published: {
      precision: p.publishedPrecision as FuzzyDate['precision'],
      earliest: day(p.publishedEarliest),
      latest: day(p.publishedLatest),
      value: day(p.publishedValue),
      text: day(p.publishedText),
      inferred: false,
    },
  };
}

// ------------------------------------------------------------------ the review queue

export interface ProposalRecord {
  id: string;
  documentId: string;
  kind: ProposalKind;
  rule: string;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  status: ProposalStatus;
  entityKey: string | null;
  fulfils: string | null;
  date: FuzzyDate | null;
  record: Proposal['record'] | null;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  resultKey: string | null;
}

const PROPOSAL = `p{.*, createdAt: toString(p.createdAt), decidedAt: toString(p.decidedAt)}`;

function toProposal(raw: Record<string, unknown>): ProposalRecord {
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : null);
  return {
    ...(raw as unknown as ProposalRecord),
    start: Number(raw.start),
    end: Number(raw.end),
    date: json(raw.date),
    record: json(raw.record),
    entityKey: (raw.entityKey as string) ?? null,
    fulfils: (raw.fulfils as string) ?? null,
    decidedAt: (raw.decidedAt as string) ?? null,
    decidedBy: (raw.decidedBy as string) ?? null,
    reason: (raw.reason as string) ?? null,
    resultKey: (raw.resultKey as string) ?? null,
  };
}

export interface ProposalFilter {
  document?: string;
  status?: ProposalStatus[];
  kind?: ProposalKind[];
}

/** One page of proposals in document and text order, with the total when asked for. */
export async function listProposals(
  driver: Driver,
  database: string,
  f: ProposalFilter,
  offset: number,
  first: number,
): Promise<{ nodes: ProposalRecord[]; total: number; hasMore: boolean; documentFound: boolean }> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (p:Proposal)
       WHERE ($doc IS NULL OR p.documentId = $doc) AND ($status IS NULL OR p.status IN $status) AND ($kind IS NULL OR p.kind IN $kind)
       RETURN count(p) AS total
     }
     CALL () {
       MATCH (p:Proposal)
       WHERE ($doc IS NULL OR p.documentId = $doc) AND ($status IS NULL OR p.status IN $status) AND ($kind IS NULL OR p.kind IN $kind)
       WITH p ORDER BY p.documentId, p.start, p.end, p.kind SKIP $offset LIMIT $limit
       RETURN collect(${PROPOSAL}) AS nodes
     }
     RETURN total, nodes, $doc IS NULL OR EXISTS { MATCH (:Source {id: $doc}) } AS documentFound`,
    {
      doc: f.document ?? null,
      status: f.status?.length ? f.status : null,
      kind: f.kind?.length ? f.kind : null,
      offset: neo4j.int(offset),
      limit: neo4j.int(first + 1),
    },
    { database, routing: 'READ' },
  );
  const row = records[0]!;
  const nodes = (row.get('nodes') as Record<string, unknown>[]).map(toProposal);
  return {
    nodes: nodes.slice(0, first),
    total: Number(row.get('total')),
    hasMore: nodes.length > first,
    documentFound: row.get('documentFound') === true,
  };
}

export async function proposalByKey(driver: Driver, database: string, id: string): Promise<ProposalRecord | null> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Proposal {id: $id}) RETURN ${PROPOSAL} AS p`,
    { id },
    { database, routing: 'READ' },
  );
  return records[0] ? toProposal(records[0].get('p')) : null;
}

/**
 * Records a decision on a pending proposal inside `tx`; false when it was no longer pending (a
 * second reviewer was first), so the caller's writes roll back with it.
 */
export async function recordDecision(
  tx: ManagedTransaction,
  id: string,
  status: Exclude<ProposalStatus, 'PENDING'>,
  fields: { reason?: string | null; decidedBy?: string | null; resultKey?: string | null },
): Promise<boolean> {
  const res = await tx.run(
    `MATCH (p:Proposal {id: $id}) WHERE p.status = 'PENDING'
     SET p.status = $status, p.decidedAt = datetime(), p.reason = $reason, p.decidedBy = $by, p.resultKey = $result
     RETURN p.id AS id`,
    { id, status, reason: fields.reason ?? null, by: fields.decidedBy ?? null, result: fields.resultKey ?? null },
  );
  return res.records.length === 1;
}

/** The labels of existing entities, by key: link ends are checked against the model with them. */
export async function typesOf(tx: ManagedTransaction, keys: string[]): Promise<Map<string, NodeType>> {
  const res = await tx.run(
    `UNWIND $keys AS key MATCH (n:Entity {id: key})
     RETURN key, [l IN labels(n) WHERE NOT l IN ['Entity', 'Actor', 'Document', 'Event']][0] AS type`,
    { keys },
  );
  return new Map(res.records.map((r) => [r.get('key') as string, r.get('type') as NodeType]));
}

/** Adds a name to an entity's aliases (a merged candidate's words), once. */
export async function addAlias(tx: ManagedTransaction, key: string, alias: string): Promise<void> {
  await tx.run(
    `MATCH (n:Entity {id: $key})
     WITH n, coalesce(n.aliases, []) AS known WHERE n.name <> $alias AND NOT $alias IN known
     SET n.aliases = known + $alias, n.aliasesText = reduce(t = '', a IN known + $alias | t + CASE t WHEN '' THEN '' ELSE ' | ' END + a)`,
    { key, alias },
  );
}

/** Thrown when a decision finds the proposal already decided: the transaction is rolled back. */
export class AlreadyDecided extends Error {}

/** A decision that writes nothing else (a rejection, an accepted date), in a transaction of its own. */
export async function decideAlone(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<void>,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** Keys of existing entities and their types, for checking a link's ends before writing it. */
export async function entityTypes(driver: Driver, database: string, keys: string[]): Promise<Map<string, NodeType>> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => typesOf(tx, keys));
  } finally {
    await session.close();
  }
}
