// Driver values to plain records: the one place a Neo4j value becomes what resolvers receive
// (temporal values as ISO text, nulls dropped), and the projection of a whole node.
import neo4j from 'neo4j-driver';
import type { AnyNodeRecord } from './nodeRecords.js';
import type { RelRecord } from './records.js';
import { FUZZY_FIELDS } from '../write/compile.js';
import { KNOWN_STAMPS } from './known.js';

export const FAMILY_LABELS = ['Entity', 'Actor', 'Document', 'Event'];

/**
 * Projection of node variable `v` to a NodeRecord. A source's full text (`content`) and the
 * search-only `aliasesText` are left out: every list and link would carry them for nothing
 * (a query that selects Source.content plans it).
 */
export const nodeOf = (v: string) =>
  `${v} { .*, seedHash: null, content: null, aliasesText: null, __type: [l IN labels(${v}) WHERE NOT l IN $familyLabels][0]`;
export const NODE = `${nodeOf('n')} }`;
export const nodeParams = { familyLabels: FAMILY_LABELS };

/**
 * Properties stored as Neo4j dates: the bounds of a fuzzy date (src/write/compile.ts flattenDate)
 * and the days facts became known (src/db/known.ts).
 */
const DATE_PROPERTIES = new Set([...FUZZY_FIELDS.flatMap((f) => [`${f}Earliest`, `${f}Latest`]), ...KNOWN_STAMPS]);
export const isDateProperty = (name: string) => DATE_PROPERTIES.has(name);

const isTemporal = (v: object) => neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isDuration(v);

/** Neo4j temporal values to ISO strings, nulls dropped; everything else is already plain (lossless ints off). */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (isTemporal(value)) return String(value);
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== null) out[k] = plain(v);
  }
  return out;
}

/** A node's record, typed by its label (`__type`): the one place a driver value becomes a typed record. */
export function toNode(raw: unknown): AnyNodeRecord {
  return plain(raw) as AnyNodeRecord;
}

export function toRel(raw: unknown): RelRecord {
  const r = plain(raw) as RelRecord;
  r.evidence ??= [];
  r.inferred ??= false;
  return r;
}
