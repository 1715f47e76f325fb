// Resolvers for legislation, provisions and powers. Cypher: src/db/lists.ts (root lists) and
// src/db/entities.ts (relationships).
import type { Resolvers } from '../generated/graphql.js';
import { entityFields, linkFields, links } from './fields.js';
import { listOf } from './lists.js';

export const lawResolvers: Resolvers = {
  Query: {
    legislation: listOf('Legislation', []),
    provisions: listOf('Provision', [{ argument: 'legislation', rel: 'PART_OF', dir: 'out' }]),
    powers: listOf('Power', [{ argument: 'heldBy', rel: 'HELD_BY', dir: 'out' }]),
  },
  Legislation: {
    ...entityFields,
    kind: (n) => n.kind as 'ACT' | 'MEASURE',
    year: (n) => (n.year as number | undefined) ?? null,
    provisions: links('PART_OF', 'in', 'Provision'),
    powers: links('CONFERRED_BY', 'in'),
    reliedOnBy: links('RELIES_ON', 'in'),
  },
  Provision: {
    ...entityFields,
    fromSection: (n) => n.fromSection as number,
    toSection: (n) => (n.toSection as number | undefined) ?? (n.fromSection as number),
    legislation: links('PART_OF', 'out'),
    powers: links('CONFERRED_BY', 'in'),
    reliedOnBy: links('RELIES_ON', 'in'),
  },
  Power: {
    ...entityFields,
    conferredBy: links('CONFERRED_BY', 'out'),
    heldBy: links('HELD_BY', 'out'),
    reliedOnBy: links('RELIES_ON', 'in'),
  },
  LegislationLink: linkFields,
  ProvisionLink: linkFields,
  PowerLink: linkFields,
};
