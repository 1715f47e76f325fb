// Looking ahead from a root field into the query: which relationship fields will be asked for
// below it, so that the data layer fetches their links in the root's own query rather than one
// loader round trip per level. Anything not planned here (a field whose relation differs between
// the types a fragment covers, arguments that do not validate, levels past MAX_DEPTH) is still
// answered by the loaders, so planning only ever saves round trips; it never changes an answer.
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { Planner } from '../context.js';
import { linkKey, type LinkPlan, type LinkQuery, type NodePlan } from '../db/entities.js';
import { today } from '../db/status.js';
import { requestDay } from './asOf.js';
import { isDay } from '../day.js';
import { aheadSpecs, declarations, type AheadSpec } from './relationships.js';

/** Levels of links fetched ahead; deeper fields fall back to the (batched) loaders. */
const MAX_DEPTH = 3;
/** Planned fields per query, so that one Cypher statement stays of a reasonable size. */
const MAX_PLANS = 24;

/** The value of a field's argument as given: literal, variable (already coerced), else undefined. */
function argumentOf(node: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const v = node.arguments?.find((a) => a.name.value === name)?.value;
  if (!v || v.kind === Kind.NULL) return undefined;
  if (v.kind === Kind.VARIABLE) return variables[v.name.value] ?? undefined;
  if (v.kind === Kind.STRING || v.kind === Kind.INT) return v.kind === Kind.INT ? Number(v.value) : v.value;
  return null;
}

/** The value of a field's `first` argument: literal, variable (already coerced) or the schema default. */
function firstOf(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): unknown {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return def.args.find((a) => a.name === 'first')?.defaultValue ?? 20;
  const v = arg.value;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.NULL) return 20;
  if (v.kind === Kind.VARIABLE) return variables[v.name.value] ?? 20;
  return undefined;
}

const FUZZY_PARTS = [
  'Text',
  'Value',
  'Precision',
  'Earliest',
  'Latest',
  'Inferred',
  'Inference',
  'RelativeTo',
  'Offset',
];
const fuzzy = (prefix: string) => FUZZY_PARTS.map((p) => `${prefix}${p}`);

/**
 * The properties a field's resolver reads where that is not just the property of its own name
 * (or, for a FuzzyDate field, the properties its name prefixes). test/lookahead.test.ts runs
 * every resolver on a record that notes what is read, and fails on any read not accounted for.
 */
export const READS: Record<string, string[]> = {
  key: ['id'],
  'Figure.money': ['kind', 'amount', 'currency'],
  'Provision.toSection': ['toSection', 'fromSection'],
  'Obligation.dueDate': fuzzy('due'),
  'Obligation.imposedDate': fuzzy('imposed'),
  'Obligation.statusAssessment': [...fuzzy('due'), ...fuzzy('imposed'), ...fuzzy('breached')],
};

/** What `type.field` reads of its record. */
export function readsOf(typeName: string, field: GraphQLField<unknown, unknown>): string[] {
  const declared = READS[`${typeName}.${field.name}`] ?? READS[field.name];
  if (declared) return declared;
  return getNamedType(field.type)?.name === 'FuzzyDate' ? fuzzy(field.name) : [field.name];
}

interface Pending {
  query: LinkQuery;
  returns: AheadSpec['returns'];
  below: Scope[];
  relProps: Set<string>;
}

/** A selection set together with the type its fields are asked of. */
interface Scope {
  set: SelectionSetNode;
  type: GraphQLCompositeType;
}

/** A planner for the relationship and status fields the schema declares (`@relationship`, `@status`). */
export function plannerFor(maxPageSize: number): Planner {
  const specs = aheadSpecs;
  /** Fields answering a status as of a day (`asOf`, today by default), computed with the node. */
  const statusFields = declarations.statusFields;
  // A plan depends only on the operation's syntax tree (the same objects for every request with
  // the same document, which Apollo parses once), the variables and the day (statuses default to
  // today), so it is kept per field node for a repeated operation.
  const made = new WeakMap<object, Map<string, NodePlan | undefined>>();
  const cached: Planner = (info, path) => {
    const key = `${path.join('.')}|${today()}|${JSON.stringify(info.variableValues)}`;
    let byKey = made.get(info.fieldNodes[0]!);
    if (!byKey) made.set(info.fieldNodes[0]!, (byKey = new Map()));
    if (!byKey.has(key)) {
      // Bounded: an operation sent with ever-new variables does not grow the map without end.
      if (byKey.size >= 100) byKey.clear();
      byKey.set(key, planFor(info, path));
    }
    return byKey.get(key);
  };
  return cached;

  function planFor(info: GraphQLResolveInfo, path: string[]): NodePlan | undefined {
    const { schema, fragments, variableValues } = info;
    let budget = MAX_PLANS;

    const concreteOf = (type: GraphQLCompositeType): readonly GraphQLObjectType[] =>
      isObjectType(type) ? [type] : schema.getPossibleTypes(type);

    /** Every field selected in `scopes`, through inline fragments and named ones, with the type it is asked of. */
    const fieldsOf = (scopes: Scope[]) => {
      const out: { node: FieldNode; type: GraphQLCompositeType }[] = [];
      const visit = (set: SelectionSetNode, type: GraphQLCompositeType, seen: Set<string>) => {
        for (const s of set.selections) {
          if (s.kind === Kind.FIELD) out.push({ node: s, type });
          else if (s.kind === Kind.INLINE_FRAGMENT) {
            const t = s.typeCondition ? schema.getType(s.typeCondition.name.value) : type;
            if (t && isCompositeType(t)) visit(s.selectionSet, t, seen);
          } else if (!seen.has(s.name.value)) {
            seen.add(s.name.value);
            const f = fragments[s.name.value];
            const t = f && schema.getType(f.typeCondition.name.value);
            if (f && t && isCompositeType(t)) visit(f.selectionSet, t, seen);
          }
        }
      };
      for (const { set, type } of scopes) visit(set, type, new Set());
      return out;
    };

    const fieldDef = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined =>
      'getFields' in type ? type.getFields()[name] : undefined;

    /** The one spec every concrete type that has this field agrees on, if there is one. */
    const specOf = (type: GraphQLCompositeType, name: string): AheadSpec | undefined => {
      const found = concreteOf(type).map((t) => specs.get(`${t.name}.${name}`));
      const first = found[0];
      const same = (s: AheadSpec | undefined) =>
        s !== undefined &&
        s.rel === first?.rel &&
        s.dir === first.dir &&
        s.target === first.target &&
        s.returns === first.returns &&
        s.limit === first.limit;
      return first && found.every(same) ? first : undefined;
    };

    /** What every concrete type `type` covers reads for `field`. */
    const propsOf = (type: GraphQLCompositeType, name: string, into: Set<string>) => {
      if (name.startsWith('__')) return;
      for (const t of concreteOf(type)) {
        const def = t.getFields()[name];
        if (def) for (const p of readsOf(t.name, def)) into.add(p);
      }
    };

    const plan = (scopes: Scope[], depth: number): NodePlan => {
      const pending = new Map<string, Pending>();
      const props = new Set<string>();
      const days = new Set<string>();
      for (const { node, type } of fieldsOf(scopes)) {
        propsOf(type, node.name.value, props);
        if (concreteOf(type).some((t) => statusFields.has(`${t.name}.${node.name.value}`))) {
          const day = argumentOf(node, 'asOf', variableValues) ?? requestDay(info);
          // A day the resolver will refuse is left to it: it reports the error.
          if (typeof day === 'string' && isDay(day)) days.add(day);
        }
        const spec = specOf(type, node.name.value);
        const def = fieldDef(type, node.name.value);
        if (!spec || !def || !node.selectionSet) continue;
        let limit = spec.limit;
        if (limit === 'first') {
          const first = firstOf(def, node, variableValues);
          // Arguments the resolver will refuse are left to it: it reports the error.
          if (!Number.isInteger(first) || (first as number) < 0 || (first as number) > maxPageSize) continue;
          limit = first as number;
        }
        const query: LinkQuery = { rel: spec.rel, dir: spec.dir, target: spec.target, limit };
        const key = linkKey(query);
        const entry = pending.get(key) ?? { query, returns: spec.returns, below: [], relProps: new Set<string>() };
        pending.set(key, entry);
        const returned = getNamedType(def.type);
        if (!isCompositeType(returned)) continue;
        if (spec.returns === 'nodes') entry.below.push({ set: node.selectionSet, type: returned });
        else {
          // A Link object: the far node is its `node` field.
          const far = fieldDef(returned, 'node');
          const farType = far && getNamedType(far.type);
          if (farType && isCompositeType(farType)) {
            for (const f of fieldsOf([{ set: node.selectionSet, type: returned }])) {
              if (f.node.name.value === 'node') {
                if (f.node.selectionSet) entry.below.push({ set: f.node.selectionSet, type: farType });
              } else propsOf(f.type, f.node.name.value, entry.relProps);
            }
          }
        }
      }
      const links: LinkPlan[] = [];
      for (const [key, { query, below, relProps }] of pending) {
        if (budget <= 0 || depth >= MAX_DEPTH) break;
        budget--;
        links.push({ ...query, key, relProps: [...relProps], node: plan(below, depth + 1) });
      }
      props.delete('id');
      return { props: [...props], links, statusAsOf: [...days] };
    };

    // Follow `path` (e.g. edges → node) from the field being resolved to where the nodes are.
    let scopes: Scope[] = [];
    const rootType = getNamedType(info.returnType);
    if (!isCompositeType(rootType)) return undefined;
    scopes = info.fieldNodes.filter((f) => f.selectionSet).map((f) => ({ set: f.selectionSet!, type: rootType }));
    for (const step of path) {
      const next: Scope[] = [];
      for (const { node, type } of fieldsOf(scopes)) {
        if (node.name.value !== step || !node.selectionSet) continue;
        const t = getNamedType(fieldDef(type, step)?.type);
        if (t && isCompositeType(t)) next.push({ set: node.selectionSet, type: t });
      }
      scopes = next;
    }
    return plan(scopes, 0);
  }
}
