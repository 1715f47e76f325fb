// One "as of" per root field: the day a list is filtered on, or a root field's `asOf`, is the
// default of every obligation status below it; a status's own `asOf` still wins.
import { describe, expect, it } from 'vitest';
import { globalId, gql, gqlOk } from './helpers.js';

/** Every obligation status found anywhere in a response, by obligation key. */
function statuses(value: unknown, into = new Map<string, string[]>()): Map<string, string[]> {
  if (Array.isArray(value)) value.forEach((v) => statuses(v, into));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.key === 'string' && typeof o.status === 'string')
      into.set(o.key, [...(into.get(o.key) ?? []), o.status]);
    Object.values(o).forEach((v) => statuses(v, into));
  }
  return into;
}

/** The status of every obligation on `day`, asked one by one with an explicit `status(asOf:)`. */
async function truth(day: string): Promise<Map<string, string>> {
  const data = await gqlOk(
    `query T($d: LocalDate!) { obligations(first: 100) { edges { node { key status(asOf: $d) } } } }`,
    { d: day },
  );
  return new Map(data.obligations.edges.map((e: any) => [e.node.key, e.node.status]));
}

describe('asOf reaches every status below the root field', () => {
  it('a list filtered on a day and a status shows statuses of that day, not of today', async () => {
    const data = await gqlOk(
      `{ obligations(first: 100, filter: { asOf: "2018-01-01", status: [OPEN] }) { edges { node { key status } } } }`,
    );
    const got = data.obligations.edges.map((e: any) => e.node.status);
    expect(got.length).toBeGreaterThan(0);
    expect(new Set(got)).toEqual(new Set(['OPEN']));
    // Today (long after every deadline) the same obligations read otherwise: the default moved.
    const today = await gqlOk(`{ obligations(first: 100) { edges { node { key status } } } }`);
    expect(today.obligations.edges.some((e: any) => e.node.status === 'OVERDUE')).toBe(true);
  });

  it('the filter day, given as a variable, is the default below the list, also on linked obligations', async () => {
    const day = '2018-02-10';
    const expected = await truth(day);
    const data = await gqlOk(
      `query L($f: ObligationFilter) { obligations(first: 100, filter: $f) { edges { node { key status
         bearer { node { ... on Organisation { obligationsBorne(first: 50) { node { key status } } } } } } } } }`,
      { f: { asOf: day } },
    );
    const seen = statuses(data);
    expect(seen.size).toBe(expected.size);
    for (const [key, found] of seen) for (const s of found) expect(s, key).toBe(expected.get(key));
    // The day differs from today for some obligation, so the test can tell the two apart.
    const now = await truth(new Date().toISOString().slice(0, 10));
    expect([...expected].some(([k, s]) => now.get(k) !== s)).toBe(true);
  });

  it("a status's own asOf overrides the root's day", async () => {
    const data = await gqlOk(
      `{ obligations(first: 100, filter: { asOf: "2017-10-01" }) { edges { node { key status later: status(asOf: "2019-01-01") } } } }`,
    );
    const later = await truth('2019-01-01');
    const early = await truth('2017-10-01');
    for (const e of data.obligations.edges) {
      expect(e.node.status).toBe(early.get(e.node.key));
      expect(e.node.later).toBe(later.get(e.node.key));
    }
  });

  it('entity, node, search, path and neighbourhood take a root asOf for the statuses they show', async () => {
    const day = '2017-12-20';
    const expected = await truth(day);
    const council = globalId('Organisation', 'powys-county-council');
    const obligation = 'obl-submit-revised-improvement-plan';
    const data = await gqlOk(
      `query Q($c: ID!, $d: LocalDate, $o: ID!) {
         entity(key: "powys-county-council", asOf: $d) { ... on Organisation { obligationsBorne(first: 50) { node { key status } } } }
         node(id: $c, asOf: $d) { ... on Organisation { obligationsBorne(first: 50) { node { key status } } } }
         search(text: "plan", types: [OBLIGATION], asOf: $d) { node { key ... on Obligation { status } } }
         neighbourhood(id: $c, depth: 1, asOf: $d) { nodes { key ... on Obligation { status } } }
         path(from: $c, to: $o, asOf: $d) { nodes { key ... on Obligation { status } } }
       }`,
      { c: council, d: day, o: globalId('Obligation', obligation) },
    );
    const seen = statuses(data);
    expect(seen.size).toBeGreaterThan(1);
    for (const [key, found] of seen) for (const s of found) expect(s, key).toBe(expected.get(key));
    for (const field of ['entity', 'node', 'search', 'neighbourhood', 'path'])
      expect(statuses(data[field]).size, field).toBeGreaterThan(0);
  });

  it('every root list takes asOf for the statuses below it', async () => {
    const day = '2018-02-10';
    const expected = await truth(day);
    const data = await gqlOk(`{
      documents(first: 50, asOf: "${day}") { edges { node { key obligations(first: 50) { node { key status } } } } }
      actors(first: 50, asOf: "${day}") { edges { node { key obligationsBorne(first: 50) { node { key status } } } } }
      consequences(first: 50, asOf: "${day}") { edges { node { obligations(first: 50) { node { key status } } } } }
    }`);
    for (const field of ['documents', 'actors', 'consequences']) {
      const seen = statuses(data[field]);
      expect(seen.size, field).toBeGreaterThan(0);
      for (const [key, found] of seen) for (const s of found) expect(s, `${field} ${key}`).toBe(expected.get(key));
    }
  });

  it('a root asOf that is not a day is refused with a code', async () => {
    for (const q of [
      `{ entity(key: "powys-county-council", asOf: "2018-13-01") { key } }`,
      `{ search(text: "plan", asOf: "1700-01-01") { score } }`,
      `{ documents(asOf: "2018-02-30x") { totalCount } }`,
    ]) {
      const r = await gql(q);
      expect(r.errors?.[0]?.extensions?.code, q).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    }
  });
});

describe('a status carries its basis', () => {
  const ASSESS = `key status dueDate { latest inferred inference relativeTo { key } offset }
    statusAssessment { status asOf ground basis inference explanation }`;

  it('OVERDUE on an inferred or computed due date says so in the assessment', async () => {
    const data = await gqlOk(
      `{ obligations(first: 100, filter: { asOf: "2019-06-01" }) { edges { node { ${ASSESS} } } } }`,
    );
    const nodes = data.obligations.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      const a = n.statusAssessment;
      expect(a.status, n.key).toBe(n.status);
      expect(a.asOf).toBe('2019-06-01');
      expect(a.explanation.startsWith(`${n.status} on 2019-06-01: `), a.explanation).toBe(true);
      if (a.ground !== 'DUE_DATE') continue;
      const expected =
        n.dueDate.relativeTo || n.dueDate.offset ? 'COMPUTED' : n.dueDate.inferred ? 'INFERRED' : 'STATED';
      expect(a.basis, n.key).toBe(expected);
      expect(a.inference, n.key).toBe(n.dueDate.inference);
      if (a.basis !== 'STATED') expect(a.explanation, n.key).toMatch(/inferred|computed/);
    }
    // The three-month deadline is counted from "one month into": overdue on an inferred date.
    const three = nodes.find((n: any) => n.key === 'obl-improve-within-three-months');
    expect(three.statusAssessment).toMatchObject({ status: 'OVERDUE', ground: 'DUE_DATE', basis: 'INFERRED' });
    expect(three.statusAssessment.inference).toMatch(/one month/);
    // "within six months of the date of this notice" is counted from the notice: COMPUTED.
    expect(nodes.some((n: any) => n.statusAssessment.basis === 'COMPUTED')).toBe(true);
  });

  it('NOT_YET_IMPOSED turns on the imposing date, with its basis', async () => {
    const data = await gqlOk(
      `{ obligations(first: 100, filter: { asOf: "2017-01-01" }) { edges { node { ${ASSESS} } } } }`,
    );
    for (const { node: n } of data.obligations.edges) {
      if (n.status !== 'NOT_YET_IMPOSED') continue;
      expect(n.statusAssessment.ground, n.key).toBe('IMPOSED_DATE');
      expect(['STATED', 'INFERRED', 'COMPUTED']).toContain(n.statusAssessment.basis);
    }
    expect(data.obligations.edges.some((e: any) => e.node.status === 'NOT_YET_IMPOSED')).toBe(true);
  });

  it("the assessment's own asOf overrides the root's day", async () => {
    const data = await gqlOk(`{ entity(key: "obl-improve-within-three-months", asOf: "2017-12-01") {
      ... on Obligation { status statusAssessment(asOf: "2018-03-01") { status asOf } } } }`);
    expect(data.entity.status).toBe('OPEN');
    expect(data.entity.statusAssessment).toEqual({ status: 'OVERDUE', asOf: '2018-03-01' });
  });
});
