// Cypher for the source documents and their cited passages.
import neo4j from 'neo4j-driver';
import type { Database } from './driver.js';
import { NODE, nodeParams, page, toNode, type Page, type Window } from './entities.js';
import type { AnyNodeRecord, EvidenceRecord, SourceRecord } from './nodeRecords.js';

/** A fact of the graph: any node but a source text and its passages. */
export type FactRecord = Exclude<AnyNodeRecord, SourceRecord | EvidenceRecord>;

export function listSources(db: Database, window: Window): Promise<Page<'Source'>> {
  return page(db, 'MATCH (n:Source)', 'n.id', {}, window);
}

/** The relationship passagesOf follows, from a source to its passages (`@relationship(query: PASSAGES)`). */
export const PASSAGES_OF = { type: 'FROM_SOURCE', dir: 'in' } as const;

/** For each source id, its cited passages in text order. */
export async function passagesOf(
  db: Database,
  sourceIds: readonly string[],
  limit: number,
): Promise<EvidenceRecord[][]> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (n:Evidence {sourceId: id})
     WITH id, n ORDER BY n.start
     RETURN id, collect(${NODE})[0..$limit] AS passages`,
    { ids: sourceIds, limit: neo4j.int(limit), ...nodeParams },
  );
  const byId = new Map(
    rows.map((r) => [r.id as string, (r.passages as unknown[]).map((n) => toNode(n) as EvidenceRecord)]),
  );
  return sourceIds.map((id) => byId.get(id) ?? []);
}

/** The full texts of sources, by id. */
export async function contentsOf(db: Database, sourceIds: readonly string[]): Promise<string[]> {
  const rows = await db.read(`UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN id, s.content AS content`, {
    ids: sourceIds,
  });
  const byId = new Map(rows.map((r) => [r.id as string, r.content as string]));
  return sourceIds.map((id) => byId.get(id) ?? '');
}

/**
 * One page of a source's cited passages in text order. A source may hold more passages than one
 * relationship field returns (`Source.evidence` stops at the page size), so readers page here.
 */
export function listPassages(db: Database, sourceKey: string, window: Window): Promise<Page<'Evidence'>> {
  return page(db, 'MATCH (n:Evidence {sourceId: $source})', 'n.start, n.end, n.id', { source: sourceKey }, window);
}

/**
 * For each passage id, the facts it states: the entities citing it, by name. A source's own
 * title or date passages are cited by the source, which is not a fact, so sources are left out.
 */
export async function factsOfPassages(
  db: Database,
  passageIds: readonly string[],
  limit: number,
): Promise<FactRecord[][]> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (e:Evidence {id: id})<-[:EVIDENCED_BY]-(n:Entity)
     WHERE NOT n:Source AND NOT n:Evidence
     WITH id, n ORDER BY n.name, n.id
     RETURN id, collect(${NODE})[0..$limit] AS facts`,
    { ids: passageIds, limit: neo4j.int(limit), ...nodeParams },
  );
  const byId = new Map(rows.map((r) => [r.id as string, (r.facts as unknown[]).map((n) => toNode(n) as FactRecord)]));
  return passageIds.map((id) => byId.get(id) ?? []);
}
