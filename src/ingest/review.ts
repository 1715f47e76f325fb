// Decisions on proposals. Accepting turns a proposal into a record in the seed's format (its quote
// as evidence at its offsets, its links to entities the graph holds) and validates it with the
// seed's own compiler before anything is written; merging adds a candidate's words to an existing
// entity as an alias and evidence; rejecting records the reason. Each decision is one transaction
// with the status change, and a decided proposal cannot be decided again.
import type { Driver } from 'neo4j-driver';
import { allowedEnds, relTypes, type NodeType } from '../model.js';
import {
  AlreadyDecided,
  entityTypes,
  proposalByKey,
  readDocument,
  rejectPending,
  writeAcceptedRecord,
  type ProposalRecord,
} from '../db/ingest.js';
import { compileRecords, evidenceNode, flattenDate, type CompiledNode, type CompiledRel } from '../write/compile.js';
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

/** Validates a record with the seed's compiler and its links against the model and the graph. */
async function compile(
  driver: Driver,
  database: string,
  p: ProposalRecord,
  record: Record<string, unknown>,
  links: ProposedLink[],
): Promise<{ nodes: CompiledNode[]; rels: CompiledRel[] }> {
  const doc = await readDocument(driver, database, p.documentId);
  if (!doc) throw new ReviewError('NOT_FOUND', `The proposal's document "${p.documentId}" is not in the graph.`);
  const compiled = compileRecords({
    sources: {
      file: 'document',
      records: [{ id: p.documentId, file: 'document', title: 'document', published: { precision: 'RANGE' } }],
    },
    sourceText: () => doc.text,
    facts: [{ file: 'proposal', records: [record] }],
  });
  if (compiled.errors.length) throw new ReviewError('INVALID_RECORD', compiled.errors.map((e) => e.message).join('; '));
  const id = record.id as string;
  const type = record.type as NodeType;
  const types = await entityTypes(
    driver,
    database,
    links.map((l) => l.key),
  );
  const nodes = compiled.nodes.filter((n) => !n.labels.includes('Source'));
  const rels = [...compiled.rels];
  for (const l of links) {
    const other = types.get(l.key);
    const [from, to] = l.dir === 'out' ? [id, l.key] : [l.key, id];
    const [fromType, toType] = l.dir === 'out' ? [type, other] : [other, type];
    if (!other || !(l.rel in relTypes) || !allowedEnds(l.rel, fromType!, toType!)) continue; // a link the graph cannot hold is left out
    const ev = evidenceNode(p.documentId, doc.text.slice(l.start, l.end), l.start);
    if (!nodes.some((n) => n.id === ev.id)) {
      nodes.push(ev);
      rels.push({
        id: `${ev.id}|FROM_SOURCE|${p.documentId}`,
        type: 'FROM_SOURCE',
        from: ev.id,
        to: p.documentId,
        props: {},
        hash: '',
      });
    }
    const relId = `${from}|${l.rel}|${to}`;
    if (!rels.some((r) => r.id === relId))
      rels.push({
        id: relId,
        type: l.rel,
        from,
        to,
        // A link's own date (a fulfilment's day) is what an obligation's status reads.
        props: {
          id: relId,
          evidence: [ev.id],
          inferred: false,
          ...(l.date ? withoutNulls(flattenDate('date', l.date)) : {}),
        },
        hash: '',
      });
  }
  return { nodes, rels };
}

const withoutNulls = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v != null));

function decided(err: unknown, id: string): never {
  if (err instanceof AlreadyDecided)
    throw new ReviewError('ALREADY_DECIDED', `Proposal "${id}" was decided by someone else meanwhile.`);
  throw err;
}

/** Accepts a proposal, optionally edited: writes its record (or, for a mention, its evidence). */
export async function acceptProposal(
  driver: Driver,
  database: string,
  id: string,
  edit: ProposalEdit | undefined,
  decidedBy: string | null,
): Promise<Decision> {
  const p = await pending(driver, database, id);
  let resultKey: string | null = null;
  let compiled: { nodes: CompiledNode[]; rels: CompiledRel[] } = { nodes: [], rels: [] };
  if (p.kind === 'ENTITY' && p.entityKey) {
    // A mention of a known entity: the passage becomes more evidence of it.
    resultKey = p.entityKey;
    compiled = await evidenceFor(driver, database, p, p.entityKey);
  } else if (p.kind === 'DATE') {
    // A date is written with the record it dates; accepting one on its own confirms its reading.
    resultKey = null;
  } else {
    const { record, links } = recordOf(p, edit);
    compiled = await compile(driver, database, p, record, links);
    resultKey = record.id as string;
  }
  await writeAcceptedRecord(driver, database, id, compiled, { resultKey: resultKey ?? '', decidedBy }).catch((e) =>
    decided(e, id),
  );
  return { proposal: (await proposalByKey(driver, database, id))!, resultKey };
}

async function evidenceFor(driver: Driver, database: string, p: ProposalRecord, key: string) {
  const types = await entityTypes(driver, database, [key]);
  if (!types.has(key)) throw new ReviewError('NOT_FOUND', `No entity has the key "${key}".`);
  const ev = evidenceNode(p.documentId, p.quote, p.start);
  return {
    nodes: [ev],
    rels: [
      {
        id: `${ev.id}|FROM_SOURCE|${p.documentId}`,
        type: 'FROM_SOURCE',
        from: ev.id,
        to: p.documentId,
        props: {},
        hash: '',
      },
      {
        id: `${key}|EVIDENCED_BY|${ev.id}`,
        type: 'EVIDENCED_BY',
        from: key,
        to: ev.id,
        props: { id: `${key}|EVIDENCED_BY|${ev.id}` },
        hash: '',
      },
    ],
  };
}

/** Merges a candidate into an entity the graph holds: its words become an alias and evidence of it. */
export async function mergeProposal(
  driver: Driver,
  database: string,
  id: string,
  into: string,
  decidedBy: string | null,
): Promise<Decision> {
  const p = await pending(driver, database, id);
  if (p.kind !== 'ENTITY')
    throw new ReviewError('BAD_USER_INPUT', `Only entity proposals can be merged; this one is ${p.kind}.`);
  const compiled = await evidenceFor(driver, database, p, into);
  const alias = p.record?.name && !p.entityKey ? { key: into, name: p.record.name } : undefined;
  await writeAcceptedRecord(driver, database, id, compiled, { resultKey: into, decidedBy, alias }, 'MERGED').catch(
    (e) => decided(e, id),
  );
  return { proposal: (await proposalByKey(driver, database, id))!, resultKey: into };
}

export async function rejectProposal(
  driver: Driver,
  database: string,
  id: string,
  reason: string,
  decidedBy: string | null,
): Promise<Decision> {
  if (!reason.trim()) throw new ReviewError('BAD_USER_INPUT', 'A rejection needs a reason.');
  await pending(driver, database, id);
  await rejectPending(driver, database, id, reason.trim(), decidedBy).catch((e) => decided(e, id));
  return { proposal: (await proposalByKey(driver, database, id))!, resultKey: null };
}
