// Cypher for who states a finding. An actor states a finding directly (Actor -STATES-> Finding),
// or through what it made or issued: a statement it MADE, or a document it ISSUED, that STATES
// the finding. The second kind is derived, so its link says so (`inferred`, with the path read in
// `inference`) and cites the evidence of both steps.

/** The relationship type whose links statedLinks answers, direct and derived (`@relationship(query: STATED)`). */
export const STATED_TYPE = 'STATES';

/** A condition that keeps only asserted links `rels` and nodes `nodes` (all of them when `hide` is false). */
const asserted = (hide: boolean, rels: string[], nodes: string[] = []) =>
  hide
    ? [...rels.map((r) => `NOT coalesce(${r}.retracted, false)`), ...nodes.map((n) => `NOT ${n}:Retracted`)].join(
        ' AND ',
      )
    : 'true';

// `a` is the actor, `f` the finding; both directions share the derivation, only the anchor moves.
const derivation = (hide: boolean) => `
    MATCH (a)-[r:STATES]->(f) WHERE ${asserted(hide, ['r'])}
    RETURN r { .*, seedHash: null, type: type(r) } AS rel, 0 AS rank
    UNION ALL
    WITH a, f
    MATCH (a)-[m:MADE|ISSUED]->(s)-[r:STATES]->(f) WHERE (s:Statement OR s:Document) AND ${asserted(hide, ['m', 'r'], ['s'])}
    RETURN {
      id: a.id + '|STATES|' + f.id, type: 'STATES', inferred: true,
      evidence: coalesce(m.evidence, []) + coalesce(r.evidence, []),
      inference: 'Derived: ' + a.name + CASE type(m) WHEN 'MADE' THEN ' made ' ELSE ' issued ' END + '"' + s.name + '", which states this finding.'
        + coalesce(' ' + m.inference, '') + coalesce(' ' + r.inference, '')
    } AS rel, 1 AS rank`;

const farEnds = (hide: boolean) => ({
  // From an actor to the findings it states.
  out: `MATCH (a)-[r:STATES]->(f:Finding) WHERE ${asserted(hide, ['r'], ['f'])} RETURN DISTINCT f
        UNION
        WITH a MATCH (a)-[m:MADE|ISSUED]->(s)-[r:STATES]->(f:Finding)
        WHERE (s:Statement OR s:Document) AND ${asserted(hide, ['m', 'r'], ['s', 'f'])} RETURN DISTINCT f`,
  // From a finding to the actors that state it.
  in: `MATCH (a:Actor)-[r:STATES]->(f) WHERE ${asserted(hide, ['r'], ['a'])} RETURN DISTINCT a
       UNION
       WITH f MATCH (f)<-[r:STATES]-(s)<-[m:MADE|ISSUED]-(a:Actor)
       WHERE (s:Statement OR s:Document) AND ${asserted(hide, ['m', 'r'], ['s', 'a'])} RETURN DISTINCT a`,
});

/**
 * Cypher binding `r` (the link, a map) and `to` (the far end) for the findings node `from` states
 * (`out`) or the actors stating finding `from` (`in`), direct or derived, by the far end's name.
 * `r` and `to` name the bound variables; the derivation's own names stay inside its subqueries.
 * With `hide`, retracted links, statements and far ends do not state anything.
 */
export function statedLinks(dir: 'out' | 'in', from: string, r: string, to: string, hide: boolean): string {
  const [actor, finding] = dir === 'out' ? [from, to] : [to, from];
  const near = dir === 'out' ? 'a' : 'f';
  const far = dir === 'out' ? 'f' : 'a';
  return `CALL (${from}) { WITH ${from} AS ${near} CALL (${near}) { ${farEnds(hide)[dir]} } RETURN ${far} AS ${to} }
    CALL (${actor}, ${finding}) {
      WITH ${actor} AS a, ${finding} AS f
      CALL (a, f) { ${derivation(hide)} }
      // A stated link outranks a derived one.
      RETURN rel AS ${r}r ORDER BY rank LIMIT 1
    }
    WITH ${r}r AS ${r}, ${to} ORDER BY ${to}.name, ${to}.id`;
}
