// The graph's key facts, pinned twice: in Cypher on the test database, and through the GraphQL
// API over HTTP. Ids, names and dates are literals read from seed/facts/*.yaml, so a silent change
// to the curated seed (or to how it is loaded or served) fails here.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STATUS_AS_OF } from '../src/db/obligations.js';
import { globalId, gqlOk, testDriver } from './helpers.js';

const PEOPLE = [
  'alun-davies',
  'david-powell',
  'huw-irranca-davies',
  'kirsty-williams',
  'phil-evans',
  'rosemarie-harris',
];

const ORGANISATION_KINDS: Record<string, string> = {
  'care-inspectorate-wales': 'INSPECTORATE',
  cssiw: 'INSPECTORATE',
  'improvement-board': 'BOARD',
  'improvement-team': 'TEAM',
  'national-assembly-for-wales': 'LEGISLATURE',
  police: 'POLICE',
  conservatives: 'POLITICAL_PARTY',
  'powys-cabinet': 'CABINET',
  'powys-childrens-services': 'DEPARTMENT',
  'powys-county-council': 'COUNCIL',
  'powys-independent-group': 'POLITICAL_GROUP',
  'powys-social-services': 'DEPARTMENT',
  'welsh-government': 'GOVERNMENT',
  'welsh-liberal-democrats': 'POLITICAL_PARTY',
  'welsh-ministers': 'MINISTRY',
  wlga: 'ASSOCIATION',
};
const ORGANISATIONS = Object.keys(ORGANISATION_KINDS).sort();

const FOLLOW_UP_OBLIGATIONS = [
  'obl-improvement-actions-january-2020',
  'obl-improvement-actions-year-later',
  'obl-qa-framework-draft',
  'obl-qa-framework-implementation',
  'obl-revised-plan-improvement-actions',
  'obl-revised-plan-include-actions',
  'obl-submit-revised-improvement-plan',
];

const sorted = (xs: Iterable<string>) => [...xs].sort();
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
};

// ---------------------------------------------------------------------------- Cypher

describe('key facts in Cypher', () => {
  let driver: Driver;
  let database: string;
  const q = async <T = Record<string, any>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => {
    const res = await driver.executeQuery(cypher, params, { database });
    return res.records.map((r) => r.toObject() as T);
  };
  /** Ids at the other end of `id`'s edges of one type; `out` follows the arrow. */
  const ends = async (id: string, type: string, dir: 'out' | 'in') =>
    sorted(
      (
        await q<{ id: string }>(
          dir === 'out'
            ? `MATCH (:Entity {id: $id})-[r]->(b) WHERE type(r) = $type RETURN b.id AS id`
            : `MATCH (:Entity {id: $id})<-[r]-(b) WHERE type(r) = $type RETURN b.id AS id`,
          { id, type },
        )
      ).map((r) => r.id),
    );
  /** The sources of the Evidence a node cites. */
  const citedSources = async (id: string) =>
    (
      await q<{ s: string[] }>(
        `MATCH (:Entity {id: $id})-[:EVIDENCED_BY]->(e:Evidence) RETURN collect(DISTINCT e.sourceId) AS s`,
        { id },
      )
    )[0]!.s.sort();
  const str = (d: unknown) => (d == null ? null : String(d));

  beforeAll(() => {
    driver = testDriver();
    database = inject('neo4jDatabase');
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('exactly 6 people and exactly the expected 16 organisations, with their kinds', async () => {
    expect((await q<{ id: string }>(`MATCH (n:Person) RETURN n.id AS id ORDER BY id`)).map((r) => r.id)).toEqual(
      PEOPLE,
    );
    const orgs = await q<{ id: string; kind: string }>(
      `MATCH (n:Organisation) RETURN n.id AS id, n.kind AS kind ORDER BY id`,
    );
    expect(Object.fromEntries(orgs.map((o) => [o.id, o.kind]))).toEqual(ORGANISATION_KINDS);
    expect(orgs.map((o) => o.id)).toEqual(ORGANISATIONS);
    // Every actor carries the Actor family label, and nothing else does.
    expect(sorted((await q<{ id: string }>(`MATCH (n:Actor) RETURN n.id AS id`)).map((r) => r.id))).toEqual(
      sorted([...PEOPLE, ...ORGANISATIONS]),
    );
  });

  it('the request for statutory support: requesters, addressees, legal basis, sources', async () => {
    expect((await q<{ id: string }>(`MATCH (n:Request) RETURN n.id AS id ORDER BY id`)).map((r) => r.id)).toEqual([
      'request-council-help',
      'request-statutory-support',
      'request-support-package-at-meeting',
    ]);
    const id = 'request-statutory-support';
    expect(await ends(id, 'MADE', 'in')).toEqual(['powys-county-council', 'rosemarie-harris']);
    const requesters = await q(
      `MATCH (a)-[r:MADE]->(:Request {id: $id}) RETURN a.id AS id, r.capacity AS capacity, r.inferred AS inferred ORDER BY id`,
      { id },
    );
    expect(requesters).toEqual([
      { id: 'powys-county-council', capacity: null, inferred: true }, // the leader asked "to the council": on its behalf is a reading
      { id: 'rosemarie-harris', capacity: 'post-pcc-leader', inferred: false },
    ]);
    expect(await ends(id, 'ADDRESSED_TO', 'out')).toEqual(['welsh-ministers']);
    expect(await ends('welsh-ministers', 'PART_OF', 'out')).toEqual(['welsh-government']);
    const basis = await q(
      `MATCH (:Request {id: $id})-[:RELIES_ON]->(p:Power)-[:CONFERRED_BY]->(l:Legislation)
       RETURN p.id AS power, l.id AS law, l.name AS name, l.kind AS kind, l.year AS year,
              [(p)-[:HELD_BY]->(h) | h.id] AS heldBy`,
      { id },
    );
    expect(basis).toEqual([
      {
        power: 'power-statutory-support',
        law: 'lgwm-2009',
        name: 'Local Government (Wales) Measure 2009',
        kind: 'MEASURE',
        year: 2009,
        heldBy: ['welsh-ministers'],
      },
    ]);
    expect(await ends(id, 'RELIES_ON', 'out')).toEqual(['power-statutory-support']);
    expect(await citedSources(id)).toEqual(['s000', 's001']);
    const [date] = await q(
      `MATCH (n:Request {id: $id}) RETURN n.datePrecision AS p, n.dateEarliest AS e, n.dateLatest AS l, n.dateInferred AS i`,
      { id },
    );
    expect({ ...date, e: str(date!.e), l: str(date!.l) }).toEqual({
      p: 'WEEK',
      e: '2017-11-13',
      l: '2017-11-19',
      i: true,
    });
  });

  it('the meeting of Monday 20 November 2017: who attended, day precision, sources', async () => {
    const id = 'meeting-2017-11-20';
    const [m] = await q(
      `MATCH (m:Meeting {id: $id})
       RETURN m.dateValue AS value, m.datePrecision AS precision, m.dateEarliest AS earliest, m.dateLatest AS latest,
              m.dateInferred AS inferred, m.dateText AS text, m.dateEarliest.dayOfWeek AS weekday`,
      { id },
    );
    expect({ ...m, earliest: str(m!.earliest), latest: str(m!.latest) }).toEqual({
      value: '2017-11-20',
      precision: 'DAY',
      earliest: '2017-11-20',
      latest: '2017-11-20',
      inferred: true, // the sources give no year
      text: 'on Monday, November 20',
      weekday: 1, // a Monday
    });
    const people = await q<{ id: string }>(
      `MATCH (p:Person)-[:ATTENDED]->(:Meeting {id: $id}) RETURN p.id AS id ORDER BY id`,
      { id },
    );
    expect(people.map((p) => p.id)).toEqual(['alun-davies', 'david-powell', 'rosemarie-harris']);
    expect(await ends(id, 'ATTENDED', 'in')).toEqual([
      'alun-davies',
      'david-powell',
      'powys-county-council',
      'rosemarie-harris',
      'welsh-government',
    ]);
    expect(await citedSources(id)).toEqual(['s000', 's001']);
    expect(await ends(id, 'CONCERNS', 'out')).toContain('request-statutory-support');
  });

  it('the follow-up warning notice: who issued it, what it follows up, the seven obligations it imposes', async () => {
    const id = 'follow-up-warning-notice';
    const [n] = await q(
      `MATCH (n:WarningNotice:Document {id: $id}) RETURN n.notice AS notice, n.issuedEarliest AS e, n.issuedLatest AS l`,
      { id },
    );
    expect({ ...n, e: str(n!.e), l: str(n!.l) }).toEqual({ notice: 'FOLLOW_UP', e: '2017-12-01', l: '2018-02-06' });
    const issuers = await q(
      `MATCH (a)-[r:ISSUED]->(:Entity {id: $id}) RETURN a.id AS id, r.inferred AS inferred ORDER BY id`,
      { id },
    );
    expect(issuers).toEqual([
      { id: 'huw-irranca-davies', inferred: true },
      { id: 'welsh-government', inferred: false },
    ]);
    expect(await ends(id, 'ADDRESSED_TO', 'out')).toEqual(['powys-county-council']);
    expect(await ends(id, 'FOLLOWS_UP', 'out')).toEqual(['first-warning-notice']);
    expect(await ends(id, 'IMPOSES', 'out')).toEqual(FOLLOW_UP_OBLIGATIONS);
    for (const o of FOLLOW_UP_OBLIGATIONS) {
      expect(await ends(o, 'BEARS', 'in'), o).toEqual(['powys-county-council']);
      expect(await ends(o, 'IMPOSED', 'in'), o).toEqual(['welsh-government']);
      expect(await citedSources(o), o).toEqual(['s002']);
    }
  });

  it('what the notice demands: the revised plan to Care Inspectorate Wales by 7 February 2018 (year inferred), a copy to the Director post', async () => {
    const id = 'obl-submit-revised-improvement-plan';
    const [o] = await q(
      `MATCH (o:Obligation {id: $id})
       RETURN o.kind AS kind, o.dueText AS text, o.dueValue AS value, o.duePrecision AS precision,
              o.dueEarliest AS earliest, o.dueLatest AS latest, o.dueInferred AS inferred, o.action AS action`,
      { id },
    );
    expect({ ...o, earliest: str(o!.earliest), latest: str(o!.latest) }).toEqual({
      kind: 'DUTY',
      text: 'no later than February 7',
      value: '2018-02-07',
      precision: 'DAY',
      earliest: '2018-02-07',
      latest: '2018-02-07',
      inferred: true,
      action:
        "Submit a revised Improvement Plan to Care Inspectorate Wales and a copy to the Welsh Government's Director of Social Services and Integration.",
    });
    const owed = await q(
      `MATCH (:Obligation {id: $id})-[:OWED_TO]->(t) RETURN t.id AS id, labels(t) AS labels ORDER BY id`,
      { id },
    );
    expect(
      owed.map((t) => [
        t.id,
        t.labels.includes('Post') ? 'Post' : t.labels.includes('Organisation') ? 'Organisation' : '?',
      ]),
    ).toEqual([
      ['care-inspectorate-wales', 'Organisation'],
      ['post-wg-director-social-services-integration', 'Post'],
    ]);
    const [post] = await q(
      `MATCH (p:Post {id: 'post-wg-director-social-services-integration'})
       RETURN p.title AS title, [(p)-[:POST_IN]->(o) | o.id] AS org, [(t:Tenure)-[:IN_POST]->(p) | t.id] AS holders`,
    );
    expect(post).toEqual({
      title: 'Director of Social Services and Integration',
      org: ['welsh-government'],
      holders: [],
    });
    const [plan] = await q(
      `MATCH (:Obligation {id: $id})-[:REQUIRES]->(d:ImprovementPlan) RETURN d.id AS id, d.revision AS revision, d.status AS status, [(d)-[:REVISES]->(x) | x.id] AS revises`,
      { id },
    );
    expect(plan).toEqual({
      id: 'improvement-plan-2',
      revision: 2,
      status: 'REQUIRED',
      revises: ['improvement-plan-1'],
    });
  });

  it('the quality assurance framework: drafted by 31 March, evidence of implementation by 30 June (2018, inferred)', async () => {
    const rows = await q(
      `MATCH (o:Obligation) WHERE o.id IN ['obl-qa-framework-draft', 'obl-qa-framework-implementation']
       RETURN o.id AS id, o.dueLatest AS due, o.duePrecision AS precision, o.dueInferred AS inferred,
              [(o)-[:REQUIRES]->(d) | d.id] AS requires ORDER BY id`,
    );
    expect(rows.map((r) => ({ ...r, due: str(r.due) }))).toEqual([
      {
        id: 'obl-qa-framework-draft',
        due: '2018-03-31',
        precision: 'DAY',
        inferred: true,
        requires: ['quality-assurance-framework'],
      },
      { id: 'obl-qa-framework-implementation', due: '2018-06-30', precision: 'DAY', inferred: true, requires: [] },
    ]);
  });

  it('the six-month deadline is relative to the notice, and its bounds are the notice bounds plus six months', async () => {
    const [o] = await q(
      `MATCH (o:Obligation {id: 'obl-revised-plan-improvement-actions'}), (n:Entity {id: o.dueRelativeTo})
       RETURN o.dueRelativeTo AS anchor, o.dueRelativeField AS field, o.dueOffset AS offset, o.duePrecision AS precision,
              o.dueEarliest AS earliest, o.dueLatest AS latest,
              o.dueEarliest = n.issuedEarliest + duration(o.dueOffset) AS earliestFollows,
              o.dueLatest = n.issuedLatest + duration(o.dueOffset) AS latestFollows,
              [(o)-[:HAS_FIGURE]->(f:Figure) | f.duration] AS durations`,
    );
    expect({ ...o, earliest: str(o!.earliest), latest: str(o!.latest), durations: [...o!.durations].sort() }).toEqual({
      anchor: 'follow-up-warning-notice',
      field: 'issued',
      offset: 'P6M',
      precision: 'RANGE',
      earliest: '2018-06-01',
      latest: '2018-08-06',
      earliestFollows: true,
      latestFollows: true,
      durations: ['P6M'],
    });
  });

  it('breach of any of the seven leads to direct intervention under sections 152-161 of the SSWBA 2014', async () => {
    const rows = await q(
      `MATCH (o:Obligation)-[:ON_BREACH]->(c:Consequence {id: 'consequence-direct-intervention'}) RETURN o.id AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual(FOLLOW_UP_OBLIGATIONS);
    const basis = await q(
      `MATCH (c:Consequence {id: 'consequence-direct-intervention'})-[:RELIES_ON]->(p:Power)-[:CONFERRED_BY]->(s:Provision)-[:PART_OF]->(l:Legislation)
       RETURN p.id AS power, s.fromSection AS from, s.toSection AS to, l.id AS law, l.name AS name, l.kind AS kind, l.year AS year,
              [(a)-[:THREATENS]->(c) | a.id] AS threatenedBy`,
    );
    expect(basis).toEqual([
      {
        power: 'power-intervention-sswba',
        from: 152,
        to: 161,
        law: 'sswba-2014',
        name: 'Social Services and Well-being (Wales) Act 2014',
        kind: 'ACT',
        year: 2014,
        threatenedBy: ['welsh-ministers'],
      },
    ]);
  });

  it('status as of a day (the one rule of src/db/obligations.ts, run on the database)', async () => {
    const status = async (id: string, asOf: string) =>
      (
        await q<{ s: string }>(`MATCH (n:Obligation {id: $id}) RETURN ${STATUS_AS_OF} AS s`, { id, asOf: day(asOf) })
      )[0]!.s;
    const o = 'obl-submit-revised-improvement-plan';
    expect(await status(o, '2017-11-30')).toBe('NOT_YET_IMPOSED'); // before the notice's earliest date
    expect(await status(o, '2017-12-01')).toBe('OPEN');
    expect(await status(o, '2018-02-01')).toBe('OPEN');
    expect(await status(o, '2018-02-07')).toBe('OPEN'); // due that day: not yet overdue
    expect(await status(o, '2018-02-08')).toBe('OVERDUE');
    expect(await status(o, '2018-03-01')).toBe('OVERDUE');
    expect(await status('obl-revised-plan-improvement-actions', '2018-08-06')).toBe('OPEN');
    expect(await status('obl-revised-plan-improvement-actions', '2018-08-07')).toBe('OVERDUE');
    // No source reports any obligation met or breached.
    expect(await q(`MATCH ()-[r:FULFILS]->() RETURN r.id AS id`)).toEqual([]);
    expect(
      await q(
        `MATCH (n:Obligation) WHERE n.breachedEarliest IS NOT NULL OR n.breachedLatest IS NOT NULL RETURN n.id AS id`,
      ),
    ).toEqual([]);
  });

  it('CSSIW was renamed Care Inspectorate Wales (no later than 2018-02-06), and each name keeps its own acts', async () => {
    const rows = await q(
      `MATCH (a:Organisation)-[r:RENAMED_TO]->(b:Organisation)
       RETURN a.id AS from, a.name AS fromName, b.id AS to, b.name AS toName, r.dateEarliest AS earliest, r.dateLatest AS latest, r.dateInferred AS inferred`,
    );
    expect(rows.map((r) => ({ ...r, latest: str(r.latest) }))).toEqual([
      {
        from: 'cssiw',
        fromName: 'Care and Social Services Inspectorate Wales',
        to: 'care-inspectorate-wales',
        toName: 'Care Inspectorate Wales',
        earliest: null,
        latest: '2018-02-06',
        inferred: true,
      },
    ]);
    expect(await ends('cssiw-inspection-report-2017', 'ISSUED', 'in')).toEqual(['cssiw']);
    expect(await ends('monitoring-visit-2017-12', 'CARRIED_OUT', 'in')).toEqual(['care-inspectorate-wales']);
  });

  it('Alun Davies holds one post, known under two titles', async () => {
    const rows = await q(
      `MATCH (:Person {id: 'alun-davies'})-[:HAS_TENURE]->(t:Tenure)-[:IN_POST]->(p:Post)
       RETURN t.id AS tenure, t.qualifier AS qualifier, p.id AS post, p.title AS title, p.aliases AS aliases, [(p)-[:POST_IN]->(o) | o.id] AS org`,
    );
    expect(rows).toEqual([
      {
        tenure: 'tenure-davies-cabinet-secretary',
        qualifier: 'NEWLY_APPOINTED',
        post: 'post-cabinet-secretary-lgps',
        title: 'Cabinet Secretary for Local Government and Public Services',
        aliases: ['Local Government Secretary'],
        org: ['welsh-government'],
      },
    ]);
    // No second post carries either title.
    const posts = await q(
      `MATCH (p:Post) WHERE any(t IN [p.name, p.title] + coalesce(p.aliases, []) WHERE t IN ['Local Government Secretary', 'Cabinet Secretary for Local Government and Public Services'])
       RETURN p.id AS id`,
    );
    expect(posts.map((p) => p.id)).toEqual(['post-cabinet-secretary-lgps']);
    // Where he speaks in a capacity, it is that post.
    const capacities = await q(
      `MATCH (:Person {id: 'alun-davies'})-[r:MADE]->() WHERE r.capacity IS NOT NULL RETURN DISTINCT r.capacity AS c`,
    );
    expect(capacities.map((c) => c.c)).toEqual(['post-cabinet-secretary-lgps']);
  });

  it('David Powell is ACTING chief executive, Phil Evans INTERIM director of social services', async () => {
    const rows = await q(
      `MATCH (p:Person)-[:HAS_TENURE]->(t:Tenure)-[:IN_POST]->(post:Post)
       WHERE p.id IN ['david-powell', 'phil-evans']
       RETURN p.id AS person, t.qualifier AS qualifier, post.id AS post, post.title AS title ORDER BY person`,
    );
    expect(rows).toEqual([
      { person: 'david-powell', qualifier: 'ACTING', post: 'post-pcc-chief-executive', title: 'Chief Executive' },
      {
        person: 'phil-evans',
        qualifier: 'INTERIM',
        post: 'post-pcc-director-social-services',
        title: 'Director of Social Services',
      },
    ]);
    expect(await ends('tenure-evans-interim-director', 'STARTS', 'in')).toEqual(['appointment-evans-interim-director']);
  });

  it("the £4 million is an approximate GBP figure, the estimated cost for children's services", async () => {
    const rows = await q(
      `MATCH (a)-[r:HAS_FIGURE]->(f:Figure {kind: 'MONEY'})
       RETURN f.id AS id, f.amount AS amount, f.currency AS currency, f.approximate AS approximate, f.text AS text, a.id AS of, r.role AS role`,
    );
    expect(rows).toEqual([
      {
        id: 'figure-4-million',
        amount: 4000000,
        currency: 'GBP',
        approximate: true,
        text: 'around £4 million',
        of: 'powys-childrens-services',
        role: 'estimatedCost',
      },
    ]);
    expect(await citedSources('figure-4-million')).toEqual(['s001']);
  });
});

// ---------------------------------------------------------------------------- GraphQL

const EVIDENCE = `evidence { key quote source { key } }`;
const sourcesOf = (evidence: { source: { key: string } }[]) => sorted(new Set(evidence.map((e) => e.source.key)));
const keysOf = (links: { node: { key: string } }[]) => sorted(links.map((l) => l.node.key));

describe('key facts through the GraphQL API', () => {
  it('people: exactly the 6; organisations: exactly the 16, with their kinds', async () => {
    const data = await gqlOk(`{
      people(first: 100) { totalCount edges { node { key } } }
      organisations(first: 100) { totalCount edges { node { key kind } } }
      actors(first: 100) { totalCount }
    }`);
    expect(data.people.totalCount).toBe(6);
    expect(sorted(data.people.edges.map((e: any) => e.node.key))).toEqual(PEOPLE);
    expect(data.organisations.totalCount).toBe(16);
    expect(Object.fromEntries(data.organisations.edges.map((e: any) => [e.node.key, e.node.kind]))).toEqual(
      ORGANISATION_KINDS,
    );
    expect(data.actors.totalCount).toBe(22);
  });

  it('the request for statutory support', async () => {
    const data = await gqlOk(`{
      requests(first: 10) { totalCount edges { node {
        key subject ${EVIDENCE}
        date { precision earliest latest inferred }
        requesters { node { key name } capacity { key name } ${EVIDENCE} }
        addressees { node { key name } }
        legalBasis { node { key name ... on Power { conferredBy { node { key name } } heldBy { node { key } } } } }
      } } }
    }`);
    // Three acts, not one: the letter's request, the request made at the meeting, and the undated "asked for help".
    expect(data.requests.totalCount).toBe(3);
    const byKey = Object.fromEntries(data.requests.edges.map((e: any) => [e.node.key, e.node]));
    expect(sorted(Object.keys(byKey))).toEqual([
      'request-council-help',
      'request-statutory-support',
      'request-support-package-at-meeting',
    ]);
    const r = byKey['request-statutory-support'];
    expect(sorted(r.requesters.map((l: any) => l.node.name))).toEqual(['Powys County Council', 'Rosemarie Harris']);
    const harris = r.requesters.find((l: any) => l.node.key === 'rosemarie-harris');
    expect(harris.capacity).toEqual({ key: 'post-pcc-leader', name: 'Leader of Powys County Council' });
    expect(sourcesOf(harris.evidence)).toEqual(['s000', 's001']);
    expect(harris.evidence.map((e: any) => e.quote)).toContain(
      'council leader Rosemarie Harris had asked ministers to provide statutory support',
    );
    expect(sorted(r.addressees.map((l: any) => l.node.name))).toEqual(['Welsh Ministers']);
    expect(r.legalBasis).toHaveLength(1);
    expect(r.legalBasis[0].node.key).toBe('power-statutory-support');
    expect(r.legalBasis[0].node.conferredBy.map((l: any) => l.node.name)).toEqual([
      'Local Government (Wales) Measure 2009',
    ]);
    expect(keysOf(r.legalBasis[0].node.heldBy)).toEqual(['welsh-ministers']);
    expect(sourcesOf(r.evidence)).toEqual(['s000', 's001']);
    expect(r.date).toEqual({ precision: 'WEEK', earliest: '2017-11-13', latest: '2017-11-19', inferred: true });

    // The letter's date and legal basis stay with the letter's request.
    const atMeeting = byKey['request-support-package-at-meeting'];
    expect(atMeeting.date).toEqual({ precision: 'DAY', earliest: '2017-11-20', latest: '2017-11-20', inferred: true });
    expect(atMeeting.legalBasis).toEqual([]);
    expect(sourcesOf(atMeeting.evidence)).toEqual(['s001']);
    const help = byKey['request-council-help'];
    expect(help.date).toEqual({ precision: 'RANGE', earliest: null, latest: '2017-11-25', inferred: true });
    expect(help.legalBasis).toEqual([]);
    expect(help.requesters.map((l: any) => l.node.key)).toEqual(['powys-county-council']);
    expect(help.addressees.map((l: any) => l.node.key)).toEqual(['welsh-government']);
    expect(sourcesOf(help.evidence)).toEqual(['s000', 's001']);

    // Each request, found from each requester and each addressee.
    for (const [filter, type, key, expected] of [
      ['requester', 'Person', 'rosemarie-harris', ['request-statutory-support']],
      [
        'requester',
        'Organisation',
        'powys-county-council',
        ['request-council-help', 'request-statutory-support', 'request-support-package-at-meeting'],
      ],
      ['addressee', 'Organisation', 'welsh-ministers', ['request-statutory-support']],
      ['addressee', 'Organisation', 'welsh-government', ['request-council-help', 'request-support-package-at-meeting']],
    ] as const) {
      const found = await gqlOk(`query($id: ID!) { requests(filter: {${filter}: $id}) { edges { node { key } } } }`, {
        id: globalId(type, key),
      });
      expect(sorted(found.requests.edges.map((e: any) => e.node.key)), `${filter} ${key}`).toEqual(expected);
    }
    const none = await gqlOk(`query($id: ID!) { requests(filter: {requester: $id}) { totalCount } }`, {
      id: globalId('Person', 'kirsty-williams'),
    });
    expect(none.requests.totalCount).toBe(0);
  });

  it('the meeting of Monday 20 November 2017', async () => {
    const data = await gqlOk(`{ entity(key: "meeting-2017-11-20") {
      key ${EVIDENCE}
      ... on Meeting { date { text value precision earliest latest inferred } attendees { node { __typename key name } } }
    } }`);
    const m = data.entity;
    expect(m.date).toEqual({
      text: 'on Monday, November 20',
      value: '2017-11-20',
      precision: 'DAY',
      earliest: '2017-11-20',
      latest: '2017-11-20',
      inferred: true,
    });
    expect(sorted(m.attendees.filter((l: any) => l.node.__typename === 'Person').map((l: any) => l.node.name))).toEqual(
      ['Alun Davies', 'David Powell', 'Rosemarie Harris'],
    );
    expect(sourcesOf(m.evidence)).toEqual(['s000', 's001']);
    const powell = await gqlOk(
      `{ entity(key: "david-powell") { ... on Person { meetingsAttended { node { key } } } } }`,
    );
    expect(keysOf(powell.entity.meetingsAttended)).toEqual(['meeting-2017-11-20']);
  });

  it('the follow-up warning notice and what it demands', async () => {
    const data = await gqlOk(`{ entity(key: "follow-up-warning-notice") { ... on WarningNotice {
      notice issued { earliest latest inferred }
      issuedBy { inferred node { key } }
      addressees { node { key } }
      followsUp { node { key } }
      obligations { node {
        key kind action ${EVIDENCE}
        dueDate { text value precision earliest latest inferred relativeTo { key } offset }
        bearer { node { key } }
        imposedBy { node { key } }
        owedTo { node { __typename key name } }
        deliverables { node { key ... on ImprovementPlan { revision status } } }
        consequenceOfBreach(first: 5) { inferred node { key legalBasis(first: 5) { node { key ... on Power {
          conferredBy(first: 5) { node { ... on Provision { fromSection toSection legislation(first: 2) { node { key name year } } } } }
        } } } } }
      } }
    } } }`);
    const n = data.entity;
    expect(n.notice).toBe('FOLLOW_UP');
    expect(n.issued).toEqual({ earliest: '2017-12-01', latest: '2018-02-06', inferred: true });
    expect(n.issuedBy.filter((l: any) => !l.inferred).map((l: any) => l.node.key)).toEqual(['welsh-government']);
    expect(keysOf(n.addressees)).toEqual(['powys-county-council']);
    expect(keysOf(n.followsUp)).toEqual(['first-warning-notice']);
    expect(keysOf(n.obligations)).toEqual(FOLLOW_UP_OBLIGATIONS);
    const byKey = Object.fromEntries(n.obligations.map((l: any) => [l.node.key, l.node]));

    const plan = byKey['obl-submit-revised-improvement-plan'];
    expect(plan.dueDate).toEqual({
      text: 'no later than February 7',
      value: '2018-02-07',
      precision: 'DAY',
      earliest: '2018-02-07',
      latest: '2018-02-07',
      inferred: true,
      relativeTo: null,
      offset: null,
    });
    expect(sorted(plan.owedTo.map((l: any) => `${l.node.__typename}:${l.node.name}`))).toEqual([
      'Organisation:Care Inspectorate Wales',
      'Post:Director of Social Services and Integration, Welsh Government',
    ]);
    expect(plan.deliverables).toEqual([{ node: { key: 'improvement-plan-2', revision: 2, status: 'REQUIRED' } }]);
    expect(plan.evidence.map((e: any) => e.quote)).toContain(
      'a copy to the Welsh Government’s Director of Social Services and Integration no later than February 7',
    );

    expect(byKey['obl-qa-framework-draft'].dueDate).toMatchObject({
      value: '2018-03-31',
      precision: 'DAY',
      latest: '2018-03-31',
      inferred: true,
    });
    expect(keysOf(byKey['obl-qa-framework-draft'].deliverables)).toEqual(['quality-assurance-framework']);
    expect(byKey['obl-qa-framework-implementation'].dueDate).toMatchObject({
      value: '2018-06-30',
      precision: 'DAY',
      latest: '2018-06-30',
      inferred: true,
    });
    expect(byKey['obl-revised-plan-improvement-actions'].dueDate).toEqual({
      text: 'within six months of the date of this notice',
      value: null,
      precision: 'RANGE',
      earliest: '2018-06-01',
      latest: '2018-08-06',
      inferred: true,
      relativeTo: { key: 'follow-up-warning-notice' },
      offset: 'P6M',
    });

    for (const o of Object.values(byKey) as any[]) {
      expect(o.kind, o.key).toBe('DUTY');
      expect(o.bearer.node.key, o.key).toBe('powys-county-council');
      expect(o.imposedBy.node.key, o.key).toBe('welsh-government');
      expect(sourcesOf(o.evidence), o.key).toEqual(['s002']);
      expect(
        o.consequenceOfBreach.map((l: any) => l.node.key),
        o.key,
      ).toEqual(['consequence-direct-intervention']);
      const [power] = o.consequenceOfBreach[0].node.legalBasis;
      expect(power.node.key).toBe('power-intervention-sswba');
      expect(power.node.conferredBy).toEqual([
        {
          node: {
            fromSection: 152,
            toSection: 161,
            legislation: [
              { node: { key: 'sswba-2014', name: 'Social Services and Well-being (Wales) Act 2014', year: 2014 } },
            ],
          },
        },
      ]);
    }
  });

  it('obligation status as of a day: NOT_YET_IMPOSED, OPEN, OVERDUE', async () => {
    const statusOf = async (key: string, asOf: string) =>
      (
        await gqlOk(`query($asOf: LocalDate) { entity(key: "${key}") { ... on Obligation { status(asOf: $asOf) } } }`, {
          asOf,
        })
      ).entity.status;
    const o = 'obl-submit-revised-improvement-plan';
    expect(await statusOf(o, '2017-11-30')).toBe('NOT_YET_IMPOSED');
    expect(await statusOf(o, '2017-12-01')).toBe('OPEN');
    expect(await statusOf(o, '2018-02-01')).toBe('OPEN');
    expect(await statusOf(o, '2018-02-07')).toBe('OPEN');
    expect(await statusOf(o, '2018-02-08')).toBe('OVERDUE');
    expect(await statusOf(o, '2018-03-01')).toBe('OVERDUE');
    expect(await statusOf('obl-revised-plan-improvement-actions', '2018-08-07')).toBe('OVERDUE');

    const list = async (asOf: string, status: string) =>
      (
        await gqlOk(
          `query($asOf: LocalDate, $s: [ObligationStatus!]) { obligations(first: 50, filter: {asOf: $asOf, status: $s}) { edges { node { key status(asOf: $asOf) } } } }`,
          {
            asOf,
            s: [status],
          },
        )
      ).obligations.edges.map((e: any) => e.node);
    const open = await list('2018-02-01', 'OPEN');
    expect(open.map((n: any) => n.key)).toContain(o);
    expect(open.every((n: any) => n.status === 'OPEN')).toBe(true);
    const overdue = await list('2018-03-01', 'OVERDUE');
    expect(overdue.map((n: any) => n.key)).toContain(o);
    expect(overdue.every((n: any) => n.status === 'OVERDUE')).toBe(true);
    expect((await list('2017-11-30', 'NOT_YET_IMPOSED')).map((n: any) => n.key)).toEqual(
      expect.arrayContaining(FOLLOW_UP_OBLIGATIONS),
    );
    expect((await list('2017-11-30', 'OPEN')).map((n: any) => n.key)).not.toContain(o);
  });

  it('CSSIW renamed Care Inspectorate Wales', async () => {
    const data = await gqlOk(`{
      cssiw: entity(key: "cssiw") { name aliases ... on Organisation { renamedTo { node { key name } date { latest inferred } ${EVIDENCE} } } }
      ciw: entity(key: "care-inspectorate-wales") { ... on Organisation { renamedFrom { node { key } } } }
    }`);
    expect(data.cssiw.name).toBe('Care and Social Services Inspectorate Wales');
    expect(data.cssiw.aliases).toContain('CSSIW');
    expect(data.cssiw.renamedTo).toHaveLength(1);
    expect(data.cssiw.renamedTo[0].node).toEqual({ key: 'care-inspectorate-wales', name: 'Care Inspectorate Wales' });
    expect(data.cssiw.renamedTo[0].date).toEqual({ latest: '2018-02-06', inferred: true });
    expect(sourcesOf(data.cssiw.renamedTo[0].evidence)).toEqual(['s002']);
    expect(keysOf(data.ciw.renamedFrom)).toEqual(['cssiw']);
  });

  it('Alun Davies: one post, two titles', async () => {
    const data = await gqlOk(`{ entity(key: "alun-davies") { ... on Person {
      posts { node { key qualifier post { node { key name aliases organisation { node { key } } holders { node { key } } } } } }
    } } }`);
    const posts = data.entity.posts;
    expect(posts).toHaveLength(1);
    expect(posts[0].node.qualifier).toBe('NEWLY_APPOINTED');
    const post = posts[0].node.post.node;
    expect(post.name).toBe('Cabinet Secretary for Local Government and Public Services');
    expect(post.aliases).toEqual(['Local Government Secretary']);
    expect(post.organisation.node.key).toBe('welsh-government');
    expect(keysOf(post.holders)).toEqual(['tenure-davies-cabinet-secretary']);
  });

  it('David Powell ACTING, Phil Evans INTERIM', async () => {
    const data = await gqlOk(`{
      powell: entity(key: "david-powell") { ... on Person { posts { node { qualifier post { node { key name } } } } } }
      evans: entity(key: "phil-evans") { ... on Person { posts { node { qualifier post { node { key name } } startedBy { node { key } } } } } }
    }`);
    expect(data.powell.posts).toEqual([
      {
        node: {
          qualifier: 'ACTING',
          post: { node: { key: 'post-pcc-chief-executive', name: 'Chief Executive of Powys County Council' } },
        },
      },
    ]);
    expect(data.evans.posts).toEqual([
      {
        node: {
          qualifier: 'INTERIM',
          post: {
            node: {
              key: 'post-pcc-director-social-services',
              name: 'Director of Social Services, Powys County Council',
            },
          },
          startedBy: [{ node: { key: 'appointment-evans-interim-director' } }],
        },
      },
    ]);
  });

  it('the £4 million figure', async () => {
    const data = await gqlOk(
      `{ entity(key: "figure-4-million") { ${EVIDENCE} ... on Figure { kind money { amount currency } approximate text figureOf { role node { key } } } } }`,
    );
    const f = data.entity;
    expect({ kind: f.kind, money: f.money, approximate: f.approximate, text: f.text }).toEqual({
      kind: 'MONEY',
      money: { amount: 4000000, currency: 'GBP' },
      approximate: true,
      text: 'around £4 million',
    });
    expect(f.figureOf).toEqual([{ role: 'estimatedCost', node: { key: 'powys-childrens-services' } }]);
    expect(sourcesOf(f.evidence)).toEqual(['s001']);
    const dept = await gqlOk(`{ entity(key: "powys-childrens-services") { figures { role node { key } } } }`);
    expect(dept.entity.figures).toEqual([{ role: 'estimatedCost', node: { key: 'figure-4-million' } }]);
  });
});

// ---------------------------------------------------------------------------- issue 12: the graph against its sources

const LINK = `inferred node { key }`;
const linksOf = (links: { inferred: boolean; node: { key: string } }[]) =>
  Object.fromEntries(links.map((l) => [l.node.key, l.inferred]));

describe('the seed against its sources (issue 12), through the GraphQL API', () => {
  it('roles where the words give them: issuers and attendees in a post, developers as lead or partner', async () => {
    const data = await gqlOk(`{
      jws: entity(key: "joint-written-statement-2017-11-21") { ... on Document { issuedBy { node { key } capacity { key } } } }
      ws: entity(key: "minister-written-statement-s002") { name ... on Document { issuedBy { node { key } capacity { key } } } }
      letter: entity(key: "letter-harris-to-welsh-ministers") { ... on Document { issuedBy { node { key } capacity { key } } } }
      meeting: entity(key: "meeting-2017-11-20") { ... on Meeting { attendees { node { key } capacity { key name } } } }
      pkg: entity(key: "support-package") { ... on Initiative { developers { node { key } role inferred } } }
      programme: entity(key: "programme-three-year-change") { ... on Initiative { developers { node { key } role inferred } } }
    }`);
    const byNode = (links: any[], f: (l: any) => unknown) => Object.fromEntries(links.map((l) => [l.node.key, f(l)]));
    expect(byNode(data.jws.issuedBy, (l) => l.capacity?.key)).toEqual({
      'alun-davies': 'post-cabinet-secretary-lgps',
      'huw-irranca-davies': 'post-minister-children-social-care',
    });
    expect(byNode(data.ws.issuedBy, (l) => l.capacity?.key)).toEqual({
      'huw-irranca-davies': 'post-minister-children-social-care',
    });
    expect(data.ws.name).not.toMatch(/follow-up/i); // the article does not say the statement announced the notice
    // "Cllr Rosemarie Harris wrote": the letter's words name no post.
    expect(byNode(data.letter.issuedBy, (l) => l.capacity)).toEqual({ 'rosemarie-harris': null });
    expect(byNode(data.meeting.attendees, (l) => l.capacity?.name ?? null)).toEqual({
      'alun-davies': 'Cabinet Secretary for Local Government and Public Services',
      'david-powell': 'Chief Executive of Powys County Council',
      'rosemarie-harris': 'Leader of Powys County Council',
      'powys-county-council': null,
      'welsh-government': null,
    });
    expect(byNode(data.pkg.developers, (l) => l.role)).toEqual({
      'powys-county-council': 'PARTNER',
      wlga: 'PARTNER',
      'welsh-government': null,
      'welsh-ministers': null,
    });
    expect(data.programme.developers).toEqual([
      { node: { key: 'powys-county-council' }, role: 'LEAD', inferred: true },
    ]);
  });

  it("facts once held only as prose are links: purposes, a programme's basis, a cabinet's make-up, the meeting's subject and occasion", async () => {
    const data = await gqlOk(`{
      board: entity(key: "improvement-board") { ... on Organisation { purposes { ${LINK} node { ... on Purpose { text concerns { ${LINK} } ${EVIDENCE} } } } } }
      qaf: entity(key: "quality-assurance-framework") { ... on Document { purposes { ${LINK} node { ... on Purpose { text pursuedBy { node { key } } } } } } }
      programme: entity(key: "programme-three-year-change") { ... on Initiative { basedOn { ${LINK} inference } } }
      plan1: entity(key: "improvement-plan-1") { ... on Document { basisFor { node { key } } } }
      cabinet: entity(key: "powys-cabinet") { name aliases ... on Organisation { kind memberOrganisations { ${LINK} node { ... on Organisation { kind memberships { node { key } } } } } } }
      meeting: entity(key: "meeting-2017-11-20") { ... on Meeting { concerns { ${LINK} } respondsTo { ${LINK} inference } } }
    }`);
    expect(data.board.purposes).toHaveLength(1);
    const oversight = data.board.purposes[0];
    expect(oversight.inferred).toBe(false);
    expect(oversight.node.text).toBe('to oversee the actions of the director and provide constructive challenge');
    expect(linksOf(oversight.node.concerns)).toEqual({
      'post-pcc-director-social-services': false,
      'phil-evans': true,
    });
    expect(sourcesOf(oversight.node.evidence)).toEqual(['s001']);
    expect(data.qaf.purposes.map((l: any) => l.node.text)).toEqual([
      'to improve consistency and standards of frontline practice across the county',
    ]);
    expect(data.qaf.purposes[0].node.pursuedBy.map((l: any) => l.node.key)).toEqual(['quality-assurance-framework']);
    expect(data.programme.basedOn).toEqual([
      {
        inferred: true,
        node: { key: 'improvement-plan-1' },
        inference: expect.stringContaining('does not say which plan'),
      },
    ]);
    expect(keysOf(data.plan1.basisFor)).toEqual(['programme-three-year-change']);
    expect(data.cabinet).toMatchObject({
      name: 'Powys Cabinet',
      kind: 'CABINET',
      aliases: ['Independent/Conservative Powys Cabinet'],
    });
    expect(linksOf(data.cabinet.memberOrganisations)).toEqual({ conservatives: true, 'powys-independent-group': true });
    for (const m of data.cabinet.memberOrganisations) expect(keysOf(m.node.memberships)).toEqual(['powys-cabinet']);
    expect(sorted(data.cabinet.memberOrganisations.map((m: any) => m.node.kind))).toEqual([
      'POLITICAL_GROUP',
      'POLITICAL_PARTY',
    ]);
    const concerns = linksOf(data.meeting.concerns);
    expect(concerns['powys-county-council']).toBe(false); // "the current position in the local authority"
    expect(concerns['request-support-package-at-meeting']).toBe(false);
    expect(concerns['request-statutory-support']).toBe(true); // "the request", read through s000
    expect(data.meeting.respondsTo).toEqual([
      {
        inferred: true,
        node: { key: 'cssiw-inspection-report-2017' },
        inference: expect.stringContaining('following a damning inspection report'),
      },
    ]);
  });

  it('the revised plan: writing the actions in is due with the plan; achieving them is one duty per horizon', async () => {
    const data =
      await gqlOk(`{ entity(key: "follow-up-warning-notice") { ... on WarningNotice { obligations(first: 20) { node { ... on Obligation {
      key dueDate { text value precision earliest latest inferred relativeTo { key } offset }
      deliverables { node { key } } concerns { node { key } } figures { role node { key } }
    } } } } } }`);
    const byKey = Object.fromEntries(data.entity.obligations.map((l: any) => [l.node.key, l.node]));
    const include = byKey['obl-revised-plan-include-actions'];
    expect(include.dueDate).toEqual({
      text: null,
      value: '2018-02-07',
      precision: 'DAY',
      earliest: '2018-02-07',
      latest: '2018-02-07',
      inferred: true,
      relativeTo: { key: 'obl-submit-revised-improvement-plan' },
      offset: 'P0D',
    });
    expect(keysOf(include.deliverables)).toEqual(['improvement-plan-2']);
    const horizons = [
      'obl-revised-plan-improvement-actions',
      'obl-improvement-actions-year-later',
      'obl-improvement-actions-january-2020',
    ].map((k) => byKey[k]);
    expect(
      horizons.map((o: any) => [o.dueDate.text, o.dueDate.earliest, o.dueDate.latest, o.dueDate.inferred]),
    ).toEqual([
      ['within six months of the date of this notice', '2018-06-01', '2018-08-06', true],
      ['a year later', '2018-12-01', '2019-08-06', true],
      ['up to January 2020', '2020-01-01', '2020-01-31', true],
    ]);
    for (const o of horizons) {
      expect(o.deliverables, o.key).toEqual([]); // the duty is to achieve, not to deliver a document
      expect(keysOf(o.concerns), o.key).toEqual(['improvement-plan-2']);
    }
    expect(horizons.map((o: any) => o.figures.map((f: any) => `${f.role}:${f.node.key}`))).toEqual([
      ['horizon:figure-six-months'],
      ['horizon:figure-one-year'],
      [],
    ]);
  });

  it('the mid-January plan is superseded by the 7 February deadline, so the one plan is not overdue twice', async () => {
    const data = await gqlOk(`{ entity(key: "obl-further-plan-mid-january") { ... on Obligation {
      before: status(asOf: "2017-11-30") after: status(asOf: "2018-03-01")
      supersededBy { ${LINK} inference }
      bearer { ${LINK} inference ${EVIDENCE} }
      deliverables { ${LINK} }
    } } }`);
    const o = data.entity;
    expect(o.before).toBe('OPEN'); // before the follow-up notice could have been given
    expect(o.after).toBe('SUPERSEDED');
    expect(o.supersededBy).toEqual([
      {
        inferred: true,
        node: { key: 'obl-submit-revised-improvement-plan' },
        inference: expect.stringContaining('no source says the deadline moved'),
      },
    ]);
    // Who must produce it is a reading, resting on words about plans, not on the £4 million.
    expect(o.bearer).toMatchObject({ inferred: true, node: { key: 'powys-county-council' } });
    expect(o.bearer.evidence.map((e: any) => e.quote)).toEqual([
      'a further comprehensive plan will be needed by mid January',
      'The council has submitted its improvement plan',
    ]);
    expect(o.deliverables).toEqual([{ inferred: true, node: { key: 'improvement-plan-2' } }]);

    const overdue = await gqlOk(
      `{ obligations(first: 50, filter: { asOf: "2018-03-01", status: [OVERDUE] }) { edges { node { key deliverables { node { key } } } } } }`,
    );
    const planOverdue = overdue.obligations.edges
      .map((e: any) => e.node)
      .filter((n: any) => keysOf(n.deliverables).includes('improvement-plan-2'));
    expect(sorted(planOverdue.map((n: any) => n.key))).toEqual([
      'obl-revised-plan-include-actions',
      'obl-submit-revised-improvement-plan',
    ]);
  });

  it("missing links: the framework's implementation duty concerns the framework; the minister's judgement concerns the plan", async () => {
    const data = await gqlOk(`{
      impl: entity(key: "obl-qa-framework-implementation") { ... on Obligation { concerns { ${LINK} } } }
      judged: entity(key: "st-irranca-davies-plan-further-work") { ... on Statement { concerns { ${LINK} } } }
    }`);
    expect(linksOf(data.impl.concerns)).toEqual({ 'quality-assurance-framework': false });
    expect(linksOf(data.judged.concerns)).toEqual({ 'improvement-plan-1': true });
  });

  it('unmarked readings are marked or corrected', async () => {
    const data = await gqlOk(`{
      vow: entity(key: "st-harris-vow-october") { ... on Statement { speakers { node { key } capacity { key } } } }
      a: entity(key: "st-irranca-davies-plan-further-work") { ... on Event { date { earliest latest inferred } } }
      b: entity(key: "st-wg-failing-areas") { ... on Event { date { earliest latest inferred } } }
      c: entity(key: "st-harris-three-year-programme") { ... on Event { date { earliest latest inferred } } }
      useful: entity(key: "st-jws-useful-discussion-support-package") { ... on Statement { text } }
      jws: entity(key: "joint-written-statement-2017-11-21") { ... on Document { issued { earliest latest } statements { inferred node { key date { earliest latest } } } } }
      reported: entity(key: "st-jws-request-and-meeting") { ${EVIDENCE} ... on Statement { speakers { node { key } } } }
      notice: entity(key: "first-warning-notice") { ... on Document { issued { latest } obligations { node { ... on Obligation { key imposedDate { latest } } } } } }
    }`);
    const more = await gqlOk(`{
      ce: entity(key: "post-pcc-chief-executive") { aliases }
      director: entity(key: "post-pcc-director-social-services") { aliases }
      harris: entity(key: "rosemarie-harris") { ... on Person { memberships { node { key } ${EVIDENCE} } } }
      dept: entity(key: "powys-childrens-services") { ... on Organisation { parentOrganisations { node { key } ${EVIDENCE} } } }
    }`);
    // No source says she was leader in October 2017.
    expect(data.vow.speakers).toEqual([{ node: { key: 'rosemarie-harris' }, capacity: null }]);
    // Reported in s002, said when is not stated: no earliest bound from the article's date.
    for (const s of [data.a, data.b, data.c])
      expect(s.date).toEqual({ earliest: null, latest: '2018-02-06', inferred: true });
    // The journalist's "[Welsh Local Government Association]" is not the ministers' words.
    expect(data.useful.text).not.toContain('[');
    expect(data.useful.text).toContain('the WLGA and other partners');
    // Every part of the joint statement is dated on the statement's own day; the spokesman's paragraphs are parts by reading.
    expect(data.jws.issued).toEqual({ earliest: '2017-11-21', latest: '2017-11-21' });
    for (const part of data.jws.statements) expect(part.node.date, part.node.key).toEqual(data.jws.issued);
    expect(linksOf(data.jws.statements)).toEqual({
      'st-jws-expect-to-work-with-council': false,
      'st-jws-plan-being-considered': false,
      'st-jws-request-and-meeting': false,
      'st-jws-useful-discussion-support-package': false,
      'st-wg-cabinet-secretary-met-council': true,
      'st-wg-evans-appointment-improvement-board': true,
      'st-wg-further-statement-and-updates': true,
    });
    // s001's first spokesman paragraph is its own statement, not evidence of s000's report.
    expect(sourcesOf(data.reported.evidence)).toEqual(['s000']);
    expect(keysOf(data.reported.speakers)).toEqual(['alun-davies', 'huw-irranca-davies']);
    // The first notice is dated no later than the duty it imposed.
    expect(data.notice.issued.latest).toBe('2017-11-06');
    expect(data.notice.obligations.map((l: any) => [l.node.key, l.node.imposedDate.latest])).toEqual([
      ['obl-improve-within-three-months', '2017-11-06'],
    ]);
    // "Acting" and "Interim" qualify the tenures, not the posts.
    expect(more.ce.aliases).toEqual([]);
    expect(more.director.aliases).toEqual(['the director']);
    // One evidence entry per document that states the fact.
    expect(more.harris.memberships.map((m: any) => [m.node.key, sourcesOf(m.evidence)])).toEqual([
      ['powys-county-council', ['s000', 's001', 's002']],
    ]);
    expect(more.dept.parentOrganisations.map((m: any) => [m.node.key, sourcesOf(m.evidence)])).toEqual([
      ['powys-county-council', ['s000', 's001', 's002']],
    ]);
  });
});
