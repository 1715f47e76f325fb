// The six benchmark operations, each written three ways: for this API, for the Neo4j GraphQL
// Library (bench/neo4j-graphql.typeDefs.graphql), and as ONE hand-written Cypher query (the floor).
import { luceneQuery } from '../src/db/graph.js';
import { statusAsOf } from '../src/db/status.js';

export interface OpParams {
  personKey: string;
  bodyKey: string;
  searchText: string;
  asOf: string;
}

export interface GraphQLCall {
  query: string;
  variables: Record<string, unknown>;
}

export interface Op {
  name: string;
  title: string;
  api: (p: OpParams) => GraphQLCall;
  /** Undefined where the library cannot express the operation. */
  ngql?: (p: OpParams) => GraphQLCall;
  /** How the library expresses it, where that needs a note. */
  ngqlNote?: string;
  /** Neo4j round trips the library makes: one per root field. */
  ngqlRoundTrips?: number;
  cypher: (p: OpParams) => { cypher: string; params: Record<string, unknown> };
}

const gid = (type: string, key: string) => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
const neoDate = (iso: string) => ({ __date: iso });

export const ops: Op[] = [
  {
    name: 'person',
    title: 'Point lookup: a person with tenures → post → organisation',
    api: (p) => ({
      query: `query Person($key: String!) { entity(key: $key) { key name ... on Person { aliases honorific
        posts(first: 20) { node { key name qualifier start { earliest } end { latest }
          post { node { key name organisation { node { key name } } } } } } } } }`,
      variables: { key: p.personKey },
    }),
    ngql: (p) => ({
      query: `query Person($key: ID!) { people(where: { id: { eq: $key } }) { id name aliases honorific
        tenures(limit: 20, sort: [{ name: ASC }, { id: ASC }]) { id name qualifier startEarliest endLatest
          post { id name organisation { id name } } } } }`,
      variables: { key: p.personKey },
    }),
    ngqlRoundTrips: 1,
    cypher: (p) => ({
      cypher: `MATCH (p:Entity {id: $key}) WHERE p:Person
        RETURN p { .id, .name, .aliases, .honorific,
          posts: COLLECT { MATCH (p)-[:HAS_TENURE]->(t:Tenure) WITH t ORDER BY t.name, t.id LIMIT 20
            RETURN t { .id, .name, .qualifier, .startEarliest, .endLatest,
              post: [(t)-[:IN_POST]->(po) | po { .id, .name, organisation: [(po)-[:POST_IN]->(o) | o { .id, .name }][0] }][0] } } } AS person`,
      params: { key: p.personKey },
    }),
  },
  {
    name: 'bodyObligations',
    title: 'Obligations of one body with bearer, imposing notice and evidence (first 20 + total)',
    api: (p) => ({
      query: `query BodyObligations($body: ID!) { obligations(filter: { bearer: $body }, first: 20) { totalCount
        edges { node { key action dueDate { latest } bearer { node { key name } }
          imposingDocument { node { key name ... on WarningNotice { notice } } }
          evidence { quote start end source { key } } } } } }`,
      variables: { body: gid('Organisation', p.bodyKey) },
    }),
    ngql: (p) => ({
      query: `query BodyObligations($body: ID!) {
        obligationsConnection(where: { bearer: { some: { id: { eq: $body } } } }) { totalCount }
        obligations(where: { bearer: { some: { id: { eq: $body } } } }, sort: [{ dueLatest: ASC }, { id: ASC }], limit: 20) {
          id action dueLatest bearer(limit: 1) { id name }
          imposingDocument(limit: 1) { id name ... on WarningNotice { notice } }
          evidence { quote start end source { id } } } }`,
      variables: { body: p.bodyKey },
    }),
    ngqlRoundTrips: 2,
    cypher: (p) => ({
      cypher: `MATCH (b:Entity {id: $body})
        CALL (b) { MATCH (b)-[:BEARS]->(n:Obligation) RETURN count(n) AS total }
        CALL (b) { MATCH (b)-[:BEARS]->(n:Obligation) WITH n ORDER BY n.dueLatest IS NULL, n.dueLatest, n.id LIMIT 20
          RETURN collect(n { .id, .action, .dueLatest, bearer: b { .id, .name },
            imposingDocument: [(d)-[:IMPOSES]->(n) | d { .id, .name, .notice }][0],
            evidence: [(n)-[:EVIDENCED_BY]->(e) | e { .quote, .start, .end, source: e.sourceId }] }) AS page }
        RETURN total, page`,
      params: { body: p.bodyKey },
    }),
  },
  {
    name: 'requests',
    title: 'Requests with requester, addressees and legal basis (first 20 by date + total)',
    api: () => ({
      query: `query Requests { requests(first: 20) { totalCount edges { node { key name subject date { earliest }
        requesters { node { key name } } addressees { node { key name } } legalBasis { node { key name } } } } } }`,
      variables: {},
    }),
    ngql: () => ({
      query: `query Requests { requestsConnection { totalCount }
        requests(sort: [{ dateEarliest: ASC }, { id: ASC }], limit: 20) { id name subject dateEarliest
          requesters { id name } addressees { id name } legalBasis { id name } } }`,
      variables: {},
    }),
    ngqlRoundTrips: 2,
    cypher: () => ({
      cypher: `CALL () { MATCH (n:Request) RETURN count(n) AS total }
        CALL () { MATCH (n:Request) WITH n ORDER BY n.dateEarliest, n.id LIMIT 20
          RETURN collect(n { .id, .name, .subject, .dateEarliest,
            requesters: [(a)-[:MADE]->(n) | a { .id, .name }], addressees: [(n)-[:ADDRESSED_TO]->(a) | a { .id, .name }],
            legalBasis: [(n)-[:RELIES_ON]->(l) | l { .id, .name }] }) AS page }
        RETURN total, page`,
      params: {},
    }),
  },
  {
    name: 'actorsPage',
    title: 'N+1 shape: a page of 100 people, each with tenures → post (two nested levels)',
    api: () => ({
      query: `query PeoplePage { people(first: 100) { totalCount edges { node { key name
        posts(first: 5) { node { key name post { node { key name } } } } } } } }`,
      variables: {},
    }),
    ngql: () => ({
      query: `query PeoplePage { peopleConnection { totalCount }
        people(sort: [{ name: ASC }, { id: ASC }], limit: 100) { id name
          tenures(limit: 5, sort: [{ name: ASC }, { id: ASC }]) { id name post { id name } } } }`,
      variables: {},
    }),
    ngqlRoundTrips: 2,
    cypher: () => ({
      cypher: `CALL () { MATCH (n:Person) RETURN count(n) AS total }
        CALL () { MATCH (n:Person) WITH n ORDER BY n.name, n.id LIMIT 100
          RETURN collect(n { .id, .name, posts: COLLECT { MATCH (n)-[:HAS_TENURE]->(t:Tenure) WITH t ORDER BY t.name, t.id LIMIT 5
            RETURN t { .id, .name, post: [(t)-[:IN_POST]->(p) | p { .id, .name }][0] } } }) AS page }
        RETURN total, page`,
      params: {},
    }),
  },
  {
    name: 'search',
    title: 'Full-text search (entity_text index), top 20',
    api: (p) => ({
      query: `query Search($text: String!) { search(text: $text, first: 20) { score type node { key name } } }`,
      variables: { text: p.searchText },
    }),
    ngql: (p) => ({
      query: `query Search($phrase: String!) { searchEntities(phrase: $phrase, first: 20, sort: [{ score: DESC }]) { edges { score node { id name } } } }`,
      variables: { phrase: luceneQuery(p.searchText) },
    }),
    ngqlNote: '@fulltext on an `Entity` type; cannot exclude Evidence/Source hits by label or add the exact-name boost',
    ngqlRoundTrips: 1,
    cypher: (p) => ({
      cypher: `CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: 100}) YIELD node AS n, score
        WHERE NOT n:Evidence AND NOT n:Source
        RETURN n.id AS id, n.name AS name, score ORDER BY score DESC, n.id LIMIT 20`,
      params: { query: luceneQuery(p.searchText) },
    }),
  },
  {
    name: 'overdue',
    // No total: the library's custom field cannot give one, so no variant counts (until
    // 2026-11-23's third run, this API and the floor also counted every overdue obligation).
    title: 'Obligations overdue as of a date, with status and bearer (first 20)',
    api: (p) => ({
      query: `query Overdue($asOf: LocalDate!) { obligations(filter: { status: [OVERDUE], asOf: $asOf }, first: 20) {
        edges { node { key action dueDate { latest } status(asOf: $asOf) bearer { node { key name } } } } } }`,
      variables: { asOf: p.asOf },
    }),
    ngql: (p) => ({
      query: `query Overdue($asOf: Date!) { overdueObligations(asOf: $asOf, limit: 20) { id action dueLatest status(asOf: $asOf) bearer { id name } } }`,
      variables: { asOf: p.asOf },
    }),
    ngqlNote:
      'only through a custom @cypher root field holding the status rule (hand-written Cypher inside the library), which cannot give a total',
    ngqlRoundTrips: 1,
    cypher: (p) => ({
      // OVERDUE implies dueLatest < asOf, so the range index on Obligation(dueLatest, id) narrows
      // first and gives the order (the API's statement does the same, src/db/obligations.ts);
      // the status rule is the API's own (src/db/status.ts), as the library's custom field's is.
      cypher: `MATCH (n:Obligation) WHERE n.dueLatest < $asOf AND n.id IS NOT NULL
        WITH n WHERE ${statusAsOf('n', '$asOf')} = 'OVERDUE'
        WITH n ORDER BY n.dueLatest, n.id LIMIT 20
        RETURN collect(n { .id, .action, .dueLatest, status: 'OVERDUE', bearer: [(a)-[:BEARS]->(n) | a { .id, .name }][0] }) AS page`,
      params: { asOf: neoDate(p.asOf) },
    }),
  },
];

/** Cypher params may carry `{__date: 'YYYY-MM-DD'}` markers (JSON over IPC); the child turns them into Dates. */
export function isDateMarker(v: unknown): v is { __date: string } {
  return typeof v === 'object' && v !== null && '__date' in v;
}
