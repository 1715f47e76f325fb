// Requests for support: who asked whom for what, relying on which power and legislation, cited by which sources
MATCH (req:Request)
OPTIONAL MATCH (req)-[:RELIES_ON]->(power:Power)
OPTIONAL MATCH (power)-[:CONFERRED_BY]->(basis)
OPTIONAL MATCH (basis)-[:PART_OF*0..1]->(law:Legislation)
WITH req, power, collect(DISTINCT law.name) AS legislation
RETURN req.name AS request,
       req.subject AS subject,
       req.dateText AS said, req.dateEarliest AS earliest, req.dateLatest AS latest, req.datePrecision AS precision,
       COLLECT { MATCH (a)-[m:MADE]->(req) OPTIONAL MATCH (cap:Post {id: m.capacity})
                 RETURN a.name + coalesce(' (as ' + cap.name + ')', '') } AS requesters,
       COLLECT { MATCH (req)-[:ADDRESSED_TO]->(b) RETURN b.name } AS addressees,
       power.name AS power,
       legislation,
       COLLECT { MATCH (power)-[:HELD_BY]->(h) RETURN h.name } AS powerHeldBy,
       COLLECT { MATCH (req)-[:EVIDENCED_BY]->(:Evidence)-[:FROM_SOURCE]->(s:Source)
                 RETURN DISTINCT s.id + ' ' + s.title AS t ORDER BY t } AS citedBy,
       COLLECT { MATCH (req)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.sourceId + ': "' + e.quote + '"' AS q ORDER BY q } AS quotes
ORDER BY earliest;

// Warning notices and what they demand: notice -> obligation -> bearer, action, due date, deliverable, recipient, consequence of breach
MATCH (notice:WarningNotice)-[imp:IMPOSES]->(o:Obligation)
RETURN notice.name AS notice,
       notice.notice AS which,
       notice.issuedEarliest AS issuedEarliest, notice.issuedLatest AS issuedLatest,
       o.action AS action,
       COLLECT { MATCH (b)-[:BEARS]->(o) RETURN b.name } AS bearer,
       o.dueText AS dueText, o.duePrecision AS duePrecision, o.dueEarliest AS dueEarliest, o.dueLatest AS dueLatest,
       o.dueInferred AS dueInferred, o.dueRelativeTo AS dueRelativeTo, o.dueOffset AS dueOffset,
       COLLECT { MATCH (o)-[:REQUIRES]->(d) RETURN d.name } AS deliverable,
       COLLECT { MATCH (o)-[:OWED_TO]->(t) RETURN t.name } AS owedTo,
       COLLECT { MATCH (o)-[ob:ON_BREACH]->(c:Consequence)
                 RETURN c.name + CASE WHEN ob.inferred THEN ' (inferred)' ELSE '' END } AS onBreach,
       coalesce(imp.inferred, false) AS imposedByInference,
       COLLECT { MATCH (o)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.sourceId + ': "' + e.quote + '"' AS q ORDER BY q } AS quotes
ORDER BY issuedEarliest, dueLatest;

// Obligations open or overdue as of a date: the status rule of src/db/status.ts (STATUS_AS_OF), as of $asOf or 2018-02-15 when $asOf is null, retracted obligations left out
WITH coalesce($asOf, date('2018-02-15')) AS asOf
MATCH (n:Obligation) WHERE NOT n:Retracted
WITH n, asOf,
  CASE
    WHEN coalesce(n.imposedEarliest, COLLECT { MATCH (d:Document)-[i:IMPOSES]->(n) WHERE NOT d:Retracted AND i.retracted IS NULL RETURN d.issuedEarliest ORDER BY d.issuedEarliest LIMIT 1 }[0]) > asOf
      THEN 'NOT_YET_IMPOSED'
    WHEN n.withdrawnEarliest <= asOf THEN 'WITHDRAWN'
    WHEN EXISTS { (n)<-[f:FULFILS]-(by) WHERE f.retracted IS NULL AND NOT by:Retracted AND coalesce(f.dateLatest, f.dateEarliest) <= asOf }
      THEN CASE WHEN EXISTS { (n)<-[f:FULFILS]-(by) WHERE f.retracted IS NULL AND NOT by:Retracted AND coalesce(f.dateLatest, f.dateEarliest) <= asOf AND (n.dueLatest IS NULL OR f.dateEarliest IS NULL OR f.dateEarliest <= n.dueLatest) }
        THEN 'FULFILLED' ELSE 'FULFILLED_LATE' END
    WHEN EXISTS { (n)<-[s:SUPERSEDES]-(later) WHERE s.retracted IS NULL AND NOT later:Retracted AND coalesce(later.imposedEarliest, later.issuedEarliest, COLLECT { MATCH (d:Document)-[:IMPOSES]->(later) RETURN d.issuedEarliest ORDER BY d.issuedEarliest LIMIT 1 }[0]) <= asOf } THEN 'SUPERSEDED'
    WHEN n.breachedEarliest <= asOf THEN 'BREACHED'
    WHEN n.dueLatest < asOf THEN 'OVERDUE'
    ELSE 'OPEN'
  END AS status
WHERE status IN ['OPEN', 'OVERDUE']
RETURN asOf, status, n.id AS id, n.name AS obligation, n.kind AS kind,
       COLLECT { MATCH (b)-[:BEARS]->(n) RETURN b.name } AS bearer,
       n.dueText AS dueText, n.dueEarliest AS dueEarliest, n.dueLatest AS dueLatest, n.duePrecision AS duePrecision,
       n.statusNote AS statusNote
ORDER BY status DESC, dueLatest, id;

// Statements by a person: what Rosemarie Harris said, in which capacity, when, and where it is reported
MATCH (p:Person)-[m:MADE]->(st:Statement)
WHERE p.name = 'Rosemarie Harris' OR 'Rosemarie Harris' IN p.aliases
OPTIONAL MATCH (cap:Post {id: m.capacity})
RETURN p.name AS person, st.text AS said, cap.name AS capacity,
       st.dateText AS when, st.dateEarliest AS earliest, st.dateLatest AS latest,
       COLLECT { MATCH (st)-[:CONCERNS]->(x) RETURN x.name } AS about,
       COLLECT { MATCH (st)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM_SOURCE]->(s:Source)
                 RETURN s.id + ' ' + s.title + ' @' + toString(toInteger(e.start)) + '-' + toString(toInteger(e.end)) AS src ORDER BY src } AS sources
ORDER BY earliest, said;

// Shortest path between two actors: how Kirsty Williams is connected to Care Inspectorate Wales, ignoring provenance edges (EVIDENCED_BY, FROM_SOURCE)
MATCH (a:Actor {name: 'Kirsty Williams'}), (b:Actor {name: 'Care Inspectorate Wales'})
MATCH path = shortestPath((a)-[*..10]-(b))
WHERE none(r IN relationships(path) WHERE type(r) IN ['EVIDENCED_BY', 'FROM_SOURCE'])
RETURN path,
       [n IN nodes(path) | n.name] AS via,
       [r IN relationships(path) | startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id] AS steps;

// Who holds which post: holder, qualifier (acting, interim, newly appointed), dates, the body, and other titles the sources use for the post
MATCH (post:Post)
OPTIONAL MATCH (post)-[:POST_IN]->(org)
OPTIONAL MATCH (person:Person)-[:HAS_TENURE]->(t:Tenure)-[:IN_POST]->(post)
RETURN coalesce(person.name, '(no holder named)') AS holder,
       person.aliases AS holderAlsoCalled,
       post.title AS title, post.aliases AS postAlsoCalled, org.name AS body,
       t.qualifier AS qualifier, t.startText AS startText, t.startLatest AS startedBy,
       COLLECT { MATCH (t)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.sourceId + ': "' + e.quote + '"' AS q ORDER BY q } AS quotes
ORDER BY body, title;

// The inspectorate's renaming: CSSIW now called Care Inspectorate Wales, when, on what evidence, and what each name did
MATCH (old:Organisation)-[rn:RENAMED_TO]->(new:Organisation)
RETURN old.name AS formerName, old.aliases AS formerAliases, new.name AS newName, new.aliases AS newAliases,
       rn.dateText AS when, rn.dateEarliest AS earliest, rn.dateLatest AS latest, rn.dateInference AS dateInference,
       [(e:Evidence)-[:FROM_SOURCE]->(s:Source) WHERE e.id IN rn.evidence | s.id + ': "' + e.quote + '"'] AS evidence,
       COLLECT { MATCH (old)-[r]-(x) WHERE NOT type(r) IN ['EVIDENCED_BY', 'RENAMED_TO']
                 RETURN CASE WHEN startNode(r) = old THEN type(r) + ' -> ' + x.name ELSE x.name + ' -> ' + type(r) END } AS underFormerName,
       COLLECT { MATCH (new)-[r]-(x) WHERE NOT type(r) IN ['EVIDENCED_BY', 'RENAMED_TO']
                 RETURN CASE WHEN startNode(r) = new THEN type(r) + ' -> ' + x.name ELSE x.name + ' -> ' + type(r) END } AS underNewName;

// Findings: each failing, risk or deficiency, what it concerns, which document or statement states it, and who stands behind it
MATCH (f:Finding)
RETURN f.kind AS kind, f.name AS finding,
       COLLECT { MATCH (f)-[c:CONCERNS]->(x) RETURN x.name + CASE WHEN c.inferred THEN ' (inferred)' ELSE '' END } AS concerns,
       COLLECT { MATCH (s)-[:STATES]->(f) RETURN s.name } AS statedIn,
       COLLECT { MATCH (a:Actor)-[:ISSUED|MADE]->()-[:STATES]->(f) RETURN DISTINCT a.name } AS statedBy,
       COLLECT { MATCH (f)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.sourceId + ': "' + e.quote + '"' AS q ORDER BY q } AS quotes
ORDER BY kind, finding;

// Figures: money and durations as numbers, the words they came from, and the fact each one measures (with its role)
MATCH (x)-[h:HAS_FIGURE]->(fig:Figure)
RETURN fig.kind AS kind, fig.text AS words, fig.amount AS amount, fig.currency AS currency, fig.duration AS duration,
       fig.approximate AS approximate, h.role AS role, x.name AS about,
       [l IN labels(x) WHERE NOT l IN ['Entity', 'Actor', 'Document', 'Event']][0] AS aboutType,
       COLLECT { MATCH (fig)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.sourceId + ': "' + e.quote + '"' } AS quotes
ORDER BY kind, amount, duration;

// Legal powers: what each power lets someone do, who holds it, which legislation and sections confer it, and what relies on it
MATCH (p:Power)
OPTIONAL MATCH (p)-[:CONFERRED_BY]->(basis)
OPTIONAL MATCH (basis)-[:PART_OF*0..1]->(law:Legislation)
RETURN p.name AS power,
       COLLECT { MATCH (p)-[:HELD_BY]->(h) RETURN h.name } AS heldBy,
       basis.name AS conferredBy, basis.fromSection AS fromSection, basis.toSection AS toSection,
       law.name AS legislation, law.kind AS legislationKind, law.year AS year,
       COLLECT { MATCH (x)-[:RELIES_ON]->(p) RETURN x.name } AS reliedOnBy,
       COLLECT { MATCH (p)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.sourceId + ': "' + e.quote + '"' } AS quotes
ORDER BY year, power;

// Everything one source supports: every node and relationship citing source s001, with the quote, its offsets, and a check that the offsets match the stored text
MATCH (s:Source {id: 's001'})
CALL (s) {
  MATCH (n)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM_SOURCE]->(s)
  RETURN e, 'node' AS factKind, [l IN labels(n) WHERE NOT l IN ['Entity', 'Actor', 'Document', 'Event']][0] AS factType, n.id AS fact
  UNION
  MATCH ()-[r]->() WHERE r.evidence IS NOT NULL
  UNWIND r.evidence AS evidenceId
  MATCH (e:Evidence {id: evidenceId})-[:FROM_SOURCE]->(s)
  RETURN e, 'relationship' AS factKind, type(r) AS factType, r.id AS fact
}
RETURN s.id AS source, toInteger(e.start) AS start, toInteger(e.end) AS end, e.quote AS quote,
       substring(s.content, e.start, e.end - e.start) = e.quote AS offsetsMatch,
       factKind, factType, fact
ORDER BY start, end, factKind, fact;

// Stated in two sources: facts (nodes and relationships) cited by more than one source, with the quote from each
CALL () {
  MATCH (n)-[:EVIDENCED_BY]->(e:Evidence)
  RETURN 'node' AS factKind, [l IN labels(n) WHERE NOT l IN ['Entity', 'Actor', 'Document', 'Event']][0] AS factType,
         n.id AS fact, n.name AS name, e
  UNION
  MATCH (a)-[r]->(b) WHERE r.evidence IS NOT NULL
  UNWIND r.evidence AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  RETURN 'relationship' AS factKind, type(r) AS factType, r.id AS fact, a.name + ' -> ' + b.name AS name, e
}
WITH factKind, factType, fact, name, collect(DISTINCT e.sourceId) AS sources,
     collect(e.sourceId + ': "' + e.quote + '"') AS quotes
WHERE size(sources) > 1
RETURN factKind, factType, fact, name, sources, quotes
ORDER BY size(sources) DESC, factKind, fact;

// Timeline: events (other than statements), documents issued and obligation deadlines in date order, with the words that date them, the precision and whether the date is inferred
CALL () {
  MATCH (x:Event) WHERE NOT x:Statement
  RETURN x, 'happened' AS what, x.dateText AS dateText, x.datePrecision AS precision,
         x.dateEarliest AS earliest, x.dateLatest AS latest, x.dateInferred AS inferred, x.dateInference AS inference
  UNION
  MATCH (x:Document)
  RETURN x, 'issued' AS what, x.issuedText AS dateText, x.issuedPrecision AS precision,
         x.issuedEarliest AS earliest, x.issuedLatest AS latest, x.issuedInferred AS inferred, x.issuedInference AS inference
  UNION
  MATCH (x:Obligation)
  RETURN x, 'due' AS what, x.dueText AS dateText, x.duePrecision AS precision,
         x.dueEarliest AS earliest, x.dueLatest AS latest, x.dueInferred AS inferred, x.dueInference AS inference
}
WITH x, what, dateText, precision, earliest, latest, inferred, inference
WHERE earliest IS NOT NULL OR latest IS NOT NULL
RETURN coalesce(earliest, latest) AS sortDate, earliest, latest, precision, dateText, coalesce(inferred, false) AS inferred,
       what, [l IN labels(x) WHERE NOT l IN ['Entity', 'Actor', 'Document', 'Event']][0] AS type, x.name AS name, inference
ORDER BY sortDate, latest, name;

// Meetings: when and where they took place, who attended, what they were about, and the quotes that report them
MATCH (m:Meeting)
RETURN m.name AS meeting, m.dateText AS when, m.dateEarliest AS earliest, m.dateLatest AS latest, m.datePrecision AS precision,
       coalesce(m.location, '(not stated)') AS location,
       COLLECT { MATCH (a)-[:ATTENDED]->(m) RETURN a.name + ' (' + [l IN labels(a) WHERE NOT l IN ['Entity', 'Actor']][0] + ')' AS n ORDER BY n } AS attendees,
       COLLECT { MATCH (m)-[:CONCERNS]->(x) RETURN x.name } AS about,
       COLLECT { MATCH (m)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.sourceId + ': "' + e.quote + '"' AS q ORDER BY q } AS quotes
ORDER BY earliest;

// Threats and their legal basis: who threatens which consequence, for which obligations, under which power and sections (e.g. sections 152-161 of the 2014 Act)
MATCH (c:Consequence)
OPTIONAL MATCH (c)-[:RELIES_ON]->(power:Power)
OPTIONAL MATCH (power)-[:CONFERRED_BY]->(provision)
OPTIONAL MATCH (provision)-[:PART_OF*0..1]->(law:Legislation)
RETURN c.name AS consequence,
       COLLECT { MATCH (who)-[t:THREATENS]->(c) RETURN who.name + CASE WHEN t.inferred THEN ' (inferred)' ELSE '' END } AS threatenedBy,
       COLLECT { MATCH (o:Obligation)-[:ON_BREACH]->(c) RETURN o.name + ' (due ' + coalesce(toString(o.dueLatest), 'no date') + ')' } AS ifBreached,
       coalesce(power.name, '(no legal basis stated)') AS power,
       provision.name AS provision, provision.fromSection AS fromSection, provision.toSection AS toSection, law.name AS legislation,
       COLLECT { MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.sourceId + ': "' + e.quote + '"' AS q ORDER BY q } AS quotes
ORDER BY fromSection IS NULL, consequence;

// Intervention threat as a graph: the Welsh Ministers' threat, the obligations it backs, and the chain to sections 152-161 and the Act (graph view)
MATCH threat = (who)-[:THREATENS]->(c:Consequence)-[:RELIES_ON]->(:Power)-[:CONFERRED_BY]->(:Provision {fromSection: 152})-[:PART_OF]->(:Legislation)
OPTIONAL MATCH breach = (:Document)-[:IMPOSES]->(:Obligation)-[:ON_BREACH]->(c)
RETURN threat, collect(breach) AS breaches;

// Provenance of one relationship: follow r.evidence to the exact quotes, offsets and sources (here: the follow-up notice imposing the 7 February plan)
MATCH (a)-[r]->(b)
WHERE r.id = 'follow-up-warning-notice|IMPOSES|obl-submit-revised-improvement-plan'
MATCH (e:Evidence)-[:FROM_SOURCE]->(s:Source)
WHERE e.id IN r.evidence
RETURN a.name AS from, type(r) AS rel, b.name AS to, coalesce(r.inferred, false) AS inferred, r.inference AS inference,
       e.id AS evidence, e.quote AS quote, toInteger(e.start) AS start, toInteger(e.end) AS end, s.title AS source
ORDER BY start;

// Readings between the lines: every relationship marked inferred, with the inference and the quotes it rests on
MATCH (a)-[r]->(b)
WHERE r.inferred = true
RETURN type(r) AS rel, a.name AS from, b.name AS to, r.inference AS inference,
       [(e:Evidence)-[:FROM_SOURCE]->(s:Source) WHERE e.id IN r.evidence | s.id + ': "' + e.quote + '"'] AS restsOn
ORDER BY rel, from, to;

// Retracted facts: what curators withdrew from the graph (label Retracted, or retracted: true on a link), with the revision that did it: who, when and why (one row: how many, and each)
CALL () {
  MATCH (n:Retracted) RETURN 'entity' AS kind, n.id AS key, n.name AS name, n.retractedRevision AS revision
  UNION ALL
  MATCH (a)-[r]->(b) WHERE r.retracted = true RETURN 'link' AS kind, r.id AS key, a.name + ' -' + type(r) + '-> ' + b.name AS name, r.retractedRevision AS revision
}
OPTIONAL MATCH (rev:Revision {id: revision})
WITH kind, key, name, rev ORDER BY rev.at DESC, key
RETURN count(key) AS retracted,
       collect({kind: kind, key: key, name: name, by: rev.author, at: rev.at, reason: rev.reason}) AS facts;

// History of the first warning notice: every revision that changed it (a load of the seed, a mutation), newest first, with who, when and why
MATCH (rev:Revision) WHERE 'first-warning-notice' IN rev.entities
RETURN rev.at AS at, rev.author AS author, rev.mutation AS mutation, rev.reason AS reason, rev.id AS revision
ORDER BY at DESC;
