// Resolvers for legislation, provisions and powers. Cypher: src/db/lists.ts (root lists) and
// src/db/entities.ts (relationships).
import type { Resolvers } from '../generated/graphql.js';
import { entityFields, linkFields } from './fields.js';
import { listOf } from './lists.js';

export const lawResolvers: Resolvers = {
  Query: {
    legislation: listOf('Legislation', []),
    provisions: listOf('Provision', ['legislation']),
    powers: listOf('Power', ['heldBy']),
  },
  Legislation: {
    ...entityFields,
    kind: (n) => n.kind as 'ACT' | 'MEASURE',
    year: (n) => (n.year as number | undefined) ?? null,
  },
  Provision: {
    ...entityFields,
    fromSection: (n) => n.fromSection as number,
    toSection: (n) => (n.toSection as number | undefined) ?? (n.fromSection as number),
  },
  Power: {
    ...entityFields,
  },
  LegislationLink: linkFields,
  ProvisionLink: linkFields,
  PowerLink: linkFields,
};
