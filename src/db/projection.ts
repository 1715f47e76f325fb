// The one way this API reads what lies around a node: a plan (what a query selects, made by
// src/resolvers/lookahead.ts) compiled into one Cypher projection with nested COLLECT subqueries,
// and the rows decoded back into records. Root lists, search and lookups by id all use it, so a
// query's links, statuses, evidence and referenced nodes come in the round trip of its root
// field. Only names from the model's fixed lists and the schema reach the text (checked here);
// days, keys and limits are parameters.
import neo4j from 'neo4j-driver';
import { endsOf, isNodeType, isPermanent, nodeTypes, relTypes, type NodeType } from '../model.js';
import type { Database } from './driver.js';
import { FAMILY_LABELS, isDateProperty, NODE, nodeOf, nodeParams, plain, toNode } from './values.js';
import { statedLinks } from './findings.js';
import type { AnyNodeRecord } from './nodeRecords.js';
import type { LinkRecord, RelRecord } from './records.js';
import { passages } from './sources.js';
import { neoDate, statusAsOf, type ObligationStatus } from './status.js';

/** One relationship a link follows. */
export interface Relation {
  rel: string;
  dir: 'out' | 'in';
  /** Only far ends with this label (a node type or a family). */
  target?: string;
}

/** Where a link's far ends come from. */
export type LinkSource =
  /** Relationships of one or several types; several are merged, each type's links in turn. */
  | { kind: 'follow'; relations: Relation[] }
  /** STATES links, direct and derived through statements and documents (findings.ts). */
  | { kind: 'stated'; dir: 'out' | 'in' }
  /** A source's passages in text order (sources.ts). */
  | { kind: 'passages' };

/** What one link field fetches: which links, how many. Its key names it in `__links`. */
export interface LinkQuery {
  source: LinkSource;
  limit: number;
}

/** Names one LinkQuery: where a resolver finds its links in the parent's `__links`. */
export function linkKey(q: LinkQuery): string {
  const s = q.source;
  const what =
    s.kind === 'follow'
      ? s.relations.map((r) => `${r.rel}|${r.dir}|${r.target ?? ''}`).join('+')
      : `${s.kind}|${'dir' in s ? s.dir : ''}`;
  return `${what}|${q.limit}`;
}

/**
 * What a query reads of the nodes at one level: the properties its fields read (id and type
 * always come), the links below, the days it asks an obligation's status on, and the nodes its
 * properties name by id (a fuzzy date's `relativeTo`).
 */
export interface NodePlan {
  props: string[];
  links: LinkPlan[];
  statusAsOf: string[];
  refs: RefPlan[];
  /**
   * Retracted links and nodes too (the root field's `includeRetracted`, carried by every plan
   * below it). Otherwise a retracted fact is not there: links skip retracted relationships and
   * `Retracted` far ends, and nodes by id skip `Retracted` nodes.
   */
  includeRetracted?: boolean;
}

/** Links fetched with their parent: a resolver finds them under `key` in the parent's `__links`. */
export interface LinkPlan extends LinkQuery {
  key: string;
  /** The relationship properties the query reads (evidence, dates, role...); 'all' for every one. */
  relProps: string[] | 'all';
  /** Nodes the relationship names by id (its evidence, the post of its capacity). */
  relRefs: RefPlan[];
  node: NodePlan;
}

/** The nodes whose ids a property holds (one id or a list), in its order, found in `__refs[prop]`. */
export interface RefPlan {
  prop: string;
  /** The property holds a list of ids (else one id). */
  many: boolean;
  /** Only nodes with this label. */
  label: string;
  node: NodePlan;
}

/** A plan that reads a node's id and type only. */
export const BARE: NodePlan = { props: [], links: [], statusAsOf: [], refs: [] };
/** BARE, for a node that may be retracted. */
export const BARE_WITH_RETRACTED: NodePlan = { ...BARE, includeRetracted: true };

function assertRelType(type: string): void {
  if (!endsOf(type)) throw new Error(`not a model relationship type: ${type}`);
}
function assertLabel(label: string): void {
  if (!isNodeType(label) && !FAMILY_LABELS.includes(label)) throw new Error(`not a model label: ${label}`);
}

/**
 * The order of every followed list: by the far end's date (an event's, a document's issue, a
 * passage's offset), then name, then key. Only the date properties the far end's possible types
 * have are read: the others are null there, so the order is the same, and every property read
 * is a database hit per far node (a page of obligations sorts its bearers, notices, evidence...).
 */
function farOrder(to: string, relations: Relation[] = []): string {
  const dates = relations.length ? [...new Set(relations.flatMap(farDates))] : FAR_DATES.map(([p]) => p);
  const day =
    dates.length > 1 ? `coalesce(${dates.map((d) => `${to}.${d}`).join(', ')})` : dates[0] && `${to}.${dates[0]}`;
  return `${day ? `${day}, ` : ''}${to}.name, ${to}.id`;
}

/** Which far ends carry which date, in the order farOrder prefers them. */
const FAR_DATES: [string, (t: NodeType) => boolean][] = [
  ['dateEarliest', (t) => nodeTypes[t] === 'Event'],
  ['issuedEarliest', (t) => nodeTypes[t] === 'Document'],
  ['start', (t) => t === 'Evidence'],
];

/** The node types the far ends of one relation may have (by the model), worked out once per relation. */
const farTypesOf = new Map<string, NodeType[]>();
function farTypes(q: Relation): NodeType[] {
  const key = `${q.rel}|${q.dir}|${q.target ?? ''}`;
  let types = farTypesOf.get(key);
  if (!types) {
    const ends = endsOf(q.rel) ?? [];
    const far = new Set<NodeType>(ends.flatMap(([from, to]) => [...(q.dir === 'out' ? to : from)] as NodeType[]));
    const fits = (t: NodeType) => !q.target || t === q.target || nodeTypes[t] === q.target;
    farTypesOf.set(key, (types = [...far].filter(fits)));
  }
  return types;
}

/** The date properties the far ends of one relation may have, worked out once per relation. */
const farDatesOf = new Map<string, string[]>();
function farDates(q: Relation): string[] {
  const key = `${q.rel}|${q.dir}|${q.target ?? ''}`;
  let dates = farDatesOf.get(key);
  if (!dates) {
    const types = farTypes(q);
    // A relation the model does not describe (none should reach here) keeps every date.
    dates = FAR_DATES.filter(([, has]) => !endsOf(q.rel) || types.some(has)).map(([p]) => p);
    farDatesOf.set(key, dates);
  }
  return dates;
}

/**
 * The one node type every far end of a link has, when the model allows only one (a passage is an
 * Evidence node, its source a Source): its type is then written into the statement rather than
 * read from each node's labels, a database hit and a filtered list per node (a page of obligations
 * with their evidence: 1,689 → 1,626 db hits; BENCHMARKS.md, tenth run).
 */
function farTypeOf(s: LinkSource): NodeType | undefined {
  if (s.kind === 'passages') return 'Evidence';
  if (s.kind !== 'follow') return undefined;
  const types = new Set(s.relations.flatMap(farTypes));
  return types.size === 1 ? [...types][0] : undefined;
}

const isMerged = (s: LinkSource) => s.kind === 'follow' && s.relations.length > 1;

/**
 * The condition leaving out retracted links of one relation and retracted far ends, for what can
 * be retracted: a passage's links to what it states and to its source are structural, and
 * sources and passages stay (model.ts), so a page of obligations does not test its evidence (a
 * property and a label read per passage and per source: 1,542 → 1,458 db hits; BENCHMARKS.md).
 */
function assertedOnly(q: Relation, r: string, to: string): string {
  const far = farTypes(q);
  const tests = [
    ...(Object.hasOwn(relTypes, q.rel) ? [`NOT coalesce(${r}.retracted, false)`] : []),
    ...(far.length && far.every(isPermanent) ? [] : [`NOT ${to}:Retracted`]),
  ];
  return tests.length ? ` WHERE ${tests.join(' AND ')}` : '';
}

/** Cypher binding `r` and `to` to the links of `s` from `from`, in order (before LIMIT); `hide`: asserted ones only. */
function linksMatch(s: LinkSource, from: string, r: string, to: string, hide: boolean): string {
  if (s.kind === 'stated') return statedLinks(s.dir, from, r, to, hide);
  if (s.kind === 'passages') return `${passages(from, to)} WITH null AS ${r}, ${to} ORDER BY ${to}.start`;
  const patterns = s.relations.map((q) => {
    assertRelType(q.rel);
    if (q.target) assertLabel(q.target);
    const arrow = q.dir === 'out' ? `-[${r}:${q.rel}]->` : `<-[${r}:${q.rel}]-`;
    const asserted = hide ? assertedOnly(q, r, to) : '';
    return `MATCH (${from})${arrow}(${to}${q.target ? `:${q.target}` : ''})${asserted}`;
  });
  if (patterns.length === 1) return `${patterns[0]} WITH ${r}, ${to} ORDER BY ${farOrder(to, s.relations)}`;
  // Merged: each relationship type's links in turn, as if the lists were joined end to end.
  const branch = `${r}b`;
  const union = patterns.map((m, i) => `${m} RETURN ${r}, ${to}, ${i} AS ${branch}`).join(' UNION ALL ');
  return `CALL (${from}) { ${union} } WITH ${r}, ${to}, ${branch} ORDER BY ${branch}, ${farOrder(to, s.relations)}`;
}

/**
 * The properties `names` of `v`, in order, written out (names from the schema and the planner's
 * fixed lists, checked here). Dates come as ISO text made by Neo4j: the driver decodes a date
 * with 64-bit integer arithmetic on objects, which made half of what a page of obligations
 * allocated (BENCHMARKS.md, tenth run).
 */
function valuesOf(v: string, names: string[]): string {
  const values = names.map((k) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) throw new Error(`not a property name: ${k}`);
    return isDateProperty(k) ? `toString(${v}.${k})` : `${v}.${k}`;
  });
  return `[${values.join(', ')}]`;
}

/** Adds a parameter under a fresh name and returns the name. */
function param(params: Record<string, unknown>, value: unknown): string {
  const name = `p${Object.keys(params).length}`;
  params[name] = value;
  return name;
}

/** The nodes labelled `label` whose ids `holder[prop]` holds (one id or a list), projected. */
function refsOf(holder: string, refs: RefPlan[], params: Record<string, unknown>, depth: number): string {
  const m = `m${depth}`;
  const items = refs.map((ref) => {
    assertLabel(ref.label);
    // A name from the planner's fixed lists (a link's `evidence`, a fuzzy date's `…RelativeTo`),
    // written out so that Neo4j sees which property it matches ids with.
    if (!/^[A-Za-z]+$/.test(ref.prop)) throw new Error(`not a property name: ${ref.prop}`);
    const value = `${holder}.${ref.prop}`;
    const match = ref.many
      ? `MATCH (${m}:${ref.label}) WHERE ${m}.id IN ${value}`
      : `MATCH (${m}:${ref.label} {id: ${value}})`;
    const known = isNodeType(ref.label) ? ref.label : undefined;
    return `COLLECT { ${match} RETURN ${projection(m, ref.node, params, depth + 1, known)} }`;
  });
  return `[${items.join(', ')}]`;
}

/**
 * Projection of node `v` as `plan` reads it: its id and type, the values of the planned
 * properties in plan order (names stay in the plan, so none travels per node), one COLLECT
 * subquery per planned link field and per referenced node, nested, and statuses by day.
 * Without a plan: the whole node. `type`: the one type the caller's match admits for `v` (its
 * label in the MATCH), written in rather than read from the node's labels.
 */
export function projection(
  v: string,
  plan: NodePlan | undefined,
  params: Record<string, unknown>,
  depth = 0,
  type?: NodeType,
): string {
  if (!plan) return `${nodeOf(v)} }`;
  if (type && !isNodeType(type)) throw new Error(`not a node type: ${type}`);
  const r = `r${depth}`;
  const to = `n${depth}`;
  const subqueries = plan.links.map((p) => {
    const limit = param(params, neo4j.int(p.limit));
    const rel = p.relProps === 'all' ? `${r} { .*, seedHash: null, type: type(${r}) }` : valuesOf(r, p.relProps);
    // A derived link's relationship is a map (no type() to call): its type is in the map.
    const relValue = p.source.kind === 'stated' && p.relProps === 'all' ? r : rel;
    const refs = p.relRefs.length ? refsOf(r, p.relRefs, params, depth) : '[]';
    // Merged links differ in type, so each says its own.
    const type = isMerged(p.source) ? `type(${r})` : 'null';
    return `COLLECT { ${linksMatch(p.source, v, r, to, !plan.includeRetracted)} LIMIT $${limit} RETURN [${relValue}, ${projection(to, p.node, params, depth + 1, farTypeOf(p.source))}, ${refs}, ${type}] }`;
  });
  // Keys with a day of knowledge (`day|known`, status.ts statusKey) go as pairs, the rest as days.
  const pairs = plan.statusAsOf
    .map((k) => k.split('|'))
    .map(([d, known]) => [neoDate(d!), known ? neoDate(known) : null]);
  const statuses = !plan.statusAsOf.length
    ? 'null'
    : plan.statusAsOf.some((k) => k.includes('|'))
      ? `CASE WHEN ${v}:Obligation THEN [k IN $${param(params, pairs)} | ${statusAsOf(v, 'k[0]', 'k[1]')}] END`
      : `CASE WHEN ${v}:Obligation THEN [day IN $${param(params, plan.statusAsOf.map(neoDate))} | ${statusAsOf(v, 'day')}] END`;
  const refs = plan.refs.length ? refsOf(v, plan.refs, params, depth) : '[]';
  // A list rather than a map: no key names travel with every node.
  const typeOf = type ? `'${type}'` : `[l IN labels(${v}) WHERE NOT l IN $familyLabels][0]`;
  return `[${v}.id, ${typeOf}, ${valuesOf(v, plan.props)}, [${subqueries.join(', ')}], ${statuses}, ${refs}]`;
}

/** Named properties from a list of values, nulls dropped, temporal values as ISO text. */
function named<T extends Record<string, unknown>>(base: T, names: string[], values: unknown[]): T {
  const out = base as Record<string, unknown>;
  for (let i = 0; i < names.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) out[names[i]!] = plain(v);
  }
  return base;
}

type Projected = [
  id: string,
  type: string,
  values: unknown[],
  links: [rel: unknown, far: Projected, refs: Projected[][], type: string | null][][],
  statuses: ObligationStatus[] | null,
  refs: Projected[][],
];

/** The referenced nodes by property, in the order the holder lists their ids. */
function refsFrom(
  plans: RefPlan[],
  raw: Projected[][],
  holder: Record<string, unknown>,
): Record<string, AnyNodeRecord[]> {
  const out: Record<string, AnyNodeRecord[]> = {};
  plans.forEach((ref, i) => {
    const found = new Map(raw[i]!.map((n) => [n[0], fromProjection(n, ref.node)]));
    const ids = ref.many ? ((holder[ref.prop] as string[] | undefined) ?? []) : [...found.keys()];
    out[ref.prop] = ids.flatMap((id) => found.get(id) ?? []);
  });
  return out;
}

function relFrom(p: LinkPlan, raw: unknown): RelRecord {
  const base = { type: firstRelType(p.source), evidence: [], inferred: false } as unknown as RelRecord;
  if (raw === null) return base;
  if (p.relProps === 'all') return Object.assign(base, plain(raw) as RelRecord);
  return named(base, p.relProps, raw as unknown[]);
}

const firstRelType = (s: LinkSource) =>
  s.kind === 'follow' ? s.relations[0]!.rel : s.kind === 'stated' ? 'STATES' : 'FROM_SOURCE';

/** A node record from `projection`, with what it fetched ahead where the resolvers look for it. */
export function fromProjection(raw: unknown, plan: NodePlan | undefined): AnyNodeRecord {
  if (!plan) return toNode(raw);
  const [id, type, values, links, statuses, refs] = raw as Projected;
  // Partial: the planned properties only (nodeRecords.ts says what a resolver may rely on).
  const node = named({ id, __type: type } as AnyNodeRecord, plan.props, values);
  const fetched: Record<string, LinkRecord[]> = {};
  plan.links.forEach((p, i) => {
    fetched[p.key] = links[i]!.map(([rel, far, relRefs, type]) => {
      const r = relFrom(p, rel);
      if (type) r.type = type;
      if (p.relRefs.length) r.__refs = refsFrom(p.relRefs, relRefs, r);
      return { rel: r, node: fromProjection(far, p.node) };
    });
  });
  node.__links = fetched;
  if (statuses) node.__status = Object.fromEntries(plan.statusAsOf.map((day, i) => [day, statuses[i]!]));
  if (plan.refs.length) node.__refs = refsFrom(plan.refs, refs, node);
  return node;
}

/**
 * Nodes by id, each projected by its plan: the entry point for what no root query fetched
 * ahead (a node by global id, a path's nodes, a parent whose links were not planned). Ids
 * sharing a plan go in one query. A retracted node is null unless the plan includes retracted facts.
 */
export async function nodesByIds(
  db: Database,
  ids: readonly string[],
  plan: NodePlan | undefined,
): Promise<(AnyNodeRecord | null)[]> {
  const params: Record<string, unknown> = { ids, ...nodeParams };
  const node = plan ? projection('n', plan, params) : NODE;
  const asserted = plan?.includeRetracted ? '' : ' WHERE NOT n:Retracted';
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (n:Entity {id: id})${asserted} RETURN id, ${node} AS node`,
    params,
  );
  const byId = new Map(rows.map((r) => [r.id as string, fromProjection(r.node, plan)]));
  // The seed's bookkeeping node is no entity of the model, whatever its labels.
  return ids.map((id) => {
    const n = byId.get(id);
    return n && (n.__type as string) !== 'SeedState' ? n : null;
  });
}
