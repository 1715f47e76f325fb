// Ingestion and the review queue against the real test database: documents of every format and
// every bad input the issue lists, idempotency (the same text twice, extraction run again, two
// ingests at once), proposals invisible to ordinary reads, who may ingest and decide, and
// decisions written through the curation write path (one revision by the reviewer). Everything
// this file adds is removed at the end.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { IngestError } from '../src/ingest/document.js';
import { ingestBytes, reextract } from '../src/ingest/pipeline.js';
import { createKey } from '../src/auth/index.js';
import { cypherRows, gql, gqlAs, gqlOk, resetToSeed, testDriver } from './helpers.js';
import { makePdf } from './fixtures/pdf.js';

const notice = fs.readFileSync(new URL('./fixtures/notice.txt', import.meta.url), 'utf8');
let driver: Driver;
const database = () => inject('neo4jDatabase');
let harrisAliases: unknown;

const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    created proposalsAdded proposalsTotal
    document { key title titleInferred publisher content published { value precision earliest latest inferred } }
  }
}`;
const PROPOSALS = `query P($filter: ProposalFilter, $first: Int, $after: String) {
  proposals(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { key kind rule quote start end confidence status recordType recordName recordJson
      date { text earliest latest precision inferred } entity { key } document { key } reason result { key } } }
  }
}`;

async function counts() {
  const [r] = await cypherRows(
    driver,
    `RETURN COUNT { (s:Source) } AS sources, COUNT { (p:Proposal) } AS proposals, COUNT { (n) } AS nodes, COUNT { ()-[]->() } AS rels`,
  );
  return r!;
}

/** Bearer tokens of API keys this file creates, by role. */
const tokens: Record<'reader' | 'editor' | 'reviewer', string> = { reader: '', editor: '', reviewer: '' };
const bearer = (who: keyof typeof tokens) => `Bearer ${tokens[who]}`;

/** A request as `who`, failing the test on any GraphQL error. */
async function okAs(who: keyof typeof tokens, query: string, variables?: Record<string, unknown>) {
  const r = await gqlAs(bearer(who), query, variables);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

async function ingest(input: Record<string, unknown>) {
  return gqlAs(bearer('editor'), INGEST, { input });
}

beforeAll(async () => {
  driver = testDriver();
  for (const role of ['reader', 'editor', 'reviewer'] as const)
    tokens[role] = await createKey(driver, database(), `ingest-test-${role}`, role);
  const rows = await cypherRows(driver, `MATCH (n:Entity {id: 'rosemarie-harris'}) RETURN n.aliases AS aliases`);
  harrisAliases = rows[0]!.aliases;
});

afterAll(async () => {
  await cypherRows(driver, `MATCH (p:Proposal) DETACH DELETE p`);
  // Ingested documents, accepted records, their revisions and this file's keys: none is the seed's.
  await resetToSeed();
  await cypherRows(
    driver,
    `MATCH (n:Entity {id: 'rosemarie-harris'}) SET n.aliases = $a, n.aliasesText = reduce(t = '', x IN $a | t + CASE t WHEN '' THEN '' ELSE ' | ' END + x)`,
    {
      a: harrisAliases,
    },
  );
  await driver.close();
});

describe('ingesting documents', () => {
  let key: string;

  it("stores plain text verbatim as a Source like the seed's, with its hash and the date given", async () => {
    const r = await ingest({
      content: notice,
      published: '2024-03-05',
      publisher: 'Test Ministers',
      fileName: 'notice.txt',
    });
    expect(r.errors).toBeUndefined();
    const d = r.data!.ingestDocument;
    key = d.document.key;
    expect(key).toMatch(/^s-[0-9a-f]{16}$/);
    expect(d.created).toBe(true);
    expect(d.document.content).toBe(notice);
    expect(d.document).toMatchObject({ title: 'WARNING NOTICE', titleInferred: true, publisher: 'Test Ministers' });
    expect(d.document.published).toEqual({
      value: '2024-03-05',
      precision: 'DAY',
      earliest: '2024-03-05',
      latest: '2024-03-05',
      inferred: false,
    });
    expect(d.proposalsAdded).toBeGreaterThan(15);
    expect(d.proposalsTotal).toBe(d.proposalsAdded);
    const [s] = await cypherRows(
      driver,
      `MATCH (s:Entity:Source {id: $key}) RETURN labels(s) AS labels, s.contentHash AS hash`,
      { key },
    );
    expect(s!.labels.sort()).toEqual(['Entity', 'Source']);
    expect(s!.hash).toHaveLength(64);
  });

  it("lists the document's proposals as a Relay connection, each quoting the stored text at its offsets", async () => {
    const all = await gqlOk(PROPOSALS, { filter: { document: key }, first: 100 });
    const edges = all.proposals.edges;
    expect(edges.length).toBe(all.proposals.totalCount);
    for (const { node } of edges) expect(notice.slice(node.start, node.end)).toBe(node.quote);
    const duties = edges.filter((e: any) => e.node.kind === 'OBLIGATION').map((e: any) => e.node);
    expect(duties.map((n: any) => n.date.latest)).toEqual(['2024-04-30', '2024-03-25']);
    expect(duties.every((n: any) => n.status === 'PENDING' && n.rule.startsWith('rules:obligation.'))).toBe(true);
    const page1 = await gqlOk(PROPOSALS, { filter: { document: key }, first: 5 });
    const page2 = await gqlOk(PROPOSALS, {
      filter: { document: key },
      first: 5,
      after: page1.proposals.pageInfo.endCursor,
    });
    expect(page1.proposals.pageInfo.hasNextPage).toBe(true);
    expect(page2.proposals.edges.map((e: any) => e.node.key)).toEqual(edges.slice(5, 10).map((e: any) => e.node.key));
    const meetings = await gqlOk(PROPOSALS, { filter: { document: key, kind: ['MEETING'], status: ['PENDING'] } });
    expect(meetings.proposals.edges.map((e: any) => e.node.kind)).toEqual(['MEETING']);
  });

  it('keeps proposals out of ordinary reads: not Entity, not searchable, no relationship', async () => {
    const [r] = await cypherRows(
      driver,
      `MATCH (p:Proposal) RETURN count(p) AS n, count(CASE WHEN p:Entity THEN 1 END) AS entities, COUNT { (:Proposal)--() } AS rels`,
    );
    expect(r).toMatchObject({ entities: 0, rels: 0 });
    expect(r!.n).toBeGreaterThan(0);
    const hits = await gqlOk(`{ search(text: "Jane Morgan") { node { key } } }`);
    expect(hits.search).toEqual([]);
  });

  it('takes the same text twice as one document, adding nothing', async () => {
    const before = await counts();
    const r = await ingest({ content: notice, title: 'Another title' });
    expect(r.data!.ingestDocument).toMatchObject({
      created: false,
      proposalsAdded: 0,
      document: { key, title: 'WARNING NOTICE' },
    });
    expect(await counts()).toEqual(before);
  });

  it('adds no duplicate when extraction runs again, nor when two ingests of one new text race', async () => {
    const before = await counts();
    expect(await reextract(driver, database(), key)).toMatchObject({ added: 0 });
    expect(await counts()).toEqual(before);
    const text = `${notice}\nThe council must publish its response no later than May 31.\n`;
    const both = await Promise.all(
      [1, 2].map(() => ingestBytes(driver, database(), Buffer.from(text), { published: '2024-03-05' })),
    );
    expect(new Set(both.map((b) => b.key)).size).toBe(1);
    expect(both.map((b) => b.created).sort()).toEqual([false, true]);
    const [{ sources, proposals }] = (await cypherRows(
      driver,
      `MATCH (s:Source {id: $key}) RETURN count(s) AS sources, COUNT { (p:Proposal {documentId: $key}) } AS proposals`,
      { key: both[0]!.key },
    )) as any[];
    expect(sources).toBe(1);
    expect(proposals).toBe(Math.max(...both.map((b) => b.proposalsTotal)));
  });

  it('recognises a seed source by its text', async () => {
    const seedText = fs.readFileSync(new URL('../seed/sources/001_4743017df9bf2786.txt', import.meta.url));
    const r = await ingestBytes(driver, database(), seedText, {});
    expect([r.key, r.created]).toEqual(['s001', false]);
  });

  it('takes the main content of an HTML page, and its title, publisher and date from the meta tags', async () => {
    const html = `<!doctype html><html><head><title>Site | Notice</title>
      <meta property="og:title" content="Warning notice to Exampleshire">
      <meta property="og:site_name" content="Welsh Government">
      <meta property="article:published_time" content="2024-03-06T09:00:00Z"></head>
      <body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Cookie settings</li></ul></nav>
      <article><h1>Warning notice to Exampleshire</h1>
      ${notice
        .split('\n\n')
        .map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`)
        .join('\n')}
      </article><footer>Copyright Crown 2024. Accessibility statement.</footer></body></html>`;
    const r = await ingest({ content: html, fileName: 'notice.html' });
    expect(r.errors).toBeUndefined();
    const d = r.data!.ingestDocument.document;
    expect(d).toMatchObject({
      title: 'Warning notice to Exampleshire',
      publisher: 'Welsh Government',
      titleInferred: false,
    });
    expect(d.published.value).toBe('2024-03-06');
    expect(d.content).toContain('The council must submit an improvement plan');
    expect(d.content).not.toMatch(/Cookie settings|Accessibility statement/);
  });

  it('reads the text layer and the info of a PDF', async () => {
    const pdf = makePdf(
      [
        'Exampleshire County Council must publish its annual report no later than June 30.',
        'The council has been told in writing by the Welsh Government.',
      ],
      { title: 'Annual report direction', author: 'Welsh Government', date: '2024-04-02' },
    );
    const r = await ingest({ contentBase64: pdf.toString('base64'), fileName: 'direction.pdf' });
    expect(r.errors).toBeUndefined();
    const d = r.data!.ingestDocument;
    expect(d.document).toMatchObject({ title: 'Annual report direction', publisher: 'Welsh Government' });
    expect(d.document.published.value).toBe('2024-04-02');
    expect(d.document.content).toContain('must publish its annual report no later than June 30.');
    const p = await gqlOk(PROPOSALS, { filter: { document: d.document.key, kind: ['OBLIGATION'] } });
    expect(p.proposals.edges.map((e: any) => e.node.date.latest)).toEqual(['2024-06-30']);
  });

  it('reads UTF-8 with a byte-order mark and Windows-1252 text', async () => {
    const bom = await ingestBytes(
      driver,
      database(),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`BOM ${notice}`)]),
      {},
    );
    const [{ content }] = (await cypherRows(driver, `MATCH (s:Source {id: $k}) RETURN s.content AS content`, {
      k: bom.key,
    })) as any[];
    expect(content.startsWith('BOM WARNING')).toBe(true);
    expect(bom.document.encoding).toBe('utf-8 with BOM');
    const cp1252 = Buffer.from(`The council\x92s leader must reply within 14 days. ${notice}`, 'latin1');
    const r = await ingestBytes(driver, database(), cp1252, { published: '2024-03-05' });
    expect(r.document.encoding).toBe('windows-1252');
    expect(r.document.text.startsWith('The council’s leader must reply')).toBe(true);
  });
});

describe('bad input: a coded error and nothing written', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      'binary garbage',
      { contentBase64: Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)).toString('base64') },
      'BINARY_CONTENT',
    ],
    [
      'a PDF with no text layer',
      { contentBase64: makePdf(null).toString('base64'), fileName: 'scan.pdf' },
      'NO_TEXT_LAYER',
    ],
    ['a broken PDF', { contentBase64: Buffer.from('%PDF-1.4\nnot really').toString('base64') }, 'UNREADABLE_PDF'],
    [
      'an HTML page of navigation only',
      {
        content:
          '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/a">About us</a> <a href="/c">Contact</a></nav></body></html>',
      },
      'NO_MAIN_CONTENT',
    ],
    [
      'a document in Welsh',
      {
        content:
          'Mae Gweinidogion Cymru wedi cyhoeddi hysbysiad rhybuddio i Gyngor Sir Powys. Rhaid i’r cyngor gyflwyno cynllun gwella diwygiedig i Arolygiaeth Gofal Cymru erbyn 7 Chwefror. Bydd y Gweinidogion yn ystyried ymyrryd yn uniongyrchol os na fydd y cyngor yn gwneud y gwelliannau angenrheidiol.',
      },
      'NOT_ENGLISH',
    ],
    ['an empty text', { content: '   \n ' }, 'EMPTY_DOCUMENT'],
    ['a date that is not one', { content: notice, published: '2024-02-30' }, 'BAD_METADATA'],
    ['both text and bytes', { content: 'a', contentBase64: 'YQ==' }, 'BAD_USER_INPUT'],
    ['bytes that are not base64', { contentBase64: 'not base64!' }, 'BAD_USER_INPUT'],
  ];
  it.each(cases)('%s', async (_name, input, code) => {
    const before = await counts();
    const r = await ingest(input);
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    expect(r.errors?.[0]?.message).not.toMatch(/Cypher|neo4j|stack/i);
    expect(await counts()).toEqual(before);
    expect((await gql('{ sources { totalCount } }')).data?.sources.totalCount).toBeGreaterThan(0);
  });

  it('a file over the size limit', async () => {
    const before = await counts();
    const err = await ingestBytes(driver, database(), Buffer.from(notice), {}, { maxBytes: 100 }).catch((e) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect(err.code).toBe('TOO_LARGE');
    expect(await counts()).toEqual(before);
  });
});

describe('decisions', () => {
  let doc: string;
  const byKind = async (kind: string) =>
    (await gqlOk(PROPOSALS, { filter: { document: doc, kind: [kind] }, first: 100 })).proposals.edges.map(
      (e: any) => e.node,
    );

  beforeAll(async () => {
    const text = `Cabinet note of 12 March 2024.\n\nCllr Rosemarie Harris must report to the Welsh Government on the revised plan no later than April 19.\n\nOfficials met Cllr Harris in Llandrindod Wells on Monday.\n\nCllr Gareth Pugh, Deputy Leader of Powys County Council, said the council would respond.\n`;
    doc = (await okAs('editor', INGEST, { input: { content: text, published: '2024-03-12' } })).ingestDocument.document
      .key;
  });

  it('accepting two proposals (one edited) writes them with their quotes, visible in the graph', async () => {
    const [duty] = await byKind('OBLIGATION');
    const [meeting] = await byKind('MEETING');
    const a = await okAs(
      'reviewer',
      `mutation A($key: String!, $edit: ProposalEditInput) { acceptProposal(key: $key, edit: $edit) {
        proposal { status decidedBy result { key } } result { key name }
        revision { id author mutation reason entities changes { kind key op } } } }`,
      { key: duty.key, edit: { name: 'Report to the Welsh Government on the revised plan' } },
    );
    expect(a.acceptProposal.proposal).toMatchObject({ status: 'ACCEPTED', decidedBy: 'ingest-test-reviewer' });
    const dutyKey = a.acceptProposal.result.key;
    // One revision, the reviewer's, through assertFacts: the duty and its link to its bearer.
    const rev = a.acceptProposal.revision;
    expect(rev).toMatchObject({ author: 'ingest-test-reviewer', mutation: 'ASSERT_FACTS' });
    expect(rev.reason).toContain(duty.key);
    expect(rev.entities).toEqual([dutyKey, 'rosemarie-harris'].sort());
    expect(rev.changes).toEqual([
      { kind: 'NODE', key: dutyKey, op: 'ADDED' },
      { kind: 'LINK', key: `rosemarie-harris|BEARS|${dutyKey}`, op: 'ADDED' },
    ]);
    const history = await gqlOk(`{ entity(key: "${dutyKey}") { history { id author } } }`);
    expect(history.entity.history).toEqual([{ id: rev.id, author: 'ingest-test-reviewer' }]);
    const byReviewer = await gqlOk(`{ revisions(filter: { author: "ingest-test-reviewer" }) { totalCount } }`);
    expect(byReviewer.revisions.totalCount).toBe(1);
    const b = await okAs('reviewer', `mutation { acceptProposal(key: "${meeting.key}") { result { key } } }`);
    const meetingKey = b.acceptProposal.result.key;
    const read = await gqlOk(`{
      d: entity(key: "${dutyKey}") { name ... on Obligation { dueDate { latest } bearer { node { key } evidence { quote } } } evidence { quote start end source { key } } }
      m: entity(key: "${meetingKey}") { ... on Meeting { date { earliest latest } } evidence { quote source { key } } }
    }`);
    expect(read.d.name).toBe('Report to the Welsh Government on the revised plan');
    expect(read.d.dueDate.latest).toBe('2024-04-19');
    expect(read.d.bearer).toEqual({
      node: { key: 'rosemarie-harris' },
      evidence: [{ quote: 'Cllr Rosemarie Harris' }],
    });
    expect(read.d.evidence).toEqual([{ quote: duty.quote, start: duty.start, end: duty.end, source: { key: doc } }]);
    expect(read.m.date).toEqual({ earliest: '2024-03-11', latest: '2024-03-11' });
    expect(read.m.evidence[0].source.key).toBe(doc);
    const again = await gqlAs(bearer('reviewer'), `mutation { acceptProposal(key: "${duty.key}") { result { key } } }`);
    expect(again.errors?.[0]?.extensions?.code).toBe('ALREADY_DECIDED');
  });

  it("an edit the seed's rules refuse is INVALID_RECORD, and nothing is written", async () => {
    const fig = (await byKind('ENTITY')).find((p: any) => p.recordType === 'Post' && p.status === 'PENDING');
    const before = await counts();
    const r = await gqlAs(
      bearer('reviewer'),
      `mutation A($key: String!, $edit: ProposalEditInput) { acceptProposal(key: $key, edit: $edit) { result { key } } }`,
      {
        key: fig.key,
        edit: { propsJson: JSON.stringify({ due: { precision: 'SOMETIME' } }) },
      },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('INVALID_RECORD');
    expect(await counts()).toEqual(before);
    expect(
      (
        await gqlOk(
          `query { proposals(filter: { document: "${doc}", status: [PENDING] }, first: 100) { edges { node { key } } } }`,
        )
      ).proposals.edges.map((e: any) => e.node.key),
    ).toContain(fig.key);
  });

  it('rejecting needs a reason and records it; merging adds the words as an alias and evidence', async () => {
    const people = (await byKind('ENTITY')).filter((p: any) => p.recordType === 'Person');
    const [first, second] = people;
    expect(people.map((p: any) => p.quote)).toEqual(['Gareth Pugh']);
    const empty = await gqlAs(
      bearer('reviewer'),
      `mutation { rejectProposal(key: "${first.key}", reason: " ") { proposal { status } } }`,
    );
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    void second;
    const merged = await okAs(
      'reviewer',
      `mutation { mergeProposal(key: "${first.key}", into: "rosemarie-harris") { proposal { status } result { key aliases }
        revision { author changes { key op evidenceAdded } } } }`,
    );
    expect(merged.mergeProposal.proposal.status).toBe('MERGED');
    expect(merged.mergeProposal.revision).toMatchObject({
      author: 'ingest-test-reviewer',
      changes: [{ key: 'rosemarie-harris', op: 'EVIDENCE_ADDED', evidenceAdded: [expect.any(String)] }],
    });
    expect(merged.mergeProposal.result.aliases).toContain('Gareth Pugh');
    const [date] = await byKind('DATE');
    const rejected = await okAs(
      'reviewer',
      `mutation { rejectProposal(key: "${date.key}", reason: "The note's own date, not a fact.") { proposal { status reason } revision { id } } }`,
    );
    expect(rejected.rejectProposal).toEqual({
      proposal: { status: 'REJECTED', reason: "The note's own date, not a fact." },
      revision: null,
    });
    const missing = await gqlAs(
      bearer('reviewer'),
      `mutation { rejectProposal(key: "prop-nope", reason: "x") { proposal { status } } }`,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknownDoc = await gql(`{ proposals(filter: { document: "doc-0000000000000000" }) { totalCount } }`);
    expect(unknownDoc.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('who may ingest and decide', () => {
  let key: string;
  const ACCEPT = (k: string) => `mutation { acceptProposal(key: "${k}") { proposal { status } } }`;
  const status = async () =>
    (await cypherRows(driver, `MATCH (p:Proposal {id: $key}) RETURN p.status AS status`, { key }))[0]!.status;

  beforeAll(async () => {
    const text = `Minute of 2 April 2024.\n\nThe council must publish its budget no later than May 20.\n`;
    const doc = (await okAs('editor', INGEST, { input: { content: text, published: '2024-04-02' } })).ingestDocument
      .document.key;
    key = (await gqlOk(PROPOSALS, { filter: { document: doc, kind: ['OBLIGATION'] } })).proposals.edges[0].node.key;
  });

  it('ingesting without a token is UNAUTHENTICATED, with a reader token FORBIDDEN, and stores nothing', async () => {
    const before = await counts();
    const input = { content: `${notice}\nThe council must write to the Minister by 1 June.\n` };
    const none = await gql(INGEST, { input });
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await gqlAs(bearer('reader'), INGEST, { input });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it("a decision without a token is UNAUTHENTICATED, an editor's FORBIDDEN; the proposal stays pending", async () => {
    const revisions = async () => (await gqlOk(`{ revisions { totalCount } }`)).revisions.totalCount;
    const before = [await counts(), await revisions()];
    const none = await gql(ACCEPT(key));
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const decision of [
      ACCEPT(key),
      `mutation { rejectProposal(key: "${key}", reason: "no") { proposal { status } } }`,
      `mutation { mergeProposal(key: "${key}", into: "powys-county-council") { proposal { status } } }`,
    ]) {
      const editor = await gqlAs(bearer('editor'), decision);
      expect(editor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect([await counts(), await revisions()]).toEqual(before);
    expect(await status()).toBe('PENDING');
    const reviewer = await okAs('reviewer', ACCEPT(key));
    expect(reviewer.acceptProposal.proposal.status).toBe('ACCEPTED');
  });
});

describe('a fulfilment, accepted, fulfils the open obligation it names', () => {
  it('the letter of examples/documents: proposed against the graph, accepted, and the status reads FULFILLED', async () => {
    const letter = fs.readFileSync(new URL('../examples/documents/powys-letter-2018-03.txt', import.meta.url));
    const r = await ingestBytes(driver, database(), letter, { published: '2018-03-12' });
    const status = async () =>
      (
        await gqlOk(
          `{ entity(key: "obl-submit-revised-improvement-plan") { ... on Obligation { status(asOf: "2018-03-12") } } }`,
        )
      ).entity.status;
    expect(await status()).toBe('OVERDUE');
    const found = await gqlOk(PROPOSALS, { filter: { document: r.key, kind: ['FULFILMENT'] } });
    const [f] = found.proposals.edges.map((e: any) => e.node);
    expect(f.quote).toBe(
      'The council has submitted its revised Improvement Plan to Care Inspectorate Wales on 7 February.',
    );
    expect(f.date).toMatchObject({ earliest: '2018-02-07', latest: '2018-02-07', inferred: true });
    await okAs('reviewer', `mutation { acceptProposal(key: "${f.key}") { result { key } } }`);
    expect(await status()).toBe('FULFILLED');
  });
});

describe('npm run ingest', () => {
  it('ingests a folder with a progress line, and a second run resumes from its journal', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
    const journal = path.join(dir, '.journal.tsv');
    for (let i = 0; i < 3; i++)
      fs.writeFileSync(
        path.join(dir, `n${i}.txt`),
        `Notice ${i}.\n\nThe council must reply to the Minister no later than May ${i + 1}.\n${notice}`,
      );
    fs.writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8]));
    const env = {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: inject('neo4jUsername'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      NEO4J_DATABASE: inject('neo4jDatabase'),
    };
    const run = () =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/ingest.ts', dir, '--published', '2024-03-05', '--journal', journal],
        { env },
      ).then(
        (r) => ({ code: 0, ...r }),
        (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
      );
    const first = await run();
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/bad\.txt: BINARY_CONTENT/);
    expect(first.stdout).toMatch(/ingest: 3 new, 0 already held, 0 done in an earlier run, 1 refused/);
    const second = await run();
    expect(second.stdout).toMatch(/ingest: 0 new, 0 already held, 3 done in an earlier run, 1 refused/);
    // Extraction again over every stored document (seed sources included, which were never
    // extracted): the first pass may add proposals, a second adds none.
    const reextract = (...keys: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--reextract', ...keys], {
        env,
      }).then(
        (r) => ({ code: 0, ...r }),
        (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
      );
    expect((await reextract('all')).stdout).toMatch(/reextract: \d+ documents, \d+ proposals added/);
    expect((await reextract('all')).stdout).toMatch(/reextract: \d+ documents, 0 proposals added/);
    const unknown = await reextract('no-such-document');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no-such-document: no such document/);
    fs.rmSync(dir, { recursive: true });
  });

  it('three processes ingesting one folder at once store each document once, with one set of proposals', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-many-'));
    const texts = Array.from(
      { length: 6 },
      (_, i) =>
        `Letter ${i} to Exampleshire County Council.\n\nThe council is required to send the Minister its plan number ${i} within ${i + 10} days of the date of this letter.\n`,
    );
    texts.forEach((t, i) => fs.writeFileSync(path.join(dir, `l${i}.txt`), t));
    const env = {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: inject('neo4jUsername'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      NEO4J_DATABASE: inject('neo4jDatabase'),
    };
    const runs = await Promise.all(
      [0, 1, 2].map((n) =>
        promisify(execFile)(
          process.execPath,
          [
            '--import',
            'tsx',
            'scripts/ingest.ts',
            dir,
            '--published',
            '2024-06-03',
            '--journal',
            path.join(dir, `j${n}`),
          ],
          { env },
        ),
      ),
    );
    // Between them every document was new exactly once; the others found it held.
    const created = runs.map((r) => Number(/ingest: (\d+) new/.exec(r.stdout)?.[1]));
    expect(created.reduce((a, b) => a + b, 0)).toBe(6);
    const rows = (await cypherRows(
      driver,
      `MATCH (s:Source) WHERE s.content STARTS WITH 'Letter ' AND s.content CONTAINS 'Exampleshire'
       RETURN s.id AS key, COUNT { (p:Proposal {documentId: s.id}) } AS proposals,
              COUNT { MATCH (p:Proposal {documentId: s.id}) RETURN DISTINCT p.kind + p.start + ':' + p.end + p.rule } AS distinct`,
    )) as { key: string; proposals: number; distinct: number }[];
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      expect(r.proposals).toBeGreaterThan(0);
      expect(r.proposals).toBe(r.distinct);
    }
    fs.rmSync(dir, { recursive: true });
  });
});
