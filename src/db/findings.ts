// Cypher for who states a finding. An actor states a finding directly (Actor -STATES-> Finding),
// or through what it made or issued: a statement it MADE, or a document it ISSUED, that STATES
// the finding. The second kind is derived, so its link says so (`inferred`, with the path read in
// `inference`) and cites the evidence of both steps.
import neo4j from 'neo4j-driver';
import type { Database } from './driver.js';
import { NODE, nodeParams, toNode, toRel } from './entities.js';
import type { LinkRecord } from './records.js';

/** The relationship type whose links statedLinks answers, direct and derived (`@relationship(query: STATED)`). */
export const STATED_TYPE = 'STATES';

// `a` is the actor, `f` the finding; both directions share the derivation, only the anchor moves.
const STATED = `
  CALL (a, f) {
    MATCH (a)-[r:STATES]->(f)
    RETURN r { .*, seedHash: null, type: type(r) } AS rel, 0 AS rank
    UNION ALL
    MATCH (a)-[m:MADE|ISSUED]->(s)-[r:STATES]->(f) WHERE s:Statement OR s:Document
    RETURN {
      id: a.id + '|STATES|' + f.id, type: 'STATES', inferred: true,
      evidence: coalesce(m.evidence, []) + coalesce(r.evidence, []),
      inference: 'Derived: ' + a.name + CASE type(m) WHEN 'MADE' THEN ' made ' ELSE ' issued ' END + '"' + s.name + '", which states this finding.'
        + coalesce(' ' + m.inference, '') + coalesce(' ' + r.inference, '')
    } AS rel, 1 AS rank
  }`;

const byDirection = {
  // From actors to the findings they state.
  out: `MATCH (a:Entity {id: id})
        MATCH (a)-[:STATES]->(f:Finding) RETURN DISTINCT a, f
        UNION
        MATCH (a:Entity {id: id})-[:MADE|ISSUED]->(s)-[:STATES]->(f:Finding) WHERE s:Statement OR s:Document
        RETURN DISTINCT a, f`,
  // From findings to the actors that state them.
  in: `MATCH (f:Finding {id: id})
       MATCH (a:Actor)-[:STATES]->(f) RETURN DISTINCT a, f
       UNION
       MATCH (f:Finding {id: id})<-[:STATES]-(s)<-[:MADE|ISSUED]-(a:Actor) WHERE s:Statement OR s:Document
       RETURN DISTINCT a, f`,
};

/** For each id, the findings it states (`out`) or the actors stating it (`in`), direct or derived. */
export async function statedLinks(
  db: Database,
  dir: 'out' | 'in',
  ids: readonly string[],
  limit: number,
): Promise<LinkRecord[][]> {
  const far = dir === 'out' ? 'f' : 'a';
  const rows = await db.read(
    `UNWIND $ids AS id
     CALL (id) {
       CALL (id) { ${byDirection[dir]} }
       ${STATED}
       // A stated link outranks a derived one; of several derivations, the first by the far end's name.
       WITH a, f, rel ORDER BY rank
       WITH a, f, collect(rel)[0] AS rel
       WITH a, f, rel ORDER BY ${far}.name, ${far}.id LIMIT $limit
       WITH rel, ${far} AS n
       RETURN collect({rel: rel, node: ${NODE}}) AS links
     }
     RETURN id, links`,
    { ids, limit: neo4j.int(limit), ...nodeParams },
  );
  const byId = new Map(
    rows.map((r) => [
      r.id as string,
      (r.links as { rel: unknown; node: unknown }[]).map((l) => ({ rel: toRel(l.rel), node: toNode(l.node) })),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? []);
}
