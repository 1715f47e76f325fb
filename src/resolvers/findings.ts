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
    kind: (n) => n.kind as 'FAILING' | 'RISK' | 'DEFICIENCY',
  },
  Figure: {
    ...entityFields,
    kind: (n) => n.kind as 'MONEY' | 'DURATION',
    money: (n) =>
      n.kind === 'MONEY' && typeof n.amount === 'number'
        ? { amount: n.amount, currency: (n.currency as string) ?? 'GBP' }
        : null,
    duration: (n) => (n.duration as string | undefined) ?? null,
    approximate: (n) => n.approximate === true,
    text: (n) => n.text as string,
  },
  Initiative: {
    ...entityFields,
    kind: (n) => n.kind as 'SUPPORT_PACKAGE' | 'PROGRAMME',
  },
  Purpose: {
    ...entityFields,
    text: (n) => n.text as string,
  },
  FindingLink: linkFields,
  FigureLink: linkFields,
  InitiativeLink: linkFields,
  PurposeLink: linkFields,
};
