// Root lists of one kind of entity filtered by the entities they are linked to (and by kind):
// findings, figures, initiatives, consequences, posts, legislation, provisions, powers; tenures
// add a day and a date order. Cypher: src/db/lists.ts.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { listByName, listTenures, type Anchor } from '../db/lists.js';
import { farEndTypes, type NodeType, type RelType } from '../model.js';
import { connection, dayOf, NamedEntities, pageOf } from './fields.js';

/** A filter argument that names an entity linked to the listed one by `rel` (`dir` from the listed one). */
export interface NamedFilter {
  argument: string;
  rel: RelType;
  dir: 'out' | 'in';
}

interface ListArgs {
  filter?: Record<string, unknown> | null;
  sort?: string | null;
  first?: number | null;
  after?: string | null;
}

/** The anchors `args.filter` names; the types each may have come from the model's relationship ends. */
function anchorsOf(label: NodeType, filters: NamedFilter[], args: ListArgs, named: NamedEntities): Anchor[] {
  const anchors: Anchor[] = [];
  for (const f of filters) {
    const value = args.filter?.[f.argument] as string | null | undefined;
    const key = named.of(value, `filter.${f.argument}`, farEndTypes(f.rel, f.dir, label));
    if (key !== undefined) anchors.push({ rel: f.rel, dir: f.dir, key });
  }
  return anchors;
}

/** The resolver of a root list of `label`, ordered by name. */
export function listOf(label: NodeType, filters: NamedFilter[]) {
  return async (_p: unknown, args: ListArgs, ctx: Context, info: GraphQLResolveInfo) => {
    const window = pageOf(args, ctx, info);
    const named = new NamedEntities();
    const anchors = anchorsOf(label, filters, args, named);
    const kinds = (args.filter?.kinds as string[] | null | undefined) ?? undefined;
    const page = await listByName(ctx.db, { label, anchors, kinds }, { ...window, named: named.keys });
    named.check(page);
    return connection(page, window);
  };
}

/** The resolver of `Query.tenures`. */
export async function tenures(_p: unknown, args: ListArgs, ctx: Context, info: GraphQLResolveInfo) {
  const window = pageOf(args, ctx, info);
  const named = new NamedEntities();
  const anchors = anchorsOf(
    'Tenure',
    [
      { argument: 'person', rel: 'HAS_TENURE', dir: 'in' },
      { argument: 'post', rel: 'IN_POST', dir: 'out' },
    ],
    args,
    named,
  );
  const heldOn = dayOf(args.filter?.heldOn as string | null | undefined, 'filter.heldOn');
  const page = await listTenures(ctx.db, { anchors, heldOn, descending: args.sort === 'DATE_DESC' }, { ...window, named: named.keys });
  named.check(page);
  return connection(page, window);
}
