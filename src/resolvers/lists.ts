// Root lists of one kind of entity filtered by the entities they are linked to (and by kind):
// findings, figures, initiatives, consequences, posts, legislation, provisions, powers; tenures
// add a day and a date order. Cypher: src/db/lists.ts.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { listByName, listTenures, type Anchor } from '../db/lists.js';
import type { NodeType, RelType } from '../model.js';
import { farEndsOf, relationOf } from './relationships.js';
import { connection, dayOf, NamedEntities, pageOf } from './fields.js';

/**
 * A filter argument that names an entity the listed one reaches through its relationship field
 * `field` (by default the argument's own name): the field's `@relationship` says which.
 */
export type NamedFilter = string | { argument: string; field: string };

interface ListArgs {
  filter?: Record<string, unknown> | null;
  sort?: string | null;
  first?: number | null;
  after?: string | null;
  includeRetracted?: boolean | null;
}

interface Filter {
  argument: string;
  rel: RelType;
  dir: 'out' | 'in';
  /** The types the named entity may have: the far ends of the field's relationship. */
  types: NodeType[];
}

/** Each filter with its relationship, read when the resolvers are made: a wrong field fails at start-up. */
function filtersOf(label: NodeType, filters: NamedFilter[]): Filter[] {
  return filters.map((f) => {
    const { argument, field } = typeof f === 'string' ? { argument: f, field: f } : f;
    const { rel, dir } = relationOf(label, field);
    return { argument, rel: rel as RelType, dir, types: farEndsOf(label, field) };
  });
}

/** The anchors `args.filter` names. */
function anchorsOf(filters: Filter[], args: ListArgs, named: NamedEntities): Anchor[] {
  const anchors: Anchor[] = [];
  for (const { argument, rel, dir, types } of filters) {
    const key = named.of(args.filter?.[argument] as string | null | undefined, `filter.${argument}`, types);
    if (key !== undefined) anchors.push({ rel, dir, key });
  }
  return anchors;
}

/** The resolver of a root list of `label`, ordered by name. */
export function listOf<T extends NodeType>(label: T, named: NamedFilter[]) {
  const filters = filtersOf(label, named);
  return async (_p: unknown, args: ListArgs, ctx: Context, info: GraphQLResolveInfo) => {
    const window = pageOf(args, ctx, info);
    const named = new NamedEntities();
    const anchors = anchorsOf(filters, args, named);
    const kinds = (args.filter?.kinds as string[] | null | undefined) ?? undefined;
    const page = await listByName(
      ctx.db,
      { label, anchors, kinds, includeRetracted: args.includeRetracted ?? false },
      { ...window, named: named.keys },
    );
    named.check(page);
    return connection(page, window);
  };
}

const tenureFilters = filtersOf('Tenure', [{ argument: 'person', field: 'holder' }, 'post']);

/** The resolver of `Query.tenures`. */
export async function tenures(_p: unknown, args: ListArgs, ctx: Context, info: GraphQLResolveInfo) {
  const window = pageOf(args, ctx, info);
  const named = new NamedEntities();
  const anchors = anchorsOf(tenureFilters, args, named);
  const heldOn = dayOf(args.filter?.heldOn as string | null | undefined, 'filter.heldOn');
  const page = await listTenures(
    ctx.db,
    { anchors, heldOn, descending: args.sort === 'DATE_DESC', includeRetracted: args.includeRetracted ?? false },
    { ...window, named: named.keys },
  );
  named.check(page);
  return connection(page, window);
}
