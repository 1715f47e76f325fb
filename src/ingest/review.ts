// Decisions on proposals. Accepting turns a proposal into a record in the seed's format (its quote
// as evidence at its offsets, its links to entities the graph holds) and writes it through the
// curation write path (src/db/curation.ts assertFacts): the seed's validation, one revision
// attributed to the reviewer. Merging adds a candidate's words to an existing entity as an alias
// and evidence, the same way; rejecting records the reason. The status change is in the same
// transaction as the write, and a decided proposal cannot be decided again.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { allowedEnds, relTypes, type NodeType } from '../model.js';
import { assertFacts, type Author, type RevisionRecord } from '../db/curation.js';
import {
  addAlias,
  AlreadyDecided,
  decideAlone,
  entityTypes,
  proposalByKey,
  readDocument,
  recordDecision,
  type ProposalRecord,
} from '../db/ingest.js';
import type { ProposedLink } from '../extract/types.js';

export class ReviewError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'ALREADY_DECIDED' | 'INVALID_RECORD' | 'BAD_USER_INPUT',
    message: string,
  ) {
    super(message);
  }
}

/** A reviewer's changes to what a proposal would write. */
export interface ProposalEdit {
  name?: string | null;
  /** Replaces or adds properties of the record (seed format: `due`, `action`, `kind`, ...). */
  props?: Record<string, unknown> | null;
}

export interface Decision {
  proposal: ProposalRecord;
  /** The key of the entity the decision wrote or added to, if any. */
  resultKey: string | null;
  /** The revision written: none for a rejection, an accepted date, or a write that changed nothing. */
  revision: RevisionRecord | null;
}

async function pending(driver: Driver, database: string, id: string): Promise<ProposalRecord> {
  const p = await proposalByKey(driver, database, id);
  if (!p) throw new ReviewError('NOT_FOUND', `No proposal has the id "${id}".`);
  if (p.status !== 'PENDING')
    throw new ReviewError('ALREADY_DECIDED', `Proposal "${id}" was already decided (${p.status}).`);
  return p;
}

const slug = (type: string) => type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/** The record a proposal stands for, in the seed's format, with the links kept apart. */
function recordOf(p: ProposalRecord, edit?: ProposalEdit): { record: Record<string, unknown>; links: ProposedLink[] } {
  const draft =
    p.kind === 'FULFILMENT' && p.fulfils
      ? {
          type: 'Statement' as const,
          name: `Reported fulfilment: ${p.quote.slice(0, 80)}`,
          props: { text: p.quote, ...(p.date ? { date: p.date } : {}) },
          links: [
            {
              rel: 'FULFILS' as const,
              dir: 'out' as const,
              key: p.fulfils,
              start: p.start,
              end: p.end,
              ...(p.date ? { date: p.date } : {}),
            },
          ],
        }
      : p.record;
  if (!draft) throw new ReviewError('BAD_USER_INPUT', `A ${p.kind} proposal has no record of its own to accept.`);
  const id = `${slug(draft.type)}-${p.id.slice(5, 17)}`;
  const record = {
    id,
    type: draft.type,
    name: edit?.name?.trim() || draft.name,
    ...draft.props,
    ...(edit?.props ?? {}),
    evidence: [{ source: p.documentId, quote: p.quote, at: p.start }],
  };
  return { record, links: draft.links };
}

/** A link the extractor proposed, in the seed's format, its passage quoted at its offsets. */
function linkRecord(documentKey: string, text: string, l: ProposedLink) {
  return {
    rel: l.rel,
    ...(l.dir === 'out' ? { to: l.key } : { from: l.key }),
    evidence: [{ source: documentKey, quote: text.slice(l.start, l.end), at: l.start }],
    // A link's own date (a fulfilment's day) is what an obligation's status reads.
    ...(l.date ? { date: l.date } : {}),
  };
}

/** The record with the links the graph can hold: both ends exist and the model allows the pair. */
async function withLinks(
  driver: Driver,
  database: string,
  p: ProposalRecord,
  record: Record<string, unknown>,
  links: ProposedLink[],
): Promise<Record<string, unknown>> {
  const doc = await readDocument(driver, database, p.documentId);
  if (!doc) throw new ReviewError('NOT_FOUND', `The proposal's document "${p.documentId}" is not in the graph.`);
  const type = record.type as NodeType;
  const types = await entityTypes(
    driver,
    database,
    links.map((l) => l.key),
  );
  const kept = links.filter((l) => {
    const other = types.get(l.key);
    const [fromType, toType] = l.dir === 'out' ? [type, other] : [other, type];
    return other && l.rel in relTypes && allowedEnds(l.rel, fromType!, toType!);
  });
  return { ...record, links: kept.map((l) => linkRecord(p.documentId, doc.text, l)) };
}

function decided(err: unknown, id: string): never {
  if (err instanceof AlreadyDecided)
    throw new ReviewError('ALREADY_DECIDED', `Proposal "${id}" was decided by someone else meanwhile.`);
  throw err;
}

/** Where a passage of a proposal's document is cited as evidence. */
const evidenceOf = (p: ProposalRecord) => [{ source: p.documentId, quote: p.quote, at: p.start }];

/**
 * Writes records through the curation write path (assertFacts: the seed's validation, one
 * revision attributed to the reviewer), the decision on the proposal in the same transaction.
 */
async function writeDecided(
  driver: Driver,
  database: string,
  p: ProposalRecord,
  records: Record<string, unknown>[],
  reviewer: Author,
  decision: { status: 'ACCEPTED' | 'MERGED'; resultKey: string | null; alias?: { key: string; name: string } },
): Promise<RevisionRecord | null> {
  const decide = async (tx: ManagedTransaction) => {
    if (!(await recordDecision(tx, p.id, decision.status, { resultKey: decision.resultKey, decidedBy: reviewer.name })))
      throw new AlreadyDecided(p.id);
    if (decision.alias) await addAlias(tx, decision.alias.key, decision.alias.name);
  };
  const reason = `${decision.status === 'MERGED' ? 'Merged' : 'Accepted'} proposal ${p.id} (${p.rule}) of document ${p.documentId}`;
  if (!records.length) {
    await decideAlone(driver, database, decide).catch((e) => decided(e, p.id));
    return null;
  }
  const outcome = await assertFacts(driver, database, { records, reason }, reviewer, decide).catch((e) =>
    decided(e, p.id),
  );
  return outcome.revision;
}

/** Accepts a proposal, optionally edited: writes its record (or, for a mention, its evidence). */
export async function acceptProposal(
  driver: Driver,
  database: string,
  id: string,
  edit: ProposalEdit | undefined,
  reviewer: Author,
): Promise<Decision> {
  const p = await pending(driver, database, id);
  let resultKey: string | null = null;
  let records: Record<string, unknown>[] = [];
  if (p.kind === 'ENTITY' && p.entityKey) {
    // A mention of a known entity: the passage becomes more evidence of it.
    resultKey = p.entityKey;
    records = [{ id: p.entityKey, evidence: evidenceOf(p) }];
  } else if (p.kind === 'DATE') {
    // A date is written with the record it dates; accepting one on its own confirms its reading.
    resultKey = null;
  } else {
    const { record, links } = recordOf(p, edit);
    records = [await withLinks(driver, database, p, record, links)];
    resultKey = record.id as string;
  }
  const revision = await writeDecided(driver, database, p, records, reviewer, { status: 'ACCEPTED', resultKey });
  return { proposal: (await proposalByKey(driver, database, id))!, resultKey, revision };
}

/** Merges a candidate into an entity the graph holds: its words become an alias and evidence of it. */
export async function mergeProposal(
  driver: Driver,
  database: string,
  id: string,
  into: string,
  reviewer: Author,
): Promise<Decision> {
  const p = await pending(driver, database, id);
  if (p.kind !== 'ENTITY')
    throw new ReviewError('BAD_USER_INPUT', `Only entity proposals can be merged; this one is ${p.kind}.`);
  const types = await entityTypes(driver, database, [into]);
  if (!types.has(into)) throw new ReviewError('NOT_FOUND', `No entity has the key "${into}".`);
  const alias = p.record?.name && !p.entityKey ? { key: into, name: p.record.name } : undefined;
  const revision = await writeDecided(driver, database, p, [{ id: into, evidence: evidenceOf(p) }], reviewer, {
    status: 'MERGED',
    resultKey: into,
    alias,
  });
  return { proposal: (await proposalByKey(driver, database, id))!, resultKey: into, revision };
}

export async function rejectProposal(
  driver: Driver,
  database: string,
  id: string,
  reason: string,
  reviewer: Author,
): Promise<Decision> {
  if (!reason.trim()) throw new ReviewError('BAD_USER_INPUT', 'A rejection needs a reason.');
  await pending(driver, database, id);
  await decideAlone(driver, database, async (tx) => {
    if (!(await recordDecision(tx, id, 'REJECTED', { reason: reason.trim(), decidedBy: reviewer.name })))
      throw new AlreadyDecided(id);
  }).catch((e) => decided(e, id));
  return { proposal: (await proposalByKey(driver, database, id))!, resultKey: null, revision: null };
}
