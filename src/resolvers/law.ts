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
    kind: (n) => n.kind,
    year: (n) => n.year ?? null,
  },
  Provision: {
    ...entityFields,
    fromSection: (n) => n.fromSection,
    toSection: (n) => n.toSection ?? n.fromSection,
  },
  Power: {
    ...entityFields,
  },
  LegislationLink: linkFields,
  ProvisionLink: linkFields,
  PowerLink: linkFields,
};
