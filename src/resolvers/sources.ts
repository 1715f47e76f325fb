// What a reader of the source texts needs: every cited passage of a source, page by page (the
// facts each states are `Evidence.supports`).
import { listPassages } from '../db/lists.js';
import type { Resolvers } from '../generated/graphql.js';
import { connection, NamedEntities, pageOf } from './fields.js';

export const sourceResolvers: Resolvers = {
  Query: {
    passages: async (_p, args, ctx, info) => {
      const named = new NamedEntities();
      const source = named.of(args.source, 'source', ['Source'])!;
      const window = { ...pageOf(args, ctx, info), named: named.keys };
      const found = await listPassages(ctx.db, source, window);
      named.check(found);
      return connection(found, window);
    },
  },
};
