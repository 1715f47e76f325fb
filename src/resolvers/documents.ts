// Resolvers for documents: reports, notices, plans, statements, letters, frameworks.
// Cypher: src/db/documents.ts and src/db/entities.ts (relationships).
import { listDocuments } from '../db/documents.js';
import type { Resolvers } from '../generated/graphql.js';
import { connection, dayOf, entityFields, fuzzyDate, NamedEntities, linkFields, pageOf } from './fields.js';
import type { DocumentRecord } from '../db/nodeRecords.js';
import { familyTypes, typeOfEnumValue } from '../model.js';

const ACTORS = familyTypes('Actor');

/** Fields every Document has (the Document interface). */
const documentFields = {
  ...entityFields,
  title: (n: DocumentRecord) => n.title ?? null,
  issued: (n: DocumentRecord) => fuzzyDate(n, 'issued'),
  status: (n: DocumentRecord) => n.status ?? 'ISSUED',
};

export const documentResolvers: Resolvers = {
  Query: {
    documents: async (_p, args, ctx, info) => {
      const window = pageOf(args, ctx, info);
      const f = args.filter;
      const named = new NamedEntities();
      const page = await listDocuments(
        ctx.db,
        {
          types: f?.types?.map(typeOfEnumValue),
          issuedBy: named.of(f?.issuedBy, 'filter.issuedBy', ACTORS),
          issuedAfter: dayOf(f?.issuedAfter, 'filter.issuedAfter'),
          issuedBefore: dayOf(f?.issuedBefore, 'filter.issuedBefore'),
          descending: args.sort === 'DATE_DESC',
          includeRetracted: args.includeRetracted ?? false,
        },
        { ...window, named: named.keys },
      );
      named.check(page);
      return connection(page, window);
    },
  },
  Document: { __resolveType: (n) => n.__type },
  InspectionReport: documentFields,
  WarningNotice: { ...documentFields, notice: (n) => n.notice },
  ImprovementPlan: { ...documentFields, revision: (n) => n.revision ?? null },
  WrittenStatement: documentFields,
  Letter: documentFields,
  Framework: documentFields,
  DocumentLink: linkFields,
};
