// The plain records the data layer returns and the resolvers receive (codegen mappers).
// Neo4j integers and temporal values are already converted here: nothing above src/db sees a
// driver type. Each label's own record type is in nodeRecords.ts.
import type { NodeType } from '../model.js';
import type { AnyNodeRecord, EntityRecord, RecordOf, RelRecord } from './nodeRecords.js';

export type { LinkRecord, NodeRecord, RelRecord } from './nodeRecords.js';

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
  /** The node `relativeTo` names, when fetched with the date's holder. */
  __refs?: { relativeTo: AnyNodeRecord[] };
}

export interface EdgeRecord<T extends NodeType = NodeType> {
  cursor: string;
  node: RecordOf[T];
}

export interface ConnectionRecord<T extends NodeType = NodeType> {
  edges: EdgeRecord<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export interface SearchHitRecord {
  node: AnyNodeRecord;
  score: number;
}

/** A relationship with both its ends, for paths and drawings: the same properties as a link's. */
export interface GraphEdgeRecord {
  rel: RelRecord;
  start: EntityRecord;
  end: EntityRecord;
}

export interface PathRecord {
  nodes: EntityRecord[];
  edges: GraphEdgeRecord[];
}

export interface NeighbourhoodRecord {
  centre: EntityRecord;
  nodes: EntityRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}
