// Relationship fields as the schema declares them (`@relationship` in schema/directives.graphql),
// read once at start-up: the resolver of every such field, what the lookahead planner may fetch
// ahead, and the check of every declaration against the model. Resolver modules name no
// relationship type; a new relationship field is one line of SDL.
//
import {
  buildSchema,
  isListType,
  isNonNullType,
  isAbstractType,
  isObjectType,
  Kind,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import type { Context } from '../context.js';
import { linkKey, type LinkQuery, type LinkSource } from '../db/projection.js';
import { STATED_TYPE } from '../db/findings.js';
import type { LinkRecord, NodeRecord } from '../db/records.js';
import { PASSAGES_OF } from '../db/sources.js';
import {
  endsOf,
  families,
  farEndTypes,
  nodeTypeNames,
  nodeTypes,
  type NodeType,
  type RelType,
  type StructuralRelType,
} from '../model.js';
import { loadTypeDefs } from '../schema.js';
import { limitOf } from './fields.js';

export type Direction = 'out' | 'in';

/** One relationship a field follows. */
export interface Relation {
  rel: RelType | StructuralRelType;
  dir: Direction;
  /** Only far ends with this label (a node type or a family). */
  target?: string;
}

/** A relationship field of one object type, as declared (or inherited from an interface). */
export interface RelationshipField {
  typeName: string;
  fieldName: string;
  /** Several when the directive is repeated: their links merged into one list. */
  relations: Relation[];
  /** A fixed number of far ends, or 'first' (the field's `first` argument). */
  limit: number | 'first';
  /** Whether the field answers Link objects (their `node` holds the far end) or the far nodes. */
  returns: 'links' | 'nodes';
  toOne: boolean;
  query?: 'STATED' | 'PASSAGES';
  /** The node types the field's type admits at the far end (a relationship may reach others: a Source's evidence). */
  farTypes: string[];
}

function unwrap(t: GraphQLType): { named: GraphQLNamedType; list: boolean } {
  let list = false;
  let cur: GraphQLType = t;
  while (isListType(cur) || isNonNullType(cur)) {
    if (isListType(cur)) list = true;
    cur = cur.ofType;
  }
  return { named: cur, list };
}

function argumentsOf(d: ConstDirectiveNode): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const a of d.arguments ?? []) {
    const v = a.value;
    if (v.kind === Kind.INT) out[a.name.value] = Number(v.value);
    else if (v.kind === Kind.STRING || v.kind === Kind.ENUM) out[a.name.value] = v.value;
  }
  return out;
}

const directivesOf = (field: GraphQLField<unknown, unknown>, name: string) =>
  (field.astNode?.directives ?? []).filter((d) => d.name.value === name);

/**
 * The declaration of `type.field`: its own directives, else those of the one interface that
 * declares the field. Declaring it on both is refused, so that each relationship field is
 * declared in one place.
 */
function declarationOf(type: GraphQLObjectType, name: string, directive: string): ConstDirectiveNode[] {
  const own = directivesOf(type.getFields()[name]!, directive);
  const inherited = type
    .getInterfaces()
    .map((i) => ({ i, ds: i.getFields()[name] ? directivesOf(i.getFields()[name]!, directive) : [] }))
    .filter((x) => x.ds.length > 0);
  if (own.length && inherited.length) {
    throw new Error(
      `${type.name}.${name}: @${directive} is declared on ${inherited[0]!.i.name}.${name}; declare it once, there.`,
    );
  }
  if (inherited.length > 1) throw new Error(`${type.name}.${name}: @${directive} is declared on several interfaces.`);
  return own.length ? own : (inherited[0]?.ds ?? []);
}

export interface Declarations {
  /** By `Type.field`, for every object type. */
  fields: Map<string, RelationshipField>;
  /** `Type.field` of every field that answers a status as of a day (`@status`). */
  statusFields: Set<string>;
}

/** Every relationship and status field of the schema's object types, checked against the model. */
export function declarationsOf(schema: GraphQLSchema): Declarations {
  const fields = new Map<string, RelationshipField>();
  const statusFields = new Set<string>();
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const object = type;
    for (const field of Object.values(object.getFields())) {
      const where = `${object.name}.${field.name}`;
      if (declarationOf(object, field.name, 'status').length) statusFields.add(where);
      const declared = declarationOf(object, field.name, 'relationship');
      if (!declared.length) continue;
      const { named, list } = unwrap(field.type);
      const args = declared.map(argumentsOf);
      const relations = args.map((a) => ({
        rel: a.type as RelType | StructuralRelType,
        dir: String(a.direction).toLowerCase() as Direction,
        ...(a.target !== undefined ? { target: String(a.target) } : {}),
      }));
      const hasFirst = field.args.some((a) => a.name === 'first');
      const fixed = args[0]!.limit as number | undefined;
      const limit = fixed ?? (!list ? 1 : hasFirst ? 'first' : undefined);
      if (limit === undefined) problems.push(`${where}: a list without \`first\` needs a \`limit\``);
      const query = args[0]!.query as RelationshipField['query'];
      if (args.length > 1 && (query || fixed !== undefined))
        problems.push(`${where}: a merged list takes neither \`query\` nor \`limit\``);
      const f: RelationshipField = {
        typeName: object.name,
        fieldName: field.name,
        relations,
        limit: limit ?? 'first',
        returns: named.name.endsWith('Link') ? 'links' : 'nodes',
        toOne: !list,
        farTypes: farTypesOf(schema, named),
        ...(query ? { query } : {}),
      };
      problems.push(...modelProblems(f));
      fields.set(where, f);
    }
  }
  if (problems.length)
    throw new Error(`@relationship declarations that do not fit src/model.ts:\n  ${problems.join('\n  ')}`);
  return { fields, statusFields };
}

/** The object types a field of type `named` (a node type, an interface, a union, or a Link to one) may answer. */
function farTypesOf(schema: GraphQLSchema, named: GraphQLNamedType): string[] {
  let far: GraphQLNamedType = named;
  if (named.name.endsWith('Link') && isObjectType(named)) far = unwrap(named.getFields().node!.type).named;
  if (isObjectType(far)) return [far.name];
  if (isAbstractType(far)) return schema.getPossibleTypes(far).map((t) => t.name);
  return [];
}

const isFamily = (label: string) => (families as readonly string[]).includes(label);

/** Why `f` does not fit the model's relationship types and their ends (none when it fits). */
export function modelProblems(f: RelationshipField): string[] {
  const where = `${f.typeName}.${f.fieldName}`;
  const problems: string[] = [];
  const type = f.typeName as NodeType;
  if (!nodeTypeNames.includes(type)) return [`${where}: ${f.typeName} is not a node type of the model`];
  let fitting = 0;
  for (const { rel, dir, target } of f.relations) {
    const ends = endsOf(rel);
    if (!ends) {
      problems.push(`${where}: ${rel} is not a relationship type of the model`);
      continue;
    }
    const far = farEndTypes(rel, dir, type);
    if (target !== undefined && !nodeTypeNames.includes(target as NodeType) && !isFamily(target)) {
      problems.push(`${where}: target ${target} is neither a node type nor a family`);
    } else if (far.length > 0) {
      fitting++;
      if (target !== undefined && !far.some((t) => t === target || nodeTypes[t] === target)) {
        problems.push(`${where}: ${rel} ${dir} from ${type} never reaches a ${target}`);
      }
    } else if (f.relations.length === 1) {
      problems.push(`${where}: ${type} is never at the ${dir === 'out' ? 'start' : 'end'} of ${rel}`);
    }
  }
  // A merged list may include relationships some of its types are never at (Meeting.participants
  // and CARRIED_OUT), as long as one of them fits.
  if (f.relations.length > 1 && fitting === 0) problems.push(`${where}: none of its relationships fits ${type}`);
  if (f.query === 'STATED' && (f.relations[0]!.rel !== STATED_TYPE || f.toOne))
    problems.push(`${where}: query STATED answers lists of ${STATED_TYPE}`);
  if (
    f.query === 'PASSAGES' &&
    (f.relations[0]!.rel !== PASSAGES_OF.type || f.relations[0]!.dir !== PASSAGES_OF.dir || f.returns !== 'nodes')
  ) {
    problems.push(`${where}: query PASSAGES answers the nodes of ${PASSAGES_OF.type} ${PASSAGES_OF.dir}`);
  }
  return problems;
}

type FirstArgs = { first?: number | null };
type Resolve = (parent: NodeRecord, args: FirstArgs, ctx: Context, info: GraphQLResolveInfo) => unknown;

/** Where the links of a declared field come from. */
function sourceOf(f: RelationshipField): LinkSource {
  if (f.query === 'STATED') return { kind: 'stated', dir: f.relations[0]!.dir };
  if (f.query === 'PASSAGES') return { kind: 'passages' };
  return { kind: 'follow', relations: f.relations };
}

/** What field `f` fetches when it answers `limit` links. */
export const queryOf = (f: RelationshipField, limit: number): LinkQuery => ({ source: sourceOf(f), limit });

/**
 * The links `key` names: fetched with the parent when its query planned them, else fetched now by
 * planning from the field being resolved (batched with every sibling parent that lacks them too).
 */
export function linksAt(
  parent: NodeRecord,
  key: string,
  ctx: Context,
  info: GraphQLResolveInfo,
): LinkRecord[] | Promise<LinkRecord[]> {
  return (
    parent.__links?.[key] ??
    ctx.loaders.nodes.load({ id: parent.id, plan: ctx.plan.at(info) }).then((n) => n?.__links?.[key] ?? [])
  );
}

/** Applies `f` to a value fetched ahead at once (graphql-js completes it without a promise), else when it comes. */
const then = <T, U>(found: T | Promise<T>, f: (t: T) => U): U | Promise<U> =>
  found instanceof Promise ? found.then(f) : f(found);

/** The one resolver of a relationship field, from its declaration. */
export function resolverOf(f: RelationshipField): Resolve {
  const limitFor = (args: FirstArgs, ctx: Context) => (f.limit === 'first' ? limitOf(args.first, ctx) : f.limit);
  const admitted = new Set(f.farTypes);
  // Rare: far ends the field's type does not admit are left out (limits are counted before).
  const fit = (l: LinkRecord[]) =>
    l.every((x) => admitted.has(x.node.__type)) ? l : l.filter((x) => admitted.has(x.node.__type));
  return (p, args, ctx, info) => {
    const found = then(linksAt(p, linkKey(queryOf(f, limitFor(args, ctx))), ctx, info), fit);
    if (f.toOne) {
      // A required far node (a passage's source) that is missing surfaces as GraphQL's non-null error.
      return f.returns === 'links' ? then(found, (l) => l[0] ?? null) : then(found, (l) => l[0]?.node);
    }
    return f.returns === 'links' ? found : then(found, (l) => l.map((x) => x.node));
  };
}

/** The declarations of this server's schema (schema/*.graphql), read and checked once. */
export const declarations = declarationsOf(buildSchema(loadTypeDefs()));

/** The resolvers of every relationship field, by type and field. */
export const relationshipResolvers: Record<string, Record<string, Resolve>> = {};
for (const f of declarations.fields.values()) (relationshipResolvers[f.typeName] ??= {})[f.fieldName] = resolverOf(f);

/** The relationship `type.field` follows (a root list's filter that names what the field reaches). */
export function relationOf(typeName: string, fieldName: string): Relation {
  const f = declarations.fields.get(`${typeName}.${fieldName}`);
  if (!f || f.relations.length !== 1)
    throw new Error(`${typeName}.${fieldName} is not a field declared with one @relationship`);
  return f.relations[0]!;
}

/** The node types `type.field` may reach: what a filter that names its far end may name. */
export function farEndsOf(typeName: NodeType, fieldName: string): NodeType[] {
  const { rel, dir } = relationOf(typeName, fieldName);
  return farEndTypes(rel, dir, typeName);
}
