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
  Purpose: undefined,
} as const satisfies Record<string, Family | undefined>;

export type NodeType = keyof typeof nodeTypes;
/** The node types of a family, as a type. */
export type FamilyType<F extends Family> = {
  [T in NodeType]: (typeof nodeTypes)[T] extends F ? T : never;
}[NodeType];
export const nodeTypeNames = Object.keys(nodeTypes) as NodeType[];

/** Whether a name read from input or the graph is one of the model's node types. */
export function isNodeType(name: string): name is NodeType {
  return Object.hasOwn(nodeTypes, name);
}

export function labelsOf(type: NodeType): string[] {
  const family = nodeTypes[type];
  return family ? ['Entity', family, type] : ['Entity', type];
}

/** The node types of a family (the concrete types of the Document interface, say). */
export function familyTypes(family: Family): NodeType[] {
  return nodeTypeNames.filter((t) => nodeTypes[t] === family);
}

const actor = ['Person', 'Organisation'] as const;
const documents = nodeTypeNames.filter((t) => nodeTypes[t] === 'Document');
const events = nodeTypeNames.filter((t) => nodeTypes[t] === 'Event');
/**
 * What the graph's facts are cited from: sources and their passages stay once written (a curator
 * retracts the facts that cite them, never these), and so do the structural links between them.
 */
export const permanentTypes = ['Source', 'Evidence'] as const satisfies readonly NodeType[];
export function isPermanent(type: string): boolean {
  return (permanentTypes as readonly string[]).includes(type);
}
const facts = nodeTypeNames.filter((t) => !isPermanent(t));
const legalBasis = ['Power', 'Provision', 'Legislation'] as const;

/** Which node types may be at each end: one or more (from, to) pairs. */
type Ends = readonly (readonly [from: readonly NodeType[], to: readonly NodeType[]])[];

interface RelSpec {
  ends: Ends;
  meaning: string;
  /** The link may name the post in which its actor acted (a Post id). */
  capacity?: true;
  /** The link may carry a role: any text, or one of the listed values. */
  role?: 'any' | readonly string[];
}

/** Relationship types written by curation; FROM_SOURCE and EVIDENCED_BY are structural. */
export const relTypes = {
  PART_OF: {
    ends: [
      [['Organisation'], ['Organisation']],
      [['Provision'], ['Legislation']],
      [['Statement'], documents],
    ],
    meaning: 'is part of',
  },
  RENAMED_TO: { ends: [[['Organisation'], ['Organisation']]], meaning: 'later name of the same body' },
  MEMBER_OF: {
    ends: [[actor, ['Organisation']]],
    meaning: 'is a member of (a person of a body, or a body of a body it helps form)',
  },
  ESTABLISHED: { ends: [[actor, ['Organisation']]], meaning: 'put a body in place' },
  POST_IN: { ends: [[['Post'], ['Organisation']]], meaning: 'the post belongs to this body' },
  HAS_TENURE: { ends: [[['Person'], ['Tenure']]], meaning: 'the person held this tenure' },
  IN_POST: { ends: [[['Tenure'], ['Post']]], meaning: 'the tenure is of this post' },
  STARTS: { ends: [[['Appointment'], ['Tenure']]], meaning: 'the appointment began the tenure' },
  ISSUED: { ends: [[actor, documents]], meaning: 'issued or wrote', capacity: true },
  ADDRESSED_TO: {
    ends: [
      [
        [...documents, ...events],
        [...actor, 'Post'],
      ],
    ],
    meaning: 'is addressed to',
  },
  REVISES: { ends: [[documents, documents]], meaning: 'is a revision of' },
  FOLLOWS_UP: { ends: [[documents, documents]], meaning: 'follows up' },
  RESPONDS_TO: {
    ends: [
      [
        [...documents, ...events],
        [...documents, ...events, 'Finding'],
      ],
    ],
    meaning: 'responds to',
  },
  REVIEWED: { ends: [[actor, documents]], meaning: 'reviewed or considered' },
  MADE: { ends: [[actor, events]], meaning: 'is the agent of', capacity: true },
  ATTENDED: { ends: [[actor, ['Meeting']]], meaning: 'took part in', capacity: true },
  CARRIED_OUT: { ends: [[actor, ['MonitoringVisit', 'Publication']]], meaning: 'carried out' },
  CONCERNS: {
    ends: [[[...documents, ...events, 'Finding', 'Initiative', 'Obligation', 'Figure', 'Purpose'], facts]],
    meaning: 'is about',
  },
  DEVELOPS: { ends: [[actor, ['Initiative']]], meaning: 'works on', role: ['LEAD', 'PARTNER'] },
  PURSUES: {
    ends: [[[...actor, ...documents, 'Initiative'], ['Purpose']]],
    meaning: 'exists or acts for this purpose',
  },
  BASED_ON: { ends: [[['Initiative', ...documents], documents]], meaning: 'has this document as its basis' },
  RELIES_ON: {
    ends: [[['Request', 'Consequence', 'Obligation', ...documents], legalBasis]],
    meaning: 'relies on the legal basis',
  },
  CONFERRED_BY: { ends: [[['Power'], ['Provision', 'Legislation']]], meaning: 'is conferred by' },
  HELD_BY: { ends: [[['Power'], actor]], meaning: 'may be exercised by' },
  IMPOSES: { ends: [[documents, ['Obligation']]], meaning: 'imposes' },
  IMPOSED: { ends: [[actor, ['Obligation']]], meaning: 'imposed' },
  BEARS: { ends: [[actor, ['Obligation']]], meaning: 'must meet' },
  OWED_TO: { ends: [[['Obligation'], [...actor, 'Post']]], meaning: 'is owed to' },
  REQUIRES: { ends: [[['Obligation'], documents]], meaning: 'requires the deliverable' },
  ON_BREACH: { ends: [[['Obligation'], ['Consequence']]], meaning: 'if breached, leads to' },
  THREATENS: { ends: [[actor, ['Consequence']]], meaning: 'threatens' },
  STATES: { ends: [[[...documents, ...actor, 'Statement'], ['Finding']]], meaning: 'states' },
  HAS_FIGURE: { ends: [[facts, ['Figure']]], meaning: 'has the figure', role: 'any' },
  FULFILS: { ends: [[[...documents, ...events], ['Obligation']]], meaning: 'fulfils' },
  SUPERSEDES: {
    ends: [
      [
        ['Obligation', ...documents],
        ['Obligation', ...documents],
      ],
    ],
    meaning: 'replaces',
  },
} as const satisfies Record<string, RelSpec>;

export type RelType = keyof typeof relTypes;

const withEvidence = nodeTypeNames.filter((t) => t !== 'Evidence');

/** Relationship types the seed writes for every fact: its evidence, and each passage's source. */
export const structuralRelTypes = {
  EVIDENCED_BY: { ends: [[withEvidence, ['Evidence']]], meaning: 'is stated by the passage' },
  FROM_SOURCE: { ends: [[['Evidence'], ['Source']]], meaning: 'is a passage of' },
} as const satisfies Record<string, { ends: Ends; meaning: string }>;

export type StructuralRelType = keyof typeof structuralRelTypes;
export const structuralRelTypeNames = Object.keys(structuralRelTypes) as StructuralRelType[];

/** The ends of a curated or structural relationship type; undefined for a type the model lacks. */
export function endsOf(rel: string): Ends | undefined {
  return (
    (relTypes as Record<string, RelSpec>)[rel]?.ends ??
    (structuralRelTypes as Record<string, { ends: Ends }>)[rel]?.ends
  );
}

export function allowedEnds(rel: RelType, from: NodeType, to: NodeType): boolean {
  return relTypes[rel].ends.some(
    ([f, t]) => (f as readonly string[]).includes(from) && (t as readonly string[]).includes(to),
  );
}
export const relTypeNames = Object.keys(relTypes) as RelType[];

/**
 * A type's name as a GraphQL enum value (WarningNotice -> WARNING_NOTICE): the one mapping between
 * the labels of the graph and the values of EntityType, DocumentType and EventType.
 */
export function enumValueOfType(type: NodeType): string {
  return type.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();
}

const typeByEnumValue = new Map<string, NodeType>(nodeTypeNames.map((t) => [enumValueOfType(t), t]));

/** The label an EntityType, DocumentType or EventType value stands for. */
export function typeOfEnumValue(value: string): NodeType {
  const type = typeByEnumValue.get(value);
  // GraphQL validates enum arguments: only a value missing from the model could get here.
  if (!type) throw new Error(`not a type of the model: ${value}`);
  return type;
}

/** The node types the far end of `rel` may have, seen from a node of `type` going `dir`. */
export function farEndTypes(rel: RelType | StructuralRelType, dir: 'out' | 'in', type: NodeType): NodeType[] {
  const found = new Set<NodeType>();
  for (const [from, to] of endsOf(rel) ?? []) {
    const [near, far] = dir === 'out' ? [from, to] : [to, from];
    if (near.includes(type)) for (const t of far) found.add(t);
  }
  return [...found];
}
