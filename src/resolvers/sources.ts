// What a reader of the source texts needs: a source's passages page by page, and the facts each states.
import { listPassages } from '../db/sources.js';
import type { Resolvers } from '../generated/graphql.js';
import { connection, limitOf, NamedEntities, pageOf } from './fields.js';

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
  Evidence: {
    facts: async (e, { first }, ctx) => (await ctx.passageFacts.load(e.id)).slice(0, limitOf(first, ctx)),
  },
};
