// The query planner: from the selections below a field, what the data layer should fetch with
// the nodes there (src/db/projection.ts compiles the plan into one Cypher projection). Every
// relationship field (`@relationship`), status field (`@status`), link's evidence and capacity,
// and fuzzy date's `relativeTo` is planned, through aliases, inline and named fragments, per
// concrete type. A root field plans its whole selection; a field whose parent came without its
// links (a node of a path, a level past MAX_DEPTH) plans from itself (`at`), so every level is
// read through the same compiler, at most one round trip per such parent field and plan.
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
import { linkKey, type LinkPlan, type LinkQuery, type NodePlan, type RefPlan } from '../db/projection.js';
import { statusKey, today } from '../db/status.js';
import { requestDay, requestKnownAsOf } from './asOf.js';
import { isDay } from '../day.js';
import { declarations, queryOf, type RelationshipField } from './relationships.js';

/** Levels of links in one plan; a deeper field plans again from its parent (`at`). */
const MAX_DEPTH = 5;
/**
 * Subqueries per plan (each planned link field, and each kind of node its links or nodes name by
 * id). Neo4j's planning time grows faster than the statement (measured: 8 link fields with
 * evidence take 1–5 s to plan the first time on this 2-core machine under load, then come from its query
 * cache); past this bound a field plans again from its parent, in a statement of its own.
 */
const MAX_SUBQUERIES = 24;

/** The value of a field's argument as given: literal, variable (already coerced), else undefined. */
function argumentOf(node: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const v = node.arguments?.find((a) => a.name.value === name)?.value;
  if (!v || v.kind === Kind.NULL) return undefined;
  if (v.kind === Kind.VARIABLE) return variables[v.name.value] ?? undefined;
  if (v.kind === Kind.STRING || v.kind === Kind.INT) return v.kind === Kind.INT ? Number(v.value) : v.value;
  return null;
}

/**
 * Whether the root field above the field being resolved asks for retracted facts too
 * (`includeRetracted: true`): what a plan made anywhere below it then includes.
 */
function rootIncludesRetracted(
  info: GraphQLResolveInfo,
  fieldsOf: (scopes: Scope[]) => { node: FieldNode }[],
): boolean {
  let p = info.path;
  while (p.prev) p = p.prev;
  const rootType = info.schema.getRootType(info.operation.operation);
  if (!rootType) return false;
  const root = fieldsOf([{ set: info.operation.selectionSet, type: rootType }]).find(
    (f) => (f.node.alias?.value ?? f.node.name.value) === p.key,
  );
  const v = root?.node.arguments?.find((a) => a.name.value === 'includeRetracted')?.value;
  if (v?.kind === Kind.BOOLEAN) return v.value;
  if (v?.kind === Kind.VARIABLE) return info.variableValues[v.name.value] === true;
  return false;
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
  'Obligation.statusAssessment': [...fuzzy('due'), ...fuzzy('imposed'), ...fuzzy('breached'), ...fuzzy('withdrawn')],
};

/** FuzzyDate fields stored under a prefix other than their own name. */
const FUZZY_PREFIX: Record<string, string> = { 'Obligation.dueDate': 'due', 'Obligation.imposedDate': 'imposed' };
const prefixOf = (typeName: string, fieldName: string) => FUZZY_PREFIX[`${typeName}.${fieldName}`] ?? fieldName;

/**
 * Relationship fields a computed field consults, fetched with it (limit 1, every relationship
 * property, the far end's name and issue date): statusAssessment names what a status rests on.
 */
export const CONSULTS: Record<string, string[]> = {
  'Obligation.statusAssessment': ['fulfilledBy', 'supersededBy', 'imposingDocument'],
};
const CONSULTED_NODE_PROPS = ['name', ...fuzzy('issued')];

/** What `type.field` reads of its record. */
export function readsOf(typeName: string, field: GraphQLField<unknown, unknown>): string[] {
  const declared = READS[`${typeName}.${field.name}`] ?? READS[field.name];
  if (declared) return declared;
  return getNamedType(field.type)?.name === 'FuzzyDate' ? fuzzy(prefixOf(typeName, field.name)) : [field.name];
}

/** A selection set together with the type its fields are asked of. */
interface Scope {
  set: SelectionSetNode;
  type: GraphQLCompositeType;
}

/** Link fields whose values are nodes named by id in a relationship property, and the label they have. */
const LINK_REFS: Record<string, { prop: string; label: string; many: boolean }> = {
  evidence: { prop: 'evidence', label: 'Evidence', many: true },
  capacity: { prop: 'capacity', label: 'Post', many: false },
};

/**
 * A planner for the fields the schema declares (`@relationship`, `@status`) and the nodes records
 * name by id. `levelByLevel` (for the benchmark's comparison and test/lookahead.test.ts): root
 * fields plan nothing below them and every plan stops at one level of links, so each level is a
 * round trip of its own, as DataLoaders alone would make it.
 */
export function plannerFor(maxPageSize: number, levelByLevel = false): Planner {
  const maxDepth = levelByLevel ? 1 : MAX_DEPTH;
  const fields = declarations.fields;
  const statusFields = declarations.statusFields;
  // A plan depends only on the operation's syntax tree (the same objects for every request with
  // the same document, which Apollo parses once), the variables and the day (statuses default to
  // today), so it is kept per field node for a repeated operation; the loaders batch by plan.
  const made = new WeakMap<object, Map<string, NodePlan | undefined>>();
  // The day and variables part of the key, once per request (its variables object), not per field
  // of every node: a page of 20 obligations asks for plans 60 times.
  const requestKeys = new WeakMap<object, string>();
  const requestKey = (variables: Record<string, unknown>) => {
    let key = requestKeys.get(variables);
    if (key === undefined) requestKeys.set(variables, (key = `${today()}|${JSON.stringify(variables)}`));
    return key;
  };
  const cached = (info: GraphQLResolveInfo, what: string, make: () => NodePlan | undefined) => {
    const key = `${what}|${requestKey(info.variableValues)}`;
    let byKey = made.get(info.fieldNodes[0]!);
    if (!byKey) made.set(info.fieldNodes[0]!, (byKey = new Map()));
    if (!byKey.has(key)) {
      // Bounded: an operation sent with ever-new variables does not grow the map without end.
      if (byKey.size >= 100) byKey.clear();
      byKey.set(key, make());
    }
    return byKey.get(key);
  };
  return {
    below: (info, path) => (levelByLevel ? undefined : cached(info, path.join('.'), () => planBelow(info, path))),
    at: (info) =>
      cached(info, '^', () => {
        const set: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: info.fieldNodes };
        return compilerFor(info).plan([{ set, type: info.parentType }], 0);
      })!,
  };

  function planBelow(info: GraphQLResolveInfo, path: string[]): NodePlan | undefined {
    const { fieldsOf, fieldDef, plan } = compilerFor(info);
    // Follow `path` (e.g. edges → node) from the field being resolved to where the nodes are.
    const rootType = getNamedType(info.returnType);
    if (!isCompositeType(rootType)) return undefined;
    let scopes = info.fieldNodes.filter((f) => f.selectionSet).map((f) => ({ set: f.selectionSet!, type: rootType }));
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

  function compilerFor(info: GraphQLResolveInfo) {
    const { schema, fragments, variableValues } = info;
    let budget = MAX_SUBQUERIES;
    let withRetracted = false;

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

    /** The selections below `node`, as asked of the type its field returns. */
    const below = (type: GraphQLCompositeType, node: FieldNode): Scope | undefined => {
      const t = getNamedType(fieldDef(type, node.name.value)?.type);
      return node.selectionSet && t && isCompositeType(t) ? { set: node.selectionSet, type: t } : undefined;
    };

    /** A fixed or `first` limit, or undefined where the resolver will refuse the argument (its error to report). */
    const limitOf = (f: RelationshipField, def: GraphQLField<unknown, unknown>, node: FieldNode) => {
      if (f.limit !== 'first') return f.limit;
      const first = firstOf(def, node, variableValues);
      return Number.isInteger(first) && (first as number) >= 0 && (first as number) <= maxPageSize
        ? (first as number)
        : undefined;
    };

    /** Refs collected per property, their selections merged. */
    class Refs {
      readonly scopes = new Map<string, { label: string; many: boolean; scopes: Scope[] }>();
      add(prop: string, label: string, many: boolean, scope: Scope | undefined) {
        const entry = this.scopes.get(prop) ?? { label, many, scopes: [] };
        if (scope) entry.scopes.push(scope);
        this.scopes.set(prop, entry);
      }
      plans(depth: number): RefPlan[] {
        return [...this.scopes].map(([prop, { label, many, scopes }]) => ({
          prop,
          label,
          many,
          node: plan(scopes, depth + 1),
        }));
      }
    }

    interface Pending {
      query: LinkQuery;
      below: Scope[];
      relProps: Set<string> | 'all';
      relRefs: Refs;
      /** A consulted link's far end is read with CONSULTED_NODE_PROPS. */
      consulted: boolean;
    }

    /**
     * What a field reads of its record as this query selects it: of a FuzzyDate, only its
     * precision (whether there is a date at all, fields.ts fuzzyDate) and the parts selected,
     * where readsOf names all nine (each property read is a database hit per node).
     */
    const readsAsSelected = (type: GraphQLObjectType, def: GraphQLField<unknown, unknown>, node: FieldNode) => {
      const all = readsOf(type.name, def);
      const scope = below(type, node);
      if (!scope || getNamedType(def.type)?.name !== 'FuzzyDate' || READS[`${type.name}.${def.name}`]) return all;
      const prefix = prefixOf(type.name, def.name);
      const parts = new Set([`${prefix}Precision`]);
      for (const f of fieldsOf([scope])) {
        const name = f.node.name.value;
        if (name.startsWith('__')) continue;
        const part = name.charAt(0).toUpperCase() + name.slice(1);
        if (!FUZZY_PARTS.includes(part)) return all;
        parts.add(`${prefix}${part}`);
      }
      return [...parts];
    };

    /** The node a FuzzyDate field's `relativeTo` names, when selected: a ref of its holder. */
    const fuzzyRefs = (type: GraphQLObjectType, node: FieldNode, refs: Refs) => {
      const scope = below(type, node);
      if (!scope || getNamedType(fieldDef(type, node.name.value)?.type)?.name !== 'FuzzyDate') return;
      const prefix = prefixOf(type.name, node.name.value);
      for (const f of fieldsOf([scope])) {
        if (f.node.name.value === 'relativeTo') refs.add(`${prefix}RelativeTo`, 'Entity', false, below(f.type, f.node));
      }
    };

    const plan = (scopes: Scope[], depth: number): NodePlan => {
      const pending = new Map<string, Pending>();
      const props = new Set<string>();
      const days = new Set<string>();
      const refs = new Refs();
      const want = (query: LinkQuery): Pending => {
        const key = linkKey(query);
        const entry = pending.get(key) ?? {
          query,
          below: [],
          relProps: new Set(),
          relRefs: new Refs(),
          consulted: false,
        };
        pending.set(key, entry);
        return entry;
      };
      for (const { node, type } of fieldsOf(scopes)) {
        const name = node.name.value;
        if (name.startsWith('__')) continue;
        for (const t of concreteOf(type)) {
          const def = t.getFields()[name];
          if (!def) continue;
          const where = `${t.name}.${name}`;
          // A relationship field reads its links, not a property of its own name.
          if (!fields.has(where)) for (const p of readsAsSelected(t, def, node)) props.add(p);
          fuzzyRefs(t, node, refs);
          if (statusFields.has(where)) {
            const day = argumentOf(node, 'asOf', variableValues) ?? requestDay(info);
            const known = argumentOf(node, 'knownAsOf', variableValues) ?? requestKnownAsOf(info);
            // A day the resolver will refuse is left to it: it reports the error.
            const knownOk = known === undefined || (typeof known === 'string' && isDay(known));
            if (typeof day === 'string' && isDay(day) && knownOk) days.add(statusKey(day, known as string | undefined));
          }
          for (const consulted of CONSULTS[where] ?? []) {
            const entry = want(queryOf(fields.get(`${t.name}.${consulted}`)!, 1));
            entry.relProps = 'all';
            entry.consulted = true;
          }
          const f = fields.get(where);
          if (!f) continue;
          const limit = limitOf(f, def, node);
          const scope = below(t, node);
          if (limit === undefined || !scope) continue;
          const entry = want(queryOf(f, limit));
          if (f.returns === 'nodes') {
            entry.below.push(scope);
            continue;
          }
          // A Link object: the far node is its `node` field; the rest reads the relationship.
          for (const l of fieldsOf([scope])) {
            const lname = l.node.name.value;
            const ref = LINK_REFS[lname];
            if (lname === 'node') {
              const far = below(l.type, l.node);
              if (far) entry.below.push(far);
            } else if (ref) {
              if (entry.relProps !== 'all') entry.relProps.add(ref.prop);
              entry.relRefs.add(ref.prop, ref.label, ref.many, below(l.type, l.node));
            } else if (!lname.startsWith('__')) {
              for (const lt of concreteOf(l.type)) {
                const ldef = lt.getFields()[lname];
                if (!ldef) continue;
                if (entry.relProps !== 'all') for (const p of readsAsSelected(lt, ldef, l.node)) entry.relProps.add(p);
                fuzzyRefs(lt, l.node, entry.relRefs);
              }
            }
          }
        }
      }
      const links: LinkPlan[] = [];
      for (const [key, { query, below: under, relProps, relRefs, consulted }] of pending) {
        const cost = 1 + relRefs.scopes.size;
        if (depth >= maxDepth || budget < cost) break;
        budget -= cost;
        const node = plan(under, depth + 1);
        if (consulted) node.props = [...new Set([...node.props, ...CONSULTED_NODE_PROPS])];
        links.push({
          ...query,
          key,
          relProps: relProps === 'all' ? 'all' : [...relProps],
          relRefs: relRefs.plans(depth),
          node,
        });
      }
      props.delete('id');
      // Referenced nodes past the budget are fetched by their field's resolver (fields.ts refsOf).
      const kept = new Refs();
      for (const [prop, r] of refs.scopes) {
        if (budget <= 0) break;
        budget--;
        kept.scopes.set(prop, r);
      }
      const out: NodePlan = { props: [...props], links, statusAsOf: [...days], refs: kept.plans(depth) };
      if (withRetracted) out.includeRetracted = true;
      return out;
    };

    withRetracted = rootIncludesRetracted(info, fieldsOf);
    return { fieldsOf, fieldDef, plan };
  }
}
