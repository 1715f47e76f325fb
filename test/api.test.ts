// The API over HTTP against the seeded real database: the design's example questions as named
// operations, status as of a date, search, path and neighbourhood.
import { describe, expect, it } from 'vitest';
import { globalId, gql, gqlOk } from './helpers.js';
import { WHICH_NOTICE_DEMANDS_WHAT, WHO_REQUESTED_SUPPORT } from './operations.js';

describe('who requested support from whom, under which power, per which sources', () => {
  it('answers with requesters, addressees, the Measure and both sources', async () => {
    const data = await gqlOk(WHO_REQUESTED_SUPPORT);
    const request = data.requests.edges.find((e: any) => e.node.key === 'request-statutory-support').node;
    expect(request.requesters.map((r: any) => r.node.name).sort()).toEqual([
      'Powys County Council',
      'Rosemarie Harris',
    ]);
    const harris = request.requesters.find((r: any) => r.node.name === 'Rosemarie Harris');
    expect(harris.capacity.name).toMatch(/Leader/);
    expect(new Set(harris.evidence.map((e: any) => e.source.key))).toEqual(new Set(['s000', 's001']));
    expect(request.addressees.map((a: any) => a.node.name)).toContain('Welsh Ministers');
    const measure = request.legalBasis.flatMap((l: any) => l.node.conferredBy ?? []).map((c: any) => c.node);
    expect(measure).toContainEqual({ name: 'Local Government (Wales) Measure 2009', year: 2009, kind: 'MEASURE' });
    expect(request.date).toMatchObject({
      text: 'Last week',
      earliest: '2017-11-13',
      latest: '2017-11-19',
      inferred: true,
    });
    expect(new Set(request.evidence.map((e: any) => e.source.key))).toEqual(new Set(['s000', 's001']));
  });
});

describe('which notice demands which action, by when, of whom', () => {
  it('lists the follow-up notice with its deadlines, bearer, recipient and consequence', async () => {
    const data = await gqlOk(WHICH_NOTICE_DEMANDS_WHAT);
    const notice = data.documents.edges.map((e: any) => e.node).find((n: any) => n.key === 'follow-up-warning-notice');
    expect(notice.notice).toBe('FOLLOW_UP');
    const byKey = Object.fromEntries(notice.obligations.map((o: any) => [o.node.key, o.node]));
    const plan = byKey['obl-submit-revised-improvement-plan'];
    expect(plan.bearer.node.name).toBe('Powys County Council');
    expect(plan.dueDate).toMatchObject({ latest: '2018-02-07', precision: 'DAY', inferred: true });
    expect(plan.owedTo.map((o: any) => o.node.name)).toContain('Care Inspectorate Wales');
    expect(plan.consequenceOfBreach[0].node.legalBasis.length).toBeGreaterThan(0);
    const sixMonths = byKey['obl-revised-plan-improvement-actions'];
    expect(sixMonths.dueDate.relativeTo.key).toBe('follow-up-warning-notice');
    expect(sixMonths.dueDate.offset).toBe('P6M');
    expect(byKey['obl-qa-framework-draft'].dueDate.latest).toBe('2018-03-31');
    expect(byKey['obl-qa-framework-implementation'].dueDate.latest).toBe('2018-06-30');
  });
});

describe('obligations as of a date', () => {
  const query = `query Due($asOf: LocalDate!, $status: [ObligationStatus!]) {
    obligations(filter: { asOf: $asOf, status: $status }, first: 50) {
      totalCount edges { node { key status(asOf: $asOf) dueDate { latest } } }
    }
  }`;

  it('is open before the due date and overdue after it, computed not stored', async () => {
    const before = await gqlOk(query, { asOf: '2018-02-01' });
    const after = await gqlOk(query, { asOf: '2018-03-01' });
    const status = (d: any, key: string) => d.obligations.edges.find((e: any) => e.node.key === key)?.node.status;
    expect(status(before, 'obl-submit-revised-improvement-plan')).toBe('OPEN');
    expect(status(after, 'obl-submit-revised-improvement-plan')).toBe('OVERDUE');
    expect(status(after, 'obl-qa-framework-draft')).toBe('OPEN');
  });

  it('filters by status as of the date', async () => {
    const overdue = await gqlOk(query, { asOf: '2018-07-01', status: ['OVERDUE'] });
    const keys = overdue.obligations.edges.map((e: any) => e.node.key);
    expect(keys).toContain('obl-qa-framework-implementation');
    expect(keys).not.toContain('und-wg-regular-updates');
    for (const e of overdue.obligations.edges) expect(e.node.status).toBe('OVERDUE');
  });

  it('is not yet imposed before the notice', async () => {
    const early = await gqlOk(query, { asOf: '2017-06-01' });
    const status = early.obligations.edges.find((e: any) => e.node.key === 'obl-submit-revised-improvement-plan').node
      .status;
    expect(status).toBe('NOT_YET_IMPOSED');
  });
});

describe('search, path and neighbourhood', () => {
  it('finds an organisation by its initials, ranked and typed', async () => {
    const data = await gqlOk(`{ search(text: "CSSIW") { type score node { key name } } }`);
    expect(data.search[0].node.key).toBe('cssiw');
    expect(data.search[0].type).toBe('Organisation');
    expect(data.search[0].score).toBeGreaterThan(0);
  });

  it('treats query syntax in user text as words', async () => {
    for (const text of ['Powys AND (council', '"unbalanced', 'a:b OR NOT c~ ^2 /re/ \\', '*', '   ']) {
      const r = await gql(`query S($t: String!) { search(text: $t) { node { key } } }`, { t: text });
      expect(r.errors, text).toBeUndefined();
    }
  });

  it('finds the shortest connection between two actors', async () => {
    const data = await gqlOk(
      `query P($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 6) { length nodes { key } edges { type from to evidence { quote } } } }`,
      {
        a: globalId('Person', 'kirsty-williams'),
        b: globalId('Organisation', 'care-inspectorate-wales'),
      },
    );
    expect(data.path.length).toBeGreaterThan(0);
    expect(data.path.nodes[0].key).toBe('kirsty-williams');
    expect(data.path.nodes.at(-1).key).toBe('care-inspectorate-wales');
    expect(data.path.edges).toHaveLength(data.path.length);
    expect(data.path.edges.every((e: any) => e.evidence.length > 0)).toBe(true);
  });

  it('draws the neighbourhood of an actor', async () => {
    const data = await gqlOk(
      `query N($id: ID!) { neighbourhood(id: $id, depth: 1) { centre { key } nodes { key } edges { type from to } truncated } }`,
      {
        id: globalId('Person', 'alun-davies'),
      },
    );
    const keys = data.neighbourhood.nodes.map((n: any) => n.key);
    expect(data.neighbourhood.centre.key).toBe('alun-davies');
    expect(keys).toContain('meeting-2017-11-20');
    expect(keys).not.toContain('s000');
    const ids = new Set(data.neighbourhood.nodes.map((n: any) => n.key));
    expect(ids.size).toBe(keys.length);
    expect(data.neighbourhood.edges.length).toBeGreaterThan(0);
  });
});

describe('nodes by global id', () => {
  it('resolves node and nodes, null for an unknown key', async () => {
    const data = await gqlOk(
      `query N($a: ID!, $b: ID!) { node(id: $a) { id ... on Person { name posts { node { post { node { name aliases } } qualifier } } } } nodes(ids: [$a, $b]) { id } }`,
      {
        a: globalId('Person', 'alun-davies'),
        b: globalId('Person', 'nobody-at-all'),
      },
    );
    expect(data.node.name).toBe('Alun Davies');
    const post = data.node.posts[0].node.post.node;
    expect(post.aliases.length).toBeGreaterThan(0);
    expect(data.nodes[1]).toBeNull();
  });
});
