// Resolvers for findings, figures, initiatives and purposes. Cypher: src/db/lists.ts (root lists)
// and src/db/entities.ts (relationships).
import type { Resolvers } from '../generated/graphql.js';
import { entityFields, linkFields } from './fields.js';
import { listOf } from './lists.js';

export const findingResolvers: Resolvers = {
  Query: {
    findings: listOf('Finding', ['statedBy', 'concerns']),
    figures: listOf('Figure', []),
    initiatives: listOf('Initiative', [{ argument: 'developer', field: 'developers' }]),
    purposes: listOf('Purpose', ['pursuedBy', 'concerns']),
  },
  Finding: {
    ...entityFields,
    kind: (n) => n.kind,
  },
  Figure: {
    ...entityFields,
    kind: (n) => n.kind,
    money: (n) =>
      n.kind === 'MONEY' && typeof n.amount === 'number' ? { amount: n.amount, currency: n.currency ?? 'GBP' } : null,
    duration: (n) => n.duration ?? null,
    approximate: (n) => n.approximate === true,
    text: (n) => n.text,
  },
  Initiative: {
    ...entityFields,
    kind: (n) => n.kind,
  },
  Purpose: {
    ...entityFields,
    text: (n) => n.text,
  },
  FindingLink: linkFields,
  FigureLink: linkFields,
  InitiativeLink: linkFields,
  PurposeLink: linkFields,
};
