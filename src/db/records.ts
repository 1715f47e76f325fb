// The plain records the data layer returns and the resolvers receive (codegen mappers).
// Neo4j integers and temporal values are already converted here: nothing above src/db sees a
// driver type.

/** A node: its stable id, its type label and its properties as plain values. */
export interface NodeRecord {
  __type: string;
  id: string;
  name: string;
  [property: string]: unknown;
}

/** One end of a relationship as seen from the other: the far node and the relationship's properties. */
export interface LinkRecord {
  node: NodeRecord;
  rel: RelRecord;
}

export interface RelRecord {
  id: string;
  type: string;
  evidence: string[];
  inferred: boolean;
  inference?: string;
  role?: string;
  capacity?: string;
  dateText?: string;
  [property: string]: unknown;
}

export interface FuzzyDateRecord {
  text: string | null;
  value: string | null;
  precision: string;
  earliest: string | null;
  latest: string | null;
  inferred: boolean;
  inference: string | null;
  relativeTo: string | null;
  offset: string | null;
}

export interface EdgeRecord {
  cursor: string;
  node: NodeRecord;
}

export interface ConnectionRecord {
  edges: EdgeRecord[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
}

/** A relationship with both its ends, for paths and drawings: the same properties as a link's. */
export interface GraphEdgeRecord {
  rel: RelRecord;
  start: NodeRecord;
  end: NodeRecord;
}

export interface PathRecord {
  nodes: NodeRecord[];
  edges: GraphEdgeRecord[];
}

export interface NeighbourhoodRecord {
  centre: NodeRecord;
  nodes: NodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}
