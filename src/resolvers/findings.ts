// Resolvers for findings, figures, initiatives and purposes. Cypher: src/db/lists.ts (root lists)
// and src/db/entities.ts (relationships).
import type { Resolvers } from '../generated/graphql.js';
import { entityFields, linkFields, links, stated } from './fields.js';
import { listOf } from './lists.js';

export const findingResolvers: Resolvers = {
  Query: {
    findings: listOf('Finding', [
      { argument: 'statedBy', rel: 'STATES', dir: 'in' },
      { argument: 'concerns', rel: 'CONCERNS', dir: 'out' },
    ]),
    figures: listOf('Figure', []),
    initiatives: listOf('Initiative', [{ argument: 'developer', rel: 'DEVELOPS', dir: 'in' }]),
    purposes: listOf('Purpose', [
      { argument: 'pursuedBy', rel: 'PURSUES', dir: 'in' },
      { argument: 'concerns', rel: 'CONCERNS', dir: 'out' },
    ]),
  },
  Finding: {
    ...entityFields,
    kind: (n) => n.kind as 'FAILING' | 'RISK' | 'DEFICIENCY',
    statedBy: links('STATES', 'in'),
    madeBy: stated('in'),
    concerns: links('CONCERNS', 'out'),
    responses: links('RESPONDS_TO', 'in'),
  },
  Figure: {
    ...entityFields,
    kind: (n) => n.kind as 'MONEY' | 'DURATION',
    money: (n) =>
      n.kind === 'MONEY' && typeof n.amount === 'number' ? { amount: n.amount, currency: (n.currency as string) ?? 'GBP' } : null,
    duration: (n) => (n.duration as string | undefined) ?? null,
    approximate: (n) => n.approximate === true,
    text: (n) => n.text as string,
    figureOf: links('HAS_FIGURE', 'in'),
    concerns: links('CONCERNS', 'out'),
  },
  Initiative: {
    ...entityFields,
    kind: (n) => n.kind as 'SUPPORT_PACKAGE' | 'PROGRAMME',
    developers: links('DEVELOPS', 'in'),
    concerns: links('CONCERNS', 'out'),
    basedOn: links('BASED_ON', 'out'),
    purposes: links('PURSUES', 'out'),
  },
  Purpose: {
    ...entityFields,
    text: (n) => n.text as string,
    pursuedBy: links('PURSUES', 'in'),
    concerns: links('CONCERNS', 'out'),
  },
  FindingLink: linkFields,
  FigureLink: linkFields,
  InitiativeLink: linkFields,
  PurposeLink: linkFields,
};
