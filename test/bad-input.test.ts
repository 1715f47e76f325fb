// Bad input of every kind, over HTTP, table-driven: each case declares whether it must be an error
// (with which code and HTTP status) or a normal answer. No case may produce an internal error, a
// 5xx, a stack trace or internal detail, and after all of them the graph is byte-for-byte the same
// and the server still answers. test/errors.test.ts holds the first, hand-written error tests.
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { globalId, graphDigest } from './helpers.js';

/** Codes a client may see for bad input. OPERATION_RESOLUTION_FAILURE: Apollo's code for an
 * operationName that names no operation (or none given for several); server.ts lists it as a client code. */
const ALLOWED_CODES = [
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_LIMIT_EXCEEDED',
  'NOT_FOUND',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
] as const;
type Code = (typeof ALLOWED_CODES)[number];

/** Words that would mean internals leaked into a response body. */
const LEAK =
  /neo4j|cypher|stacktrace| at \/(?!graphql\b)|node_modules|\.ts:\d+|\b(TypeError|ReferenceError|RangeError)\b/i;

interface Req {
  method?: string;
  /** Path and query string relative to the API's origin; default /graphql. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Send on a connection of its own that the client closes (a 413 ends its connection). */
  fresh?: boolean;
}

type Group =
  | 'json'
  | 'content-type'
  | 'syntax'
  | 'validation'
  | 'variables'
  | 'ids'
  | 'dates'
  | 'paging'
  | 'cursors'
  | 'limits'
  | 'size'
  | 'search'
  | 'keys'
  | 'operations'
  | 'http';

interface ErrorCase {
  name: string;
  group: Group;
  req: Req;
  expect: 'error';
  code: Code;
  /** Expected HTTP status: 4xx for request-level errors; 200 for errors raised while resolving a field. */
  status: number;
  message?: RegExp;
  /** For OPERATION_LIMIT_EXCEEDED: which limit. */
  limit?: string;
}

interface DataCase {
  name: string;
  group: Group;
  req: Req;
  expect: 'data';
  check?: (data: any) => void;
}

type Case = ErrorCase | DataCase;

// ---- request builders ----

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

function post(query: unknown, variables?: unknown, extra: Record<string, unknown> = {}): Req {
  return { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ query, variables, ...extra }) };
}

function raw(body: string | Uint8Array, contentType?: string): Req {
  return { method: 'POST', headers: contentType ? { 'content-type': contentType } : {}, body };
}

/** A GET that passes CSRF prevention (a non-simple header), as Apollo's clients send. */
const fresh = (req: Req): Req => ({ ...req, fresh: true });

function get(
  params: Record<string, string>,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Req {
  return { method: 'GET', path: `/graphql?${new URLSearchParams(params)}`, headers };
}

const SEARCH = `query S($t: String!) { search(text: $t) { type score node { key name } } }`;
const search = (text: string): Req => post(SEARCH, { t: text });
const ENTITY = `query E($k: String!) { entity(key: $k) { key name } }`;
const entity = (key: string): Req => post(ENTITY, { k: key });
const NODE = `query N($id: ID!) { node(id: $id) { id } }`;
const node = (id: unknown): Req => post(NODE, { id });
const OBLIGATIONS_ASOF = `query O($d: LocalDate!) { obligations(filter: { asOf: $d }) { totalCount } }`;
const EVENTS_FROM = `query E($d: LocalDate) { events(filter: { from: $d }) { totalCount } }`;
const id64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const cursor = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const searchHits = (d: any) => {
  expect(Array.isArray(d.search)).toBe(true);
  for (const h of d.search) expect(typeof h.node.key).toBe('string');
};
const noEntity = (d: any) => expect(d.entity).toBeNull();

// ---- query builders for the limits ----

function deepQuery(levels: number): string {
  let inner = 'key';
  for (let i = 0; i < levels; i++) inner = `concernedBy(first: 1) { node { ${inner} } }`;
  return `{ entity(key: "powys-county-council") { ${inner} } }`;
}

function deepFragments(levels: number): string {
  const defs = [`fragment F${levels} on Entity { key }`];
  for (let i = levels - 1; i >= 0; i--)
    defs.push(`fragment F${i} on Entity { concernedBy(first: 1) { node { ...F${i + 1} } } }`);
  return `{ entity(key: "powys-county-council") { ...F0 } } ${defs.join(' ')}`;
}

const ELEVEN_ROOTS = [
  'sources { totalCount }',
  'actors { totalCount }',
  'people { totalCount }',
  'organisations { totalCount }',
  'documents { totalCount }',
  'events { totalCount }',
  'requests { totalCount }',
  'obligations { totalCount }',
  'search(text: "x") { type }',
  'entity(key: "x") { key }',
  'nodes(ids: []) { id }',
];

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

const COSTLY = `{ actors(first: 100) { edges { node { concernedBy(first: 100) { node { concernedBy(first: 100) { node { key } } } } } } } }`;

// ---- the table ----

const HUNDRED_KB = 'x'.repeat(100_000);
const ONE_MB = 'x'.repeat(1_000_000);
const invalidUtf8 = (before: string, after: string) =>
  Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(after)]);

const cases: Case[] = [
  // Malformed JSON bodies.
  {
    group: 'json',
    name: 'truncated JSON',
    req: raw('{"query": "{ sources { totalCount } }"', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /not valid JSON/,
  },
  {
    group: 'json',
    name: 'JSON with a trailing comma',
    req: raw('{"query": "{ sources { totalCount } }",}', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /not valid JSON/,
  },
  {
    group: 'json',
    name: 'single-quoted pseudo-JSON',
    req: raw("{'query': '{ sources { totalCount } }'}", 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /not valid JSON/,
  },
  {
    group: 'json',
    name: 'a byte-order mark before the JSON',
    req: raw('\uFEFF{"query": "{ sources { totalCount } }"}', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /not valid JSON/,
  },
  {
    group: 'json',
    name: 'invalid UTF-8 bytes in the JSON structure',
    req: raw(invalidUtf8('{"query"', ': "{ sources { totalCount } }"}'), 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /not valid JSON/,
  },
  {
    group: 'json',
    name: 'invalid UTF-8 bytes in the GraphQL document',
    req: raw(invalidUtf8('{"query": "{ sources ', '{ totalCount } }"}'), 'application/json'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
  },
  {
    group: 'json',
    name: 'top-level number',
    req: raw('42', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'json',
    name: 'top-level string',
    req: raw('"{ sources { totalCount } }"', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'json',
    name: 'top-level null',
    req: raw('null', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'json',
    name: 'top-level true',
    req: raw('true', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'json',
    name: 'empty body',
    req: raw('', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'json',
    name: 'empty object',
    req: raw('{}', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /POST body missing/,
  },
  {
    group: 'json',
    name: 'query is a number',
    req: post(42),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /quer(y|ies)/,
  },
  {
    group: 'json',
    name: 'query is an object',
    req: post({ kind: 'Document' }),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /quer(y|ies)/,
  },
  {
    group: 'json',
    name: 'query is an array of strings',
    req: post(['{ sources { totalCount } }']),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /quer(y|ies)/,
  },
  {
    group: 'json',
    name: 'query is null',
    req: post(null),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /quer(y|ies)/,
  },
  {
    group: 'json',
    name: 'variables is a JSON-encoded string',
    req: post('{ sources { totalCount } }', '{"n": 1}'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /variables/,
  },
  {
    group: 'json',
    name: 'variables is an array',
    req: post('{ sources { totalCount } }', [1, 2]),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /variables/,
  },
  {
    group: 'json',
    name: 'variables is a number',
    req: post('{ sources { totalCount } }', 7),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /variables/,
  },
  {
    group: 'json',
    name: 'operationName is a number',
    req: post('{ sources { totalCount } }', undefined, { operationName: 5 }),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /operationName/,
  },
  {
    group: 'json',
    name: 'extensions is a string',
    req: post('{ sources { totalCount } }', undefined, { extensions: 'x' }),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /extensions/,
  },

  // Content types.
  {
    group: 'content-type',
    name: 'no content-type (CSRF prevention)',
    req: raw(new TextEncoder().encode('{"query": "{ sources { totalCount } }"}')),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  {
    group: 'content-type',
    name: 'text/plain (CSRF prevention)',
    req: raw('{"query": "{ sources { totalCount } }"}', 'text/plain'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  {
    group: 'content-type',
    name: 'form-urlencoded (CSRF prevention)',
    req: raw('query=%7B%20sources%20%7B%20totalCount%20%7D%20%7D', 'application/x-www-form-urlencoded'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  {
    group: 'content-type',
    name: 'multipart/form-data (CSRF prevention)',
    req: raw(
      '--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ sources { totalCount } }\r\n--b--',
      'multipart/form-data; boundary=b',
    ),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  {
    group: 'content-type',
    name: 'application/xml',
    req: raw('<query>{ sources { totalCount } }</query>', 'application/xml'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'content-type',
    name: 'application/graphql (raw document)',
    req: raw('{ sources { totalCount } }', 'application/graphql'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'content-type',
    name: 'application/json with a GraphQL document as body',
    req: raw('{ sources { totalCount } }', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /not valid JSON/,
  },

  // GraphQL syntax.
  {
    group: 'syntax',
    name: 'unclosed selection set',
    req: post('{ sources { totalCount }'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Syntax Error/,
  },
  {
    group: 'syntax',
    name: 'empty selection set',
    req: post('query { }'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Syntax Error/,
  },
  {
    group: 'syntax',
    name: 'argument without a value',
    req: post('{ sources(first: ) { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Syntax Error/,
  },
  {
    group: 'syntax',
    name: 'braces reversed',
    req: post('}{'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Syntax Error/,
  },
  {
    group: 'syntax',
    name: 'empty query string',
    req: post(''),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /non-empty `query`/,
  },
  {
    group: 'syntax',
    name: 'whitespace-only query',
    req: post('   \n\t '),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Syntax Error/,
  },
  {
    group: 'syntax',
    name: 'unterminated string literal',
    req: post('{ search(text: "unterminated) { type } }'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Unterminated string/,
  },
  {
    group: 'syntax',
    name: 'invalid character',
    req: post('{ sources { totalCount } } %'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Syntax Error/,
  },
  {
    group: 'syntax',
    name: 'NUL character outside a string',
    req: post('{ sources\u0000 { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Syntax Error/,
  },
  {
    group: 'syntax',
    name: 'lone surrogate escape in a string literal',
    req: post('{ search(text: "\\uD800") { type } }'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Unicode/,
  },
  {
    group: 'syntax',
    name: 'SQL instead of GraphQL',
    req: post("SELECT * FROM users WHERE '1'='1'"),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Syntax Error/,
  },
  {
    group: 'syntax',
    name: 'Cypher instead of GraphQL',
    req: post('MATCH (n) DETACH DELETE n'),
    expect: 'error',
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    message: /Syntax Error/,
  },

  // Unknown fields, types, arguments; invalid documents.
  {
    group: 'validation',
    name: 'unknown root field',
    req: post('{ users { id } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /users/,
  },
  {
    group: 'validation',
    name: 'unknown nested field',
    req: post('{ sources { edges { node { password } } } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /password/,
  },
  {
    group: 'validation',
    name: 'unknown argument',
    req: post('{ sources(limit: 5) { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /limit/,
  },
  {
    group: 'validation',
    name: 'unknown type in a fragment',
    req: post('{ node(id: "x") { ... on Spaceship { id } } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /Spaceship/,
  },
  {
    group: 'validation',
    name: 'unknown type of a variable',
    req: post('query Q($x: Spaceship) { sources { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /Spaceship/,
  },
  {
    group: 'validation',
    name: 'missing required argument',
    req: post('{ search { type } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /text/,
  },
  {
    group: 'validation',
    name: 'unknown directive',
    req: post('{ sources @cached { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /cached/,
  },
  {
    group: 'validation',
    name: '@defer is not supported',
    req: post('{ sources { ... @defer { totalCount } } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /defer/,
  },
  {
    group: 'validation',
    name: 'object field without a selection',
    req: post('{ sources }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /sources/,
  },
  {
    group: 'validation',
    name: 'selection on a scalar',
    req: post('{ sources { totalCount { x } } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /totalCount/,
  },
  {
    group: 'validation',
    name: 'undefined variable',
    req: post('{ sources(first: $n) { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /\$n/,
  },
  {
    group: 'validation',
    name: 'unused variable',
    req: post('query Q($n: Int) { sources { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /\$n/,
  },
  {
    group: 'validation',
    name: 'string literal for an Int argument',
    req: post('{ sources(first: "ten") { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /Int/,
  },
  {
    group: 'validation',
    name: 'variable of the wrong declared type',
    req: post('query Q($f: String) { sources(first: $f) { totalCount } }', { f: '1' }),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /String/,
  },
  {
    group: 'validation',
    name: 'unknown enum value for sort',
    req: post('{ actors(sort: name) { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /name/,
  },
  {
    group: 'validation',
    name: 'interface field without a fragment',
    req: post('{ node(id: "x") { name } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /name/,
  },
  {
    group: 'validation',
    name: 'fragment cycle',
    req: post('{ sources { ...A } } fragment A on SourceConnection { ...B } fragment B on SourceConnection { ...A }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /itself/,
  },
  {
    group: 'validation',
    name: 'a lone fragment, no operation',
    req: post('fragment F on Query { sources { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
  },
  {
    group: 'validation',
    name: 'two anonymous operations',
    req: post('{ sources { totalCount } } { actors { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /anonymous/,
  },
  {
    group: 'validation',
    name: 'several operations, no operationName',
    req: post('query A { sources { totalCount } } query B { actors { totalCount } }'),
    expect: 'error',
    code: 'OPERATION_RESOLUTION_FAILURE',
    status: 400,
    message: /operation name/,
  },
  {
    group: 'validation',
    name: 'operationName names no operation',
    req: post('query A { sources { totalCount } }', undefined, { operationName: 'B' }),
    expect: 'error',
    code: 'OPERATION_RESOLUTION_FAILURE',
    status: 400,
    message: /B/,
  },
  {
    group: 'validation',
    name: 'unknown input field in a filter literal',
    req: post('{ actors(filter: { nameContains: "x", salary: 1 }) { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /salary/,
  },

  // Variables of the wrong type.
  {
    group: 'variables',
    name: 'string for Int',
    req: post('query Q($f: Int) { sources(first: $f) { totalCount } }', { f: '10' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /Int/,
  },
  {
    group: 'variables',
    name: 'float for Int',
    req: post('query Q($f: Int) { sources(first: $f) { totalCount } }', { f: 1.5 }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /Int/,
  },
  {
    group: 'variables',
    name: 'object for ID',
    req: node({ id: 'UGVyc29uOmFsdW4tZGF2aWVz' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /ID/,
  },
  {
    group: 'variables',
    name: 'array for ID',
    req: node(['a', 'b']),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /ID/,
  },
  {
    group: 'variables',
    name: 'null for a non-null ID',
    req: node(null),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /non-null|must not be null/,
  },
  {
    group: 'variables',
    name: 'missing non-null variable',
    req: post(NODE, {}),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /\$id/,
  },
  {
    group: 'variables',
    name: 'boolean for String',
    req: post(SEARCH, { t: true }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /String/,
  },
  {
    group: 'variables',
    name: 'array for String',
    req: post(SEARCH, { t: ['Powys'] }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /String/,
  },
  {
    group: 'variables',
    name: 'unknown enum value',
    req: post('query Q($s: [ObligationStatus!]) { obligations(filter: { status: $s }) { totalCount } }', {
      s: ['DONE_ISH'],
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /DONE_ISH/,
  },
  {
    group: 'variables',
    name: 'unknown field in an input object',
    req: post('query Q($f: ActorFilter) { actors(filter: $f) { totalCount } }', {
      f: { nameContains: 'x', salary: 1 },
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /salary/,
  },
  {
    group: 'variables',
    name: '__proto__ in an input object',
    req: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"query": "query Q($f: ActorFilter) { actors(filter: $f) { totalCount } }", "variables": {"f": {"__proto__": {"nameContains": "x"}}}}',
    },
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /__proto__/,
  },
  {
    group: 'variables',
    name: '5000-deep nested arrays for [EntityType!]',
    req: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: `{"query": "query Q($t: [EntityType!]) { search(text: \\"x\\", types: $t) { type } }", "variables": {"t": ${'['.repeat(5000)}${']'.repeat(5000)}}}`,
    },
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /EntityType/,
  },

  // Global ids: invalid and forged.
  {
    group: 'ids',
    name: 'id that is not base64url',
    req: node('%%%not-base64%%%'),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'standard base64 with padding',
    req: node(Buffer.from('Person:alun-davies').toString('base64') + '=='),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'empty id',
    req: node(''),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'integer literal as id',
    req: post('{ node(id: 5) { id } }'),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'unknown type (a Neo4j label outside the model)',
    req: node(id64('SeedState:seed')),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'type prefix in the wrong case',
    req: node(id64('person:alun-davies')),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'type with no key',
    req: node(id64('Person:')),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'no separator',
    req: node(id64('Person')),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: '10 KB id',
    req: node(id64(`Person:${'a'.repeat(10_000)}`)),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'RTL override inside an id',
    req: node(`UGVyc29u\u202eOmFsdW4`),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'wrong type prefix for an existing key (names nothing)',
    req: node(globalId('Person', 'powys-county-council')),
    expect: 'data',
    check: (d) => expect(d.node).toBeNull(),
  },
  {
    group: 'ids',
    name: 'Cypher text as the key of a well-formed id (names nothing)',
    req: node(globalId('Person', "') MATCH (n) DETACH DELETE n //")),
    expect: 'data',
    check: (d) => expect(d.node).toBeNull(),
  },
  {
    group: 'ids',
    name: 'Source id where an actor is required (events participant)',
    req: post('query Q($p: ID) { events(filter: { participant: $p }) { totalCount } }', {
      p: globalId('Source', 's000'),
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /Person or Organisation, not a Source/,
  },
  {
    group: 'ids',
    name: 'Source id where an actor is required (documents issuedBy)',
    req: post('query Q($p: ID) { documents(filter: { issuedBy: $p }) { totalCount } }', {
      p: globalId('Source', 's001'),
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /Person or Organisation, not a Source/,
  },
  {
    group: 'ids',
    name: 'Evidence id where an actor is required (requests requester)',
    req: post('query Q($p: ID) { requests(filter: { requester: $p }) { totalCount } }', {
      p: globalId('Evidence', 's000@0-10'),
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a Evidence|not an? Evidence/,
  },
  {
    group: 'ids',
    name: 'forged id in nodes(ids:)',
    req: post('query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [globalId('Person', 'alun-davies'), 'Zm9yZ2Vk'],
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /not a valid id/,
  },
  {
    group: 'ids',
    name: 'neighbourhood of an id that names nothing',
    req: post('query Q($id: ID!) { neighbourhood(id: $id) { truncated } }', {
      id: globalId('Person', 'nobody-at-all'),
    }),
    expect: 'error',
    code: 'NOT_FOUND',
    status: 200,
    message: /names nothing/,
  },
  {
    group: 'ids',
    name: 'path from an id that names nothing',
    req: post('query Q($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }', {
      a: globalId('Organisation', 'atlantis'),
      b: globalId('Person', 'alun-davies'),
    }),
    expect: 'error',
    code: 'NOT_FOUND',
    status: 200,
    message: /`from`/,
  },

  // Dates out of range or malformed.
  {
    group: 'dates',
    name: '2018-02-30 (no such day)',
    req: post(EVENTS_FROM, { d: '2018-02-30' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /LocalDate|date/i,
  },
  {
    group: 'dates',
    name: '2018-02-29 (not a leap year)',
    req: post(OBLIGATIONS_ASOF, { d: '2018-02-29' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /LocalDate|date/i,
  },
  {
    group: 'dates',
    name: '0000-01-01 (outside the graph years)',
    req: post(OBLIGATIONS_ASOF, { d: '0000-01-01' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /between 1800-01-01 and 2200-12-31/,
  },
  {
    group: 'dates',
    name: '1799-12-31 (just before the range)',
    req: post(EVENTS_FROM, { d: '1799-12-31' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /between 1800-01-01 and 2200-12-31/,
  },
  {
    group: 'dates',
    name: '99999-01-01 (five-digit year)',
    req: post(OBLIGATIONS_ASOF, { d: '99999-01-01' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /LocalDate|date/i,
  },
  {
    group: 'dates',
    name: "'2018-1-1' (no zero padding)",
    req: post(EVENTS_FROM, { d: '2018-1-1' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /LocalDate|date/i,
  },
  {
    group: 'dates',
    name: 'emoji as a date',
    req: post(OBLIGATIONS_ASOF, { d: '📅' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /LocalDate|date/i,
  },
  {
    group: 'dates',
    name: 'a date-time where a day is expected',
    req: post(OBLIGATIONS_ASOF, { d: '2018-02-01T00:00:00Z' }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /LocalDate|date/i,
  },
  {
    group: 'dates',
    name: 'an integer as a date',
    req: post(OBLIGATIONS_ASOF, { d: 20180201 }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /invalid value 20180201/,
  },
  {
    group: 'dates',
    name: 'invalid date literal in the document',
    req: post('{ documents(filter: { issuedAfter: "2018-13-01" }) { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /LocalDate/,
  },
  {
    group: 'dates',
    name: 'status(asOf:) out of range on a nested field',
    req: post('{ obligations(first: 1) { edges { node { status(asOf: "1000-01-01") } } } }'),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`asOf` must be a date between/,
  },

  // Page sizes.
  {
    group: 'paging',
    name: 'first: -1 (literal, sources)',
    req: post('{ sources(first: -1) { totalCount } }'),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`first` must be zero or a positive integer/,
  },
  {
    group: 'paging',
    name: 'first: 0 is an empty page',
    req: post('{ sources(first: 0) { totalCount edges { cursor } } }'),
    expect: 'data',
    check: (d) => {
      expect(d.sources.edges).toEqual([]);
      expect(d.sources.totalCount).toBe(3);
    },
  },
  {
    group: 'paging',
    name: 'first: 1001 (documents)',
    req: post('{ documents(first: 1001) { totalCount } }'),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`first` must be at most 100/,
  },
  {
    group: 'paging',
    name: 'first: 2^31 (literal beyond Int)',
    req: post('{ sources(first: 2147483648) { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /Int/,
  },
  {
    group: 'paging',
    name: 'first: 2^31 (variable beyond Int)',
    req: post('query Q($f: Int) { sources(first: $f) { totalCount } }', { f: 2 ** 31 }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /32-bit/,
  },
  {
    group: 'paging',
    name: 'first: 2^31-1 (largest Int, priced out by the cost limit)',
    req: post('{ events(first: 2147483647) { totalCount } }'),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'cost',
    message: /cost/,
  },
  {
    group: 'paging',
    name: 'first: 1e10 as a float literal',
    req: post('{ sources(first: 1e10) { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /Int/,
  },
  {
    group: 'paging',
    name: 'first: 1e10 as a variable',
    req: post('query Q($f: Int) { sources(first: $f) { totalCount } }', { f: 1e10 }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /Int/,
  },
  {
    group: 'paging',
    name: 'first: 101 on a relationship field',
    req: post('{ entity(key: "powys-county-council") { concernedBy(first: 101) { role } } }'),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`first` must be at most 100/,
  },
  {
    group: 'paging',
    name: 'search first: -5',
    req: post('{ search(text: "Powys", first: -5) { type } }'),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`first`/,
  },
  {
    group: 'paging',
    name: 'nodes(ids:) with 101 ids',
    req: post('query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, (_, i) => globalId('Person', `p${i}`)),
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /at most 100 ids/,
  },
  {
    group: 'paging',
    name: 'neighbourhood depth: 4',
    req: post('query Q($id: ID!) { neighbourhood(id: $id, depth: 4) { truncated } }', {
      id: globalId('Person', 'alun-davies'),
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`depth` must be an integer from 1 to 3/,
  },
  {
    group: 'paging',
    name: 'neighbourhood limit: 0',
    req: post('query Q($id: ID!) { neighbourhood(id: $id, limit: 0) { truncated } }', {
      id: globalId('Person', 'alun-davies'),
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`limit` must be an integer from 1 to 1000/,
  },
  {
    group: 'paging',
    name: 'path maxHops: 11',
    req: post('query Q($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 11) { length } }', {
      a: globalId('Person', 'alun-davies'),
      b: globalId('Person', 'kirsty-williams'),
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`maxHops` must be an integer from 1 to 10/,
  },

  // Cursors.
  {
    group: 'cursors',
    name: 'empty cursor',
    req: post('{ sources(after: "") { totalCount } }'),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`after` is not a cursor/,
  },
  {
    group: 'cursors',
    name: 'cursor in clear text',
    req: post('{ actors(after: "o:5") { totalCount } }'),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`after` is not a cursor/,
  },
  {
    group: 'cursors',
    name: 'negative offset',
    req: post(`{ actors(after: "${cursor('o:-1')}") { totalCount } }`),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`after` is not a cursor/,
  },
  {
    group: 'cursors',
    name: 'ten-digit offset',
    req: post(`{ documents(after: "${cursor('o:1234567890')}") { totalCount } }`),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`after` is not a cursor/,
  },
  {
    group: 'cursors',
    name: 'padded base64 of a valid cursor',
    req: post(`{ events(after: "${Buffer.from('o:10').toString('base64')}") { totalCount } }`),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`after` is not a cursor/,
  },
  {
    group: 'cursors',
    name: 'valid cursor with trailing garbage',
    req: post(`{ obligations(after: "${cursor('o:1')}!!") { totalCount } }`),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`after` is not a cursor/,
  },
  {
    group: 'cursors',
    name: '10 KB cursor',
    req: post('query Q($c: String) { requests(after: $c) { totalCount } }', { c: 'A'.repeat(10_000) }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /`after` is not a cursor/,
  },
  {
    group: 'cursors',
    name: 'integer literal as a cursor',
    req: post('{ sources(after: 5) { totalCount } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /String/,
  },
  {
    group: 'cursors',
    name: 'well-formed cursor past the end is an empty page',
    req: post(`{ sources(after: "${cursor('o:999999')}") { totalCount edges { cursor } pageInfo { hasNextPage } } }`),
    expect: 'data',
    check: (d) => {
      expect(d.sources.edges).toEqual([]);
      expect(d.sources.pageInfo.hasNextPage).toBe(false);
    },
  },

  // Operation limits.
  {
    group: 'limits',
    name: 'depth 20 (over MAX_DEPTH 15)',
    req: post(deepQuery(10)),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'depth',
    message: /depth/i,
  },
  {
    group: 'limits',
    name: 'depth over the limit through fragments',
    req: post(deepFragments(10)),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'depth',
    message: /depth/i,
  },
  {
    group: 'limits',
    name: '11 distinct root fields (over MAX_ROOT_FIELDS 10)',
    req: post(`{ ${ELEVEN_ROOTS.join(' ')} }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'rootFields',
    message: /11 root fields/,
  },
  {
    group: 'limits',
    name: '12 aliased root fields',
    req: post(`{ ${aliases(12, 'sources { totalCount }')} }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'rootFields',
    message: /12 root fields/,
  },
  {
    group: 'limits',
    name: '11 root fields through a fragment on Query',
    req: post(`{ ...Wide } fragment Wide on Query { ${ELEVEN_ROOTS.join(' ')} }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'rootFields',
    message: /11 root fields/,
  },
  {
    group: 'limits',
    name: '11 identical root fields (merged, still counted)',
    req: post(`{ ${Array(11).fill('sources { totalCount }').join(' ')} }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'rootFields',
    message: /11 root fields/,
  },
  {
    group: 'limits',
    name: '31 aliases in one selection (over MAX_ALIASES 30)',
    req: post(`{ sources { ${aliases(31, 'totalCount')} } }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'aliases',
    message: /alias/i,
  },
  {
    group: 'limits',
    name: '200 aliases across nested fields',
    req: post(`{ entity(key: "powys-county-council") { ${aliases(200, 'key')} } }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'aliases',
    message: /alias/i,
  },
  {
    group: 'limits',
    name: '21 directives',
    req: post(`{ sources { ${Array(21).fill('totalCount @skip(if: false)').join(' ')} } }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'directives',
    message: /directive/i,
  },
  {
    group: 'limits',
    name: 'cost over MAX_COST (three nested pages of 100)',
    req: post(COSTLY),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'cost',
    message: /cost is \d+/,
  },
  {
    group: 'limits',
    name: 'more than MAX_TOKENS tokens in under 20 KB',
    req: post(`{ nodes(ids: [${'1 '.repeat(5100)}]) { id } }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'tokens',
    message: /more than 5000 tokens/,
  },

  // Sizes: documents, variables, bodies.
  {
    group: 'size',
    name: 'document over 20 KB (comment padding)',
    req: post(`{ sources { totalCount } } # ${'x'.repeat(21_000)}`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'documentBytes',
    message: /larger than 20000 bytes/,
  },
  {
    group: 'size',
    name: 'document over 20 KB (a huge string literal)',
    req: post(`{ search(text: "${'y'.repeat(25_000)}") { type } }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'documentBytes',
    message: /larger than 20000 bytes/,
  },
  {
    group: 'size',
    name: 'document of 11 000 characters but 22 000 bytes (ŵ is two bytes in UTF-8)',
    req: post(`{ search(text: "${'ŵ'.repeat(11_000)}") { type } }`),
    expect: 'error',
    code: 'OPERATION_LIMIT_EXCEEDED',
    status: 400,
    limit: 'documentBytes',
    message: /larger than 20000 bytes/,
  },
  {
    group: 'size',
    name: '201-character search text',
    req: search('s'.repeat(201)),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /at most 200 characters/,
  },
  {
    group: 'size',
    name: '100 KB search text in variables',
    req: search(HUNDRED_KB),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /at most 200 characters/,
  },
  {
    group: 'size',
    name: '1 MB search text in variables (over the body limit)',
    req: fresh(search(ONE_MB)),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 413,
    message: /larger than \d+ bytes/,
  },
  {
    group: 'size',
    name: 'body over the limit made of whitespace',
    req: fresh(raw(`{"query": "{ sources { totalCount } }"${' '.repeat(200_000)}}`, 'application/json')),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 413,
    message: /larger than \d+ bytes/,
  },
  {
    group: 'size',
    name: '201-character entity key',
    req: entity('k'.repeat(201)),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 200,
    message: /at most 200 characters/,
  },

  // Full-text query syntax in search: escaped, answered.
  {
    group: 'search',
    name: 'plain word (sanity: finds things)',
    req: search('Powys'),
    expect: 'data',
    check: (d) => {
      searchHits(d);
      expect(d.search.length).toBeGreaterThan(0);
    },
  },
  {
    group: 'search',
    name: 'every Lucene special character',
    req: search('AND OR NOT ( ) [ ] { } ^ ~ * ? : \\ / " + - && || !'),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'specials glued to a word',
    req: search('Powys^10 (council) [a TO z] {x} "quoted'),
    expect: 'data',
    check: searchHits,
  },
  { group: 'search', name: 'field syntax title:x', req: search('title:x'), expect: 'data', check: searchHits },
  {
    group: 'search',
    name: 'match-all *:*',
    req: search('*:*'),
    expect: 'data',
    check: (d) => {
      searchHits(d);
      expect(d.search.length).toBeLessThan(20);
    },
  },
  { group: 'search', name: 'fuzzy a~0.5', req: search('a~0.5'), expect: 'data', check: searchHits },
  { group: 'search', name: 'unbalanced quote', req: search('"Powys council'), expect: 'data', check: searchHits },
  { group: 'search', name: 'boolean operators alone', req: search('AND'), expect: 'data', check: searchHits },
  { group: 'search', name: 'dangling operator', req: search('Powys AND'), expect: 'data', check: searchHits },
  { group: 'search', name: 'trailing backslash', req: search('Powys\\'), expect: 'data', check: searchHits },
  { group: 'search', name: 'regular expression', req: search('/Pow.*/'), expect: 'data', check: searchHits },
  {
    group: 'search',
    name: 'required/prohibited +Powys -Council',
    req: search('+Powys -Council'),
    expect: 'data',
    check: searchHits,
  },
  { group: 'search', name: 'leading wildcard', req: search('*owys ?owys'), expect: 'data', check: searchHits },
  {
    group: 'search',
    name: '100 one-letter words (many clauses)',
    req: search('a '.repeat(100)),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'exactly 200 characters',
    req: search('Powys '.repeat(33) + 'Po'),
    expect: 'data',
    check: searchHits,
  },
  { group: 'search', name: 'empty text', req: search(''), expect: 'data', check: (d) => expect(d.search).toEqual([]) },
  {
    group: 'search',
    name: 'whitespace only',
    req: search(' \t\n '),
    expect: 'data',
    check: (d) => expect(d.search).toEqual([]),
  },
  // `types` is the EntityType enum: an unknown value fails validation, before anything runs.
  {
    group: 'search',
    name: 'unknown type filter',
    req: post('{ search(text: "Powys", types: [SPACESHIP]) { type } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /"SPACESHIP" does not exist in "EntityType"/,
  },
  {
    group: 'search',
    name: 'a type name as a string',
    req: post('{ search(text: "Powys", types: ["Person"]) { type } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /EntityType/,
  },
  {
    group: 'search',
    name: 'family label as a type filter',
    req: post('{ search(text: "Powys", types: [ENTITY]) { type } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /"ENTITY" does not exist in "EntityType"/,
  },
  {
    group: 'search',
    name: 'Cypher in the type filter',
    req: post('query Q($t: [EntityType!]) { search(text: "Powys", types: $t) { type } }', {
      t: ['Person) DETACH DELETE n //'],
    }),
    expect: 'error',
    code: 'BAD_USER_INPUT',
    status: 400,
    message: /EntityType/,
  },

  // Cypher-looking text in search and keys: values, never code.
  {
    group: 'search',
    name: "Cypher injection in search: ') MATCH (n) DETACH DELETE n //",
    req: search("') MATCH (n) DETACH DELETE n //"),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'SQL-style injection in search: " OR 1=1 --',
    req: search('" OR 1=1 --'),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'parameter names in search: $param $index $query',
    req: search('$param $index $query'),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'backticks in search',
    req: search('`Entity`) RETURN `n` //'),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'CALL procedure text in search',
    req: search("CALL dbms.components() YIELD name RETURN name; CALL db.index.fulltext.drop('entity_search')"),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'keys',
    name: "Cypher injection as an entity key: ') MATCH (n) DETACH DELETE n //",
    req: entity("') MATCH (n) DETACH DELETE n //"),
    expect: 'data',
    check: noEntity,
  },
  {
    group: 'keys',
    name: 'SQL-style injection as a key: " OR 1=1 --',
    req: entity('" OR 1=1 --'),
    expect: 'data',
    check: noEntity,
  },
  { group: 'keys', name: 'parameter name as a key: $key', req: entity('$key'), expect: 'data', check: noEntity },
  { group: 'keys', name: 'backticks as a key', req: entity('`n`.id} RETURN n //'), expect: 'data', check: noEntity },
  { group: 'keys', name: '__proto__ as a key', req: entity('__proto__'), expect: 'data', check: noEntity },
  { group: 'keys', name: 'constructor as a key', req: entity('constructor'), expect: 'data', check: noEntity },
  { group: 'keys', name: 'empty key', req: entity(''), expect: 'data', check: noEntity },
  {
    group: 'keys',
    name: 'real key with a trailing NUL',
    req: entity('powys-county-council\u0000'),
    expect: 'data',
    check: noEntity,
  },
  {
    group: 'keys',
    name: 'real key with Cyrillic homoglyphs (р, о)',
    req: entity('\u0440\u043ewys-county-council'),
    expect: 'data',
    check: noEntity,
  },
  {
    group: 'keys',
    name: 'real key, a different entity type: Source by entity(key:)',
    req: entity('s000'),
    expect: 'data',
    check: noEntity,
  },
  {
    group: 'keys',
    name: 'regular expression in nameContains is literal',
    req: post('query Q($t: String) { actors(filter: { nameContains: $t }) { totalCount } }', { t: '.*' }),
    expect: 'data',
    check: (d) => expect(d.actors.totalCount).toBe(0),
  },
  {
    group: 'keys',
    name: 'Cypher injection in nameContains',
    req: post('query Q($t: String) { actors(filter: { nameContains: $t }) { totalCount } }', {
      t: "' OR 1=1 WITH n MATCH (m) DETACH DELETE m //",
    }),
    expect: 'data',
    check: (d) => expect(d.actors.totalCount).toBe(0),
  },

  // Control characters and mixed scripts.
  { group: 'search', name: 'NUL in search text', req: search('Powys\u0000council'), expect: 'data', check: searchHits },
  {
    group: 'search',
    name: 'BEL and other C0 controls',
    req: search('\u0007\u0008\u001b[31mPowys\u001b[0m'),
    expect: 'data',
    check: searchHits,
  },
  { group: 'search', name: 'RTL override', req: search('\u202eswyoP\u202c'), expect: 'data', check: searchHits },
  {
    group: 'search',
    name: 'zero-width joiners and spaces inside a word',
    req: search('Po\u200dw\u200by\u2060s'),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'Cyrillic/Latin homoglyphs',
    req: search('\u0420\u043ewys \u0421\u043euncil'),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'Welsh letters (ŵ ŷ) and Welsh words',
    req: search('Llywodraeth Cymru ŵ ŷ Gweinidog'),
    expect: 'data',
    check: searchHits,
  },
  { group: 'search', name: 'CJK', req: search('ポウイス 波伊斯 위원회'), expect: 'data', check: searchHits },
  {
    group: 'search',
    name: 'emoji and the Welsh flag (tag characters)',
    req: search('🏴󠁧󠁢󠁷󠁬󠁳󠁿 👩‍👧 Powys'),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'lone surrogate from JSON',
    req: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: `{"query": ${JSON.stringify(SEARCH)}, "variables": {"t": "Powys \\ud800"}}`,
    },
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'invalid UTF-8 bytes inside the search text',
    req: raw(invalidUtf8(`{"query": ${JSON.stringify(SEARCH)}, "variables": {"t": "Powys `, '"}}'), 'application/json'),
    expect: 'data',
    check: searchHits,
  },
  {
    group: 'search',
    name: 'combining characters (Zalgo)',
    req: search('P\u0336\u0300\u0301o\u0337\u0302w\u0338y\u0334s\u0335'),
    expect: 'data',
    check: searchHits,
  },

  // Mutations are the schema's (curation with a token; ingestion and review); subscriptions there are none.
  {
    group: 'operations',
    name: 'mutation of a field that does not exist',
    req: post('mutation { deleteEverything { ok } }'),
    expect: 'error',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: /Cannot query field "deleteEverything" on type "Mutation"/,
  },
  {
    group: 'operations',
    name: 'mutation without a token',
    req: post('mutation { retractFacts(input: { keys: ["powys-county-council"], reason: "r" }) { replayed } }'),
    expect: 'error',
    code: 'UNAUTHENTICATED',
    status: 401,
    message: /bearer token/,
  },
  {
    group: 'operations',
    name: 'mutation asking only __typename',
    req: post('mutation { __typename }'),
    expect: 'data',
    check: (data) => expect(data).toEqual({ __typename: 'Mutation' }),
  },
  {
    group: 'operations',
    name: 'subscription',
    req: post('subscription { obligationChanged { id } }'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /not supported/,
  },
  {
    group: 'operations',
    name: 'mutation chosen by operationName next to a query, without a token',
    req: post(
      'query Q { sources { totalCount } } mutation M { retractFacts(input: { keys: ["x"], reason: "r" }) { replayed } }',
      undefined,
      { operationName: 'M' },
    ),
    expect: 'error',
    code: 'UNAUTHENTICATED',
    status: 401,
    message: /bearer token/,
  },
  {
    group: 'operations',
    name: 'mutation chosen by operationName next to a query',
    req: post('query Q { sources { totalCount } } mutation M { __typename }', undefined, { operationName: 'M' }),
    expect: 'data',
    check: (data) => expect(data).toEqual({ __typename: 'Mutation' }),
  },
  {
    group: 'operations',
    name: 'GET with a mutation',
    req: get({ query: 'mutation { __typename }' }),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 405,
    message: /GET requests only support query operations/,
  },
  {
    group: 'operations',
    name: 'GET without the CSRF preflight header',
    req: get({ query: '{ sources { totalCount } }' }, {}),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  { group: 'operations', name: 'GET with no query', req: get({}), expect: 'error', code: 'BAD_REQUEST', status: 400 },
  {
    group: 'operations',
    name: 'GET with variables that are not JSON',
    req: get({ query: SEARCH, variables: '{"t": ' }),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /variables/,
  },
  {
    group: 'operations',
    name: 'persisted query not registered',
    req: post(undefined, undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    // Automatic persisted queries answer "not found" with HTTP 200 by protocol: clients then send the full query.
    expect: 'error',
    code: 'PERSISTED_QUERY_NOT_FOUND',
    status: 200,
    message: /PersistedQueryNotFound/,
  },
  {
    group: 'operations',
    name: 'persisted query, unsupported version',
    req: post('{ sources { totalCount } }', undefined, {
      extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } },
    }),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /persisted query version/,
  },
  {
    group: 'operations',
    name: 'persisted query hash does not match the query',
    req: post('{ sources { totalCount } }', undefined, {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } },
    }),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /sha does not match/,
  },

  // HTTP methods, paths, batching.
  {
    group: 'http',
    name: 'PUT',
    req: { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ query: '{ sources { totalCount } }' }) },
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 405,
    message: /Use GET for queries or POST/,
  },
  {
    group: 'http',
    name: 'DELETE',
    req: { method: 'DELETE' },
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 405,
    message: /Use GET for queries or POST/,
  },
  {
    group: 'http',
    name: 'PATCH',
    req: { method: 'PATCH', headers: JSON_HEADERS, body: '{}' },
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 405,
    message: /Use GET for queries or POST/,
  },
  {
    group: 'http',
    name: 'unknown path',
    req: { method: 'POST', path: '/graphql/v2', headers: JSON_HEADERS, body: '{}' },
    expect: 'error',
    code: 'NOT_FOUND',
    status: 404,
    message: /the API is at \/graphql/,
  },
  {
    group: 'http',
    name: 'path traversal under /explorer/',
    req: { method: 'GET', path: '/explorer/..%2f..%2fpackage.json' },
    expect: 'error',
    code: 'NOT_FOUND',
    status: 404,
  },
  {
    group: 'http',
    name: 'batched array of two operations (batching off)',
    req: raw(
      JSON.stringify([{ query: '{ sources { totalCount } }' }, { query: '{ actors { totalCount } }' }]),
      'application/json',
    ),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /batching disabled/,
  },
  {
    group: 'http',
    name: 'batched array of one operation',
    req: raw(JSON.stringify([{ query: '{ sources { totalCount } }' }]), 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
    message: /batching disabled/,
  },
  {
    group: 'http',
    name: 'empty array body',
    req: raw('[]', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'http',
    name: 'array of numbers body',
    req: raw('[1, 2, 3]', 'application/json'),
    expect: 'error',
    code: 'BAD_REQUEST',
    status: 400,
  },
];

// ---- running them ----

interface Outcome {
  status: number;
  text: string;
  body: any;
}

function parsed(status: number, text: string): Outcome {
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status, text, body };
}

async function send(req: Req): Promise<Outcome> {
  const url = new URL(req.path ?? '/graphql', inject('apiUrl'));
  if (req.fresh) return sendFresh(url, req);
  const res = await fetch(url, {
    method: req.method ?? 'POST',
    headers: req.headers,
    body: req.body as BodyInit | undefined,
    signal: AbortSignal.timeout(30_000),
  });
  return parsed(res.status, await res.text());
}

/** One request on its own connection, closed by the client after the response. */
function sendFresh(url: URL, req: Req): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const body = req.body ?? '';
    const r = http.request(
      url,
      {
        method: req.method ?? 'POST',
        agent: false,
        timeout: 30_000,
        headers: { ...req.headers, 'content-length': Buffer.byteLength(body), connection: 'close' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(parsed(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
        res.on('error', reject);
      },
    );
    r.on('timeout', () => r.destroy(new Error('no response within 30 s')));
    r.on('error', reject);
    r.end(body);
  });
}

/**
 * Sends `first` and then `second` on one raw keep-alive connection: the second goes out once the
 * first response is complete. Returns both raw responses (the second empty if the connection died).
 */
function twoOnOneConnection(first: string, second: string): Promise<{ first: string; second: string; error?: string }> {
  const { hostname, port } = new URL(inject('apiUrl'));
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let data = '';
    let firstResponse: string | undefined;
    const done = (error?: string) => {
      socket.destroy();
      resolve({ first: firstResponse ?? data, second: firstResponse === undefined ? '' : data, error });
    };
    socket.on('data', (chunk) => {
      data += chunk.toString('utf8');
      if (firstResponse === undefined && /\r\n0\r\n\r\n$|\}\]\}$/.test(data)) {
        firstResponse = data;
        data = '';
        socket.write(second);
      } else if (firstResponse !== undefined && /\r\n\r\n[\s\S]*\}/.test(data)) done();
    });
    socket.on('error', (e) => done((e as NodeJS.ErrnoException).code ?? e.message));
    socket.on('close', () => done('closed'));
    socket.setTimeout(15_000, () => done('timeout'));
    socket.write(first);
  });
}

function httpPost(json: string): string {
  return `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
}

/** The body without the per-response round-trip count, whose name contains "neo4j". */
function scrubbed(body: any): string {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return JSON.stringify(body ?? null);
  const { extensions, ...rest } = body;
  const { neo4jRoundTrips: _rt, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
  return JSON.stringify({ ...rest, extensions: otherExtensions });
}

function verify(c: Case, out: Outcome): void {
  const where = `${c.group} / ${c.name}: HTTP ${out.status} ${out.text.slice(0, 600)}`;
  expect(out.status, where).toBeLessThan(500);
  expect(out.body, `${where}\n(the body is not JSON)`).toBeTypeOf('object');
  expect(scrubbed(out.body), where).not.toMatch(LEAK);
  const errors: any[] = out.body?.errors ?? [];
  for (const e of errors) {
    expect(e.extensions?.code, where).not.toBe('INTERNAL_SERVER_ERROR');
    expect(ALLOWED_CODES, where).toContain(e.extensions?.code);
    expect(e.extensions, where).not.toHaveProperty('stacktrace');
  }
  if (c.expect === 'data') {
    expect(errors, where).toEqual([]);
    expect(out.status, where).toBe(200);
    expect(out.body.data, where).toBeTruthy();
    c.check?.(out.body.data);
    return;
  }
  expect(errors.length, `${where}\n(expected an error)`).toBeGreaterThan(0);
  const first = errors[0];
  expect(first.extensions?.code, where).toBe(c.code);
  expect(out.status, where).toBe(c.status);
  expect(typeof first.message, where).toBe('string');
  expect(first.message.length, where).toBeGreaterThanOrEqual(10);
  expect(first.message, where).not.toMatch(/^Internal server error/);
  if (c.message) expect(first.message, where).toMatch(c.message);
  if (c.limit) expect(first.extensions?.limit, where).toBe(c.limit);
  // A request-level error has no data; an error raised by a resolver comes with data (possibly null).
  if (out.status >= 400) expect(out.body.data ?? null, where).toBeNull();
}

const signature = (r: Req) =>
  JSON.stringify([
    r.method ?? 'POST',
    r.path ?? '/graphql',
    r.headers ?? {},
    typeof r.body === 'string' ? r.body : r.body ? Buffer.from(r.body).toString('base64') : null,
  ]);

describe('bad input', () => {
  let before: Awaited<ReturnType<typeof graphDigest>>;
  let ran = 0;

  beforeAll(async () => {
    before = await graphDigest();
    expect(before.nodes).toBeGreaterThan(0);
  });

  it('the table holds at least 60 distinct cases, each with a unique name and request', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => `${c.group}/${c.name}`)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => signature(c.req))).size).toBe(cases.length);
    for (const c of cases) if (c.expect === 'error') expect(ALLOWED_CODES, c.name).toContain(c.code);
  });

  for (const c of cases) {
    const title = `${c.group}: ${c.name} → ${c.expect === 'error' ? `${c.code} (HTTP ${c.status})` : 'data'}`;
    it(title, async () => {
      ran++;
      verify(c, await send(c.req));
    });
  }

  it('http: an oversized body leaves a keep-alive connection usable, or the server closes it', async () => {
    const big = JSON.stringify({ query: SEARCH, variables: { t: 'x'.repeat(300_000) } });
    const r = await twoOnOneConnection(httpPost(big), httpPost(JSON.stringify({ query: '{ __typename }' })));
    expect(r.first, 'the oversized request is answered 413').toMatch(/^HTTP\/1\.1 413 /);
    if (/\r\nconnection: close\r\n/i.test(r.first)) return;
    expect(r.error, 'the 413 said keep-alive, then the connection failed').toBeUndefined();
    expect(r.second).toMatch(/^HTTP\/1\.1 200 [\s\S]*"__typename":"Query"/);
  });

  afterAll(async () => {
    const errors = cases.filter((c) => c.expect === 'error').length;
    console.log(
      `bad input: ${ran} of ${cases.length} cases run (${errors} expect an error, ${cases.length - errors} expect data)`,
    );
  });

  it('afterwards the server still answers a normal query', async () => {
    const out = await send(post('{ sources { totalCount } search(text: "Powys") { type } }'));
    expect(out.status, out.text).toBe(200);
    expect(out.body.errors, out.text).toBeUndefined();
    expect(out.body.data.sources.totalCount).toBe(3);
    expect(out.body.data.search.length).toBeGreaterThan(0);
  });

  it('afterwards the graph is unchanged (counts and content hash)', async () => {
    const after = await graphDigest();
    expect(after).toEqual(before);
  });
});
