// The model of docs/model.md as data: node types with their family, relationship types with the
// node types each end may have. The seed loader validates against it, the schema module derives
// constraints from it, and a test checks that the GraphQL schema reaches every part of it.

export const families = ['Actor', 'Document', 'Event'] as const;
export type Family = (typeof families)[number];

export const nodeTypes = {
  Source: undefined,
  Evidence: undefined,
  Person: 'Actor',
  Organisation: 'Actor',
  Post: undefined,
  Tenure: undefined,
  InspectionReport: 'Document',
  WarningNotice: 'Document',
  ImprovementPlan: 'Document',
  WrittenStatement: 'Document',
  Letter: 'Document',
  Framework: 'Document',
  Meeting: 'Event',
  MonitoringVisit: 'Event',
  Publication: 'Event',
  Request: 'Event',
  Appointment: 'Event',
  Statement: 'Event',
  Discussion: 'Event',
  Legislation: undefined,
  Provision: undefined,
  Power: undefined,
  Obligation: undefined,
  Consequence: undefined,
  Finding: undefined,
  Figure: undefined,
  Initiative: undefined,
} as const satisfies Record<string, Family | undefined>;

export type NodeType = keyof typeof nodeTypes;
export const nodeTypeNames = Object.keys(nodeTypes) as NodeType[];

export function labelsOf(type: NodeType): string[] {
  const family = nodeTypes[type];
  return family ? ['Entity', family, type] : ['Entity', type];
}

const actor = ['Person', 'Organisation'] as const;
const documents = nodeTypeNames.filter((t) => nodeTypes[t] === 'Document');
const events = nodeTypeNames.filter((t) => nodeTypes[t] === 'Event');
const facts = nodeTypeNames.filter((t) => t !== 'Source' && t !== 'Evidence');
const legalBasis = ['Power', 'Provision', 'Legislation'] as const;

interface RelSpec {
  from: readonly NodeType[];
  to: readonly NodeType[];
  meaning: string;
}

/** Relationship types written by curation; FROM_SOURCE and EVIDENCED_BY are structural. */
export const relTypes = {
  PART_OF: { from: ['Organisation', 'Provision', 'Statement'], to: ['Organisation', 'Legislation', ...documents], meaning: 'is part of' },
  RENAMED_TO: { from: ['Organisation'], to: ['Organisation'], meaning: 'later name of the same body' },
  MEMBER_OF: { from: ['Person'], to: ['Organisation'], meaning: 'is a member of' },
  ESTABLISHED: { from: actor, to: ['Organisation'], meaning: 'put a body in place' },
  POST_IN: { from: ['Post'], to: ['Organisation'], meaning: 'the post belongs to this body' },
  HAS_TENURE: { from: ['Person'], to: ['Tenure'], meaning: 'the person held this tenure' },
  IN_POST: { from: ['Tenure'], to: ['Post'], meaning: 'the tenure is of this post' },
  STARTS: { from: ['Appointment'], to: ['Tenure'], meaning: 'the appointment began the tenure' },
  ISSUED: { from: actor, to: documents, meaning: 'issued or wrote' },
  ADDRESSED_TO: { from: [...documents, ...events], to: [...actor, 'Post'], meaning: 'is addressed to' },
  REVISES: { from: documents, to: documents, meaning: 'is a revision of' },
  FOLLOWS_UP: { from: documents, to: documents, meaning: 'follows up' },
  RESPONDS_TO: { from: [...documents, ...events], to: [...documents, ...events, 'Finding'], meaning: 'responds to' },
  REVIEWED: { from: actor, to: documents, meaning: 'reviewed or considered' },
  MADE: { from: actor, to: [...events, 'Finding'], meaning: 'is the agent of' },
  ATTENDED: { from: actor, to: ['Meeting'], meaning: 'took part in' },
  CARRIED_OUT: { from: actor, to: ['MonitoringVisit', 'Publication'], meaning: 'carried out' },
  CONCERNS: { from: [...documents, ...events, 'Finding', 'Initiative', 'Obligation', 'Figure'], to: facts, meaning: 'is about' },
  DEVELOPS: { from: actor, to: ['Initiative'], meaning: 'works on' },
  RELIES_ON: { from: ['Request', 'Consequence', 'Obligation', ...documents], to: legalBasis, meaning: 'relies on the legal basis' },
  CONFERRED_BY: { from: ['Power'], to: ['Provision', 'Legislation'], meaning: 'is conferred by' },
  HELD_BY: { from: ['Power'], to: actor, meaning: 'may be exercised by' },
  IMPOSES: { from: documents, to: ['Obligation'], meaning: 'imposes' },
  IMPOSED: { from: actor, to: ['Obligation'], meaning: 'imposed' },
  BEARS: { from: actor, to: ['Obligation'], meaning: 'must meet' },
  OWED_TO: { from: ['Obligation'], to: [...actor, 'Post'], meaning: 'is owed to' },
  REQUIRES: { from: ['Obligation'], to: documents, meaning: 'requires the deliverable' },
  ON_BREACH: { from: ['Obligation'], to: ['Consequence'], meaning: 'if breached, leads to' },
  THREATENS: { from: actor, to: ['Consequence'], meaning: 'threatens' },
  STATES: { from: [...documents, ...actor, 'Statement'], to: ['Finding'], meaning: 'states' },
  HAS_FIGURE: { from: facts, to: ['Figure'], meaning: 'has the figure' },
  FULFILS: { from: [...documents, ...events], to: ['Obligation'], meaning: 'fulfils' },
  SUPERSEDES: { from: ['Obligation', ...documents], to: ['Obligation', ...documents], meaning: 'replaces' },
} as const satisfies Record<string, RelSpec>;

export type RelType = keyof typeof relTypes;
export const relTypeNames = Object.keys(relTypes) as RelType[];
