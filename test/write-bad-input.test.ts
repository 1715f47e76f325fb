// The bad-input suite of the write side: each case sends one wrong write over HTTP and expects
// its coded error AND a graph whose digest is unchanged (nothing half-written, no revision).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createKey, newToken } from '../src/auth/index.js';
import { revokeKey } from '../src/db/apiKeys.js';
import { gqlAs, graphDigest, resetToSeed, testDriver } from './helpers.js';
import { ADD_SOURCE, ASSERT, obligationRecords, RETRACT, sourceInput, TEXT } from './curation-fixtures.js';

interface Case {
  name: string;
  /** Which token: editor (default), reader, reviewer, or a literal Authorization header. */
  as?: 'editor' | 'reader' | { header?: string };
  query: string;
  variables: (ctx: { source: string }) => Record<string, unknown>;
  code: string;
  message?: RegExp;
  status?: number;
  check?: (extensions: Record<string, unknown>) => void;
}

const assert = (records: unknown[] | ((s: string) => unknown[]), extra: Record<string, unknown> = {}) => ({
  query: ASSERT,
  variables: ({ source }: { source: string }) => ({
    input: { records: typeof records === 'function' ? records(source) : records, reason: 'test', ...extra },
  }),
});
const retract = (keys: string[], extra: Record<string, unknown> = {}) => ({
  query: RETRACT,
  variables: () => ({ input: { keys, reason: 'test', ...extra } }),
});
const addSource = (input: Record<string, unknown>) => ({
  query: ADD_SOURCE,
  variables: () => ({ input: { ...sourceInput(`${TEXT} (variant)`), ...input } }),
});

/** A valid finding, to be broken one way per case. */
const finding = (source: string, patch: Record<string, unknown> = {}) => ({
  id: 'tb-bad-finding',
  type: 'Finding',
  kind: 'RISK',
  name: 'A finding',
  evidence: [{ source, quote: 'six days late' }],
  ...patch,
});
const withLink = (source: string, link: Record<string, unknown>, patch: Record<string, unknown> = {}) =>
  finding(source, {
    links: [{ evidence: [{ source, quote: 'Test Borough Council' }], ...link }],
    ...patch,
  });

const CASES: Case[] = [
  // ------------------------------------------------------------------ who may write
  {
    name: 'no Authorization header',
    as: { header: undefined },
    ...assert((s) => [finding(s)]),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'Basic credentials',
    as: { header: 'Basic dXNlcjpwYXNz' },
    ...assert((s) => [finding(s)]),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'Bearer with no token',
    as: { header: 'Bearer' },
    ...assert((s) => [finding(s)]),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'Bearer with garbage',
    as: { header: 'Bearer not-a-token' },
    ...assert((s) => [finding(s)]),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'Bearer with two words',
    as: { header: 'Bearer a b' },
    ...assert((s) => [finding(s)]),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    name: 'forged token of the right shape',
    as: { header: `Bearer ${newToken().token}` },
    ...assert((s) => [finding(s)]),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  { name: 'reader writing facts', as: 'reader', ...assert((s) => [finding(s)]), code: 'FORBIDDEN', status: 403 },
  { name: 'reader adding a source', as: 'reader', ...addSource({}), code: 'FORBIDDEN', status: 403 },
  { name: 'reader retracting', as: 'reader', ...retract(['tb-obl-plan']), code: 'FORBIDDEN', status: 403 },
  { name: 'editor retracting a seed fact', ...retract(['powys-county-council']), code: 'FORBIDDEN', status: 403 },

  // ------------------------------------------------------------------ record shape and types
  {
    name: 'unknown type',
    ...assert((s) => [finding(s, { type: 'Wizard' })]),
    code: 'UNKNOWN_TYPE',
    message: /unknown type "Wizard"/,
  },
  { name: 'type naming an Object method', ...assert((s) => [finding(s, { type: 'toString' })]), code: 'UNKNOWN_TYPE' },
  {
    name: 'type Source (added with addSource only)',
    ...assert((s) => [finding(s, { type: 'Source' })]),
    code: 'UNKNOWN_TYPE',
  },
  {
    name: 'type Evidence (made from quotes only)',
    ...assert((s) => [finding(s, { type: 'Evidence' })]),
    code: 'UNKNOWN_TYPE',
  },
  { name: 'type as a number', ...assert((s) => [finding(s, { type: 7 })]), code: 'UNKNOWN_TYPE' },
  {
    name: 'missing name',
    ...assert((s) => [finding(s, { name: undefined })]),
    code: 'INVALID_RECORD',
    message: /name/,
  },
  { name: 'empty name', ...assert((s) => [finding(s, { name: '' })]), code: 'INVALID_RECORD' },
  { name: 'no evidence', ...assert((s) => [finding(s, { evidence: undefined })]), code: 'INVALID_RECORD' },
  {
    name: 'empty evidence',
    ...assert((s) => [finding(s, { evidence: [] })]),
    code: 'INVALID_RECORD',
    message: /needs evidence/,
  },
  {
    name: 'key not kebab-case',
    ...assert((s) => [finding(s, { id: 'Bad Key' })]),
    code: 'INVALID_RECORD',
    message: /kebab-case/,
  },
  {
    name: 'property the type does not have',
    ...assert((s) => [finding(s, { colour: 'red' })]),
    code: 'INVALID_RECORD',
  },
  { name: 'kind not of the enum', ...assert((s) => [finding(s, { kind: 'SCANDAL' })]), code: 'INVALID_RECORD' },
  { name: 'property of the wrong type', ...assert((s) => [finding(s, { aliases: 'one' })]), code: 'INVALID_RECORD' },
  { name: 'record that is not an object', ...assert(['just text']), code: 'BAD_USER_INPUT' },
  {
    name: 'records is null',
    query: ASSERT,
    variables: () => ({ input: { records: null, reason: 'r' } }),
    code: 'BAD_USER_INPUT',
  },
  { name: 'no records', ...assert([]), code: 'BAD_USER_INPUT', message: /empty/ },
  {
    name: 'reason left empty',
    ...assert((s) => [finding(s)], { reason: '  ' }),
    code: 'BAD_USER_INPUT',
    message: /reason/,
  },
  { name: 'reason too long', ...assert((s) => [finding(s)], { reason: 'x'.repeat(2001) }), code: 'BAD_USER_INPUT' },
  {
    name: 'idempotency key too long',
    ...assert((s) => [finding(s)], { idempotencyKey: 'k'.repeat(201) }),
    code: 'BAD_USER_INPUT',
  },
  { name: 'empty idempotency key', ...assert((s) => [finding(s)], { idempotencyKey: '' }), code: 'BAD_USER_INPUT' },
  {
    name: 'oversized batch (over MAX_WRITE_BATCH)',
    ...assert((s) => Array.from({ length: 201 }, (_, i) => finding(s, { id: `tb-many-${i}` }))),
    code: 'OPERATION_LIMIT_EXCEEDED',
    check: (x) => expect(x).toMatchObject({ limit: 'writeBatch', max: 200 }),
  },

  // ------------------------------------------------------------------ evidence
  {
    name: 'quote not in the source, nearest passage named',
    ...assert((s) => [finding(s, { evidence: [{ source: s, quote: 'six days early' }] })]),
    code: 'EVIDENCE_NOT_FOUND',
    message: /nearest passage is "six days late"/,
    check: (x) => expect(x.nearest).toEqual({ quote: 'six days late', at: TEXT.indexOf('six days late') }),
  },
  {
    name: 'quote with a typo',
    ...assert((s) => [finding(s, { evidence: [{ source: s, quote: 'The councel submitted the plan' }] })]),
    code: 'EVIDENCE_NOT_FOUND',
    message: /The council submitted the plan/,
  },
  {
    name: 'quote with other capitals',
    ...assert((s) => [finding(s, { evidence: [{ source: s, quote: 'SIX DAYS LATE' }] })]),
    code: 'EVIDENCE_NOT_FOUND',
  },
  {
    name: 'quote not at the given `at`',
    ...assert((s) => [finding(s, { evidence: [{ source: s, quote: 'six days late', at: 3 }] })]),
    code: 'EVIDENCE_NOT_FOUND',
    message: /is not at 3/,
  },
  {
    name: 'quote occurring twice without `at`',
    ...assert((s) => [finding(s, { evidence: [{ source: s, quote: 'The council' }] })]),
    code: 'INVALID_RECORD',
    message: /more than once/,
  },
  {
    name: 'negative `at`',
    ...assert((s) => [finding(s, { evidence: [{ source: s, quote: 'late', at: -1 }] })]),
    code: 'INVALID_RECORD',
  },
  {
    name: 'unknown source',
    ...assert((s) => [finding(s, { evidence: [{ source: 's-0000000000000000', quote: 'late' }] })]),
    code: 'NOT_FOUND',
  },
  {
    name: 'evidence without a source',
    ...assert((s) => [finding(s, { evidence: [{ quote: 'six days late' }] })]),
    code: 'INVALID_RECORD',
  },
  {
    name: 'empty quote',
    ...assert((s) => [finding(s, { evidence: [{ source: s, quote: '' }] })]),
    code: 'INVALID_RECORD',
  },
  {
    name: 'quote of another source',
    ...assert((s) => [finding(s, { evidence: [{ source: 's000', quote: 'six days late' }] })]),
    code: 'EVIDENCE_NOT_FOUND',
  },

  // ------------------------------------------------------------------ links and the model
  {
    name: 'unknown relationship type',
    ...assert((s) => [withLink(s, { rel: 'LIKES', to: 'tb-council' })]),
    code: 'UNKNOWN_RELATIONSHIP',
  },
  {
    name: 'relationship type naming an Object method',
    ...assert((s) => [withLink(s, { rel: 'constructor', to: 'tb-council' })]),
    code: 'UNKNOWN_RELATIONSHIP',
  },
  {
    name: 'structural relationship written by hand',
    ...assert((s) => [withLink(s, { rel: 'EVIDENCED_BY', to: 'tb-council' })]),
    code: 'UNKNOWN_RELATIONSHIP',
  },
  {
    name: 'link to an unknown key',
    ...assert((s) => [withLink(s, { rel: 'CONCERNS', to: 'nobody-at-all' })]),
    code: 'NOT_FOUND',
    message: /unknown id "nobody-at-all"/,
  },
  {
    name: 'link with both ends',
    ...assert((s) => [withLink(s, { rel: 'CONCERNS', to: 'tb-council', from: 'tb-council' })]),
    code: 'INVALID_RECORD',
  },
  { name: 'link with no end', ...assert((s) => [withLink(s, { rel: 'CONCERNS' })]), code: 'INVALID_RECORD' },
  {
    name: 'link without evidence',
    ...assert((s) => [withLink(s, { rel: 'CONCERNS', to: 'tb-council', evidence: [] })]),
    code: 'INVALID_RECORD',
  },
  {
    name: 'inferred link without its inference',
    ...assert((s) => [withLink(s, { rel: 'CONCERNS', to: 'tb-council', inferred: true })]),
    code: 'INVALID_RECORD',
  },
  {
    name: 'ends that break the model (a finding bears an obligation)',
    ...assert((s) => [withLink(s, { rel: 'BEARS', to: 'tb-obl-plan' })]),
    code: 'MODEL_VIOLATION',
    message: /BEARS cannot go from Finding/,
  },
  {
    name: 'FULFILS from an organisation',
    ...assert((s) => [
      {
        id: 'tb-council',
        links: [{ rel: 'FULFILS', to: 'tb-obl-plan', evidence: [{ source: s, quote: 'six days late' }] }],
      },
    ]),
    code: 'MODEL_VIOLATION',
  },
  {
    name: 'SUPERSEDES from a finding',
    ...assert((s) => [withLink(s, { rel: 'SUPERSEDES', to: 'tb-obl-plan' })]),
    code: 'MODEL_VIOLATION',
  },
  {
    name: 'capacity on a link that takes none',
    ...assert((s) => [withLink(s, { rel: 'CONCERNS', to: 'tb-council', capacity: 'post-pcc-leader' })]),
    code: 'MODEL_VIOLATION',
  },
  {
    name: 'capacity that is not a post',
    ...assert((s) => [
      {
        id: 'tb-council',
        links: [
          {
            rel: 'ISSUED',
            to: 'first-warning-notice',
            capacity: 'tb-council',
            evidence: [{ source: s, quote: 'Test Borough Council' }],
          },
        ],
      },
    ]),
    code: 'MODEL_VIOLATION',
  },
  {
    name: 'role on a link that takes none',
    ...assert((s) => [withLink(s, { rel: 'CONCERNS', to: 'tb-council', role: 'LEAD' })]),
    code: 'MODEL_VIOLATION',
  },
  {
    name: 'the same link twice',
    ...assert((s) => [
      withLink(
        s,
        { rel: 'CONCERNS', to: 'tb-council' },
        {
          links: [
            { rel: 'CONCERNS', to: 'tb-council', evidence: [{ source: s, quote: 'Test Borough Council' }] },
            { rel: 'CONCERNS', to: 'tb-council', evidence: [{ source: s, quote: 'six days late' }] },
          ],
        },
      ),
    ]),
    code: 'DUPLICATE_KEY',
  },
  {
    name: 'link to a retracted entity',
    ...assert((s) => [withLink(s, { rel: 'CONCERNS', to: 'tb-retracted' })]),
    code: 'NOT_FOUND',
    message: /retracted/,
  },

  // ------------------------------------------------------------------ keys
  { name: 'the same key twice in a batch', ...assert((s) => [finding(s), finding(s)]), code: 'DUPLICATE_KEY' },
  {
    name: 'a seed key with another type',
    ...assert((s) => [finding(s, { id: 'powys-county-council' })]),
    code: 'DUPLICATE_KEY',
    message: /already a Organisation/,
  },
  { name: 'a source key as a record', ...assert((s) => [finding(s, { id: 's000' })]), code: 'DUPLICATE_KEY' },
  {
    name: 'addition to a key that does not exist',
    ...assert((s) => [{ id: 'tb-nothing', evidence: [{ source: s, quote: 'six days late' }] }]),
    code: 'NOT_FOUND',
  },
  { name: 'addition with nothing to add', ...assert([{ id: 'tb-council' }]), code: 'INVALID_RECORD' },
  {
    name: 'addition with a property',
    ...assert((s) => [{ id: 'tb-council', name: 'x', evidence: [{ source: s, quote: 'six days late' }] }]),
    code: 'INVALID_RECORD',
  },
  {
    name: 'one bad record of three refuses all',
    ...assert((s) => [
      finding(s, { id: 'tb-ok-1' }),
      finding(s, { id: 'tb-ok-2' }),
      finding(s, { id: 'tb-bad', kind: 'NOPE' }),
    ]),
    code: 'INVALID_RECORD',
  },

  // ------------------------------------------------------------------ fuzzy dates
  {
    name: 'date earliest after latest',
    ...assert((s) =>
      [obligationRecords(s)[1]!].map((o) => ({
        ...o,
        id: 'tb-o2',
        due: { precision: 'RANGE', earliest: '2018-02-01', latest: '2018-01-01' },
      })),
    ),
    code: 'INVALID_RECORD',
    message: /earliest is after latest/,
  },
  {
    name: 'date with an unknown precision',
    ...assert((s) => [obligationRecords(s)[1]!].map((o) => ({ ...o, id: 'tb-o2', due: { precision: 'FORTNIGHT' } }))),
    code: 'INVALID_RECORD',
  },
  {
    name: 'inferred date without its inference',
    ...assert((s) =>
      [obligationRecords(s)[1]!].map((o) => ({
        ...o,
        id: 'tb-o2',
        due: { precision: 'DAY', value: '2018-01-31', inferred: true },
      })),
    ),
    code: 'INVALID_RECORD',
  },
  {
    name: 'malformed date value',
    ...assert((s) =>
      [obligationRecords(s)[1]!].map((o) => ({ ...o, id: 'tb-o2', due: { precision: 'DAY', value: '31/01/2018' } })),
    ),
    code: 'INVALID_RECORD',
  },
  {
    name: 'relative date anchored on nothing',
    ...assert((s) =>
      [obligationRecords(s)[1]!].map((o) => ({
        ...o,
        id: 'tb-o2',
        due: { precision: 'RANGE', relative: { anchor: 'nothing-here', offset: 'P6M' } },
      })),
    ),
    code: 'NOT_FOUND',
  },

  // ------------------------------------------------------------------ revisions and idempotency
  {
    name: 'stale expected revision',
    ...assert((s) => [obligationRecords(s)[1]!], {
      expectedRevisions: [{ key: 'tb-obl-plan', revision: 'not-the-current-one' }],
    }),
    code: 'CONFLICT',
    status: 409,
  },
  {
    name: 'expected not to exist, but exists',
    ...assert((s) => [obligationRecords(s)[1]!], { expectedRevisions: [{ key: 'tb-obl-plan', revision: null }] }),
    code: 'CONFLICT',
  },
  {
    name: 'idempotency key reused for other input',
    ...assert((s) => [finding(s, { id: 'tb-other' })], { idempotencyKey: 'bad-input-key' }),
    code: 'CONFLICT',
  },
  {
    name: 'idempotency key of another mutation',
    ...retract(['tb-obl-plan'], { idempotencyKey: 'bad-input-key' }),
    code: 'CONFLICT',
  },

  // ------------------------------------------------------------------ retraction
  { name: 'retract an unknown key', ...retract(['tb-nothing']), code: 'NOT_FOUND' },
  { name: 'retract a malformed link key', ...retract(['a|b']), code: 'BAD_USER_INPUT' },
  { name: 'retract a link of an unknown type', ...retract(['tb-council|LIKES|tb-obl-plan']), code: 'BAD_USER_INPUT' },
  { name: 'retract a link that does not exist', ...retract(['tb-council|IMPOSED|tb-obl-plan']), code: 'NOT_FOUND' },
  {
    name: 'retract a source',
    as: { header: 'reviewer' },
    ...retract(['s000']),
    code: 'BAD_USER_INPUT',
    message: /sources and passages stay/,
  },
  { name: 'retract a passage', as: { header: 'reviewer' }, ...retract(['s000@0-10']), code: 'NOT_FOUND' },
  {
    name: 'retract what is already retracted',
    ...retract(['tb-retracted']),
    code: 'BAD_USER_INPUT',
    message: /already retracted/,
  },
  { name: 'retract nothing', ...retract([]), code: 'BAD_USER_INPUT' },
  { name: 'retract the same key twice', ...retract(['tb-obl-plan', 'tb-obl-plan']), code: 'BAD_USER_INPUT' },
  { name: 'retract one good and one unknown key', ...retract(['tb-obl-plan', 'tb-nothing']), code: 'NOT_FOUND' },
  { name: 'retract without a reason', ...retract(['tb-obl-plan'], { reason: '' }), code: 'BAD_USER_INPUT' },

  // ------------------------------------------------------------------ addSource
  { name: 'source with empty text', ...addSource({ content: '   ' }), code: 'BAD_USER_INPUT' },
  { name: 'source with a blank title', ...addSource({ title: '' }), code: 'BAD_USER_INPUT' },
  { name: 'source URL that is not http(s)', ...addSource({ url: 'javascript:alert(1)' }), code: 'BAD_USER_INPUT' },
  {
    name: 'source date without precision',
    ...addSource({ published: { value: '2018-02-09' } }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'source date earliest after latest',
    ...addSource({ published: { precision: 'RANGE', earliest: '2018-03-01', latest: '2018-02-01' } }),
    code: 'INVALID_RECORD',
  },
  {
    name: 'source date inferred without inference',
    ...addSource({ published: { precision: 'YEAR', value: '2018', inferred: true } }),
    code: 'INVALID_RECORD',
  },
  {
    name: 'source date that is not a day',
    ...addSource({ published: { precision: 'DAY', earliest: '2018-02-30' } }),
    code: 'BAD_USER_INPUT',
  },
];

describe(`write bad input: ${CASES.length} cases, each coded and leaving the graph as it was`, () => {
  const headers: Record<string, string> = {};
  let source = '';
  let digest: Awaited<ReturnType<typeof graphDigest>>;

  beforeAll(async () => {
    const driver = testDriver();
    const database = inject('neo4jDatabase');
    try {
      headers.editor = `Bearer ${await createKey(driver, database, 'bad-input-editor', 'editor')}`;
      headers.reader = `Bearer ${await createKey(driver, database, 'bad-input-reader', 'reader')}`;
      headers.reviewer = `Bearer ${await createKey(driver, database, 'bad-input-reviewer', 'reviewer')}`;
      headers.revoked = `Bearer ${await createKey(driver, database, 'bad-input-revoked', 'editor')}`;
      await revokeKey(driver, database, 'bad-input-revoked');
    } finally {
      await driver.close();
    }
    const added = await gqlAs(headers.editor, ADD_SOURCE, { input: sourceInput() });
    source = added.data!.addSource.source.key;
    const facts = await gqlAs(headers.editor, ASSERT, {
      input: {
        records: [...obligationRecords(source), finding(source, { id: 'tb-retracted' })],
        reason: 'setup',
        idempotencyKey: 'bad-input-key',
      },
    });
    expect(facts.errors).toBeUndefined();
    const gone = await gqlAs(headers.editor, RETRACT, { input: { keys: ['tb-retracted'], reason: 'setup' } });
    expect(gone.errors).toBeUndefined();
    digest = await graphDigest();
  });

  afterAll(async () => {
    await resetToSeed();
  });

  it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it('a revoked token is refused (401) and writes nothing', async () => {
    const r = await gqlAs(headers.revoked, ASSERT, { input: { records: [finding(source)], reason: 'r' } });
    expect(r.status).toBe(401);
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(r.errors![0]!.message).toMatch(/revoked/);
    expect(await graphDigest()).toEqual(digest);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const header =
      c.as === undefined
        ? headers.editor
        : typeof c.as === 'string'
          ? headers[c.as]
          : c.as.header === 'reviewer'
            ? headers.reviewer
            : c.as.header;
    const r = await gqlAs(header, c.query, c.variables({ source }));
    expect(r.errors, JSON.stringify(r.data)).toBeDefined();
    const e = r.errors![0]!;
    expect(e.extensions!.code, e.message).toBe(c.code);
    if (c.message) expect(e.message).toMatch(c.message);
    if (c.status) expect(r.status).toBe(c.status);
    c.check?.(e.extensions!);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|Neo4jError|at \/\w/);
    expect(await graphDigest(), 'the graph is unchanged').toEqual(digest);
  });
});
