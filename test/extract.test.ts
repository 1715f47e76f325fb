// The rule engine on a notice written for this test (not one of the seed's articles) and the
// leave-one-out evaluation on the seed: quotes verbatim at their offsets, dates resolved as the
// seed resolves them, and the quality goals of EXTRACTION.md.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/dates.js';
import { evaluateSeed, totals } from '../src/extract/evaluate.js';
import { RuleExtractor } from '../src/extract/rules.js';
import { misquoted, type GraphView } from '../src/extract/types.js';
import { fuzzyOf } from '../src/ingest/document.js';
import { readSeedFolder, seedDir } from '../src/write/seedFolder.js';

const notice = fs.readFileSync(new URL('./fixtures/notice.txt', import.meta.url), 'utf8');
const graph: GraphView = {
  entities: [
    { key: 'welsh-government', type: 'Organisation', names: ['Welsh Government'] },
    { key: 'care-inspectorate-wales', type: 'Organisation', names: ['Care Inspectorate Wales'] },
  ],
  openObligations: [],
};
const published = fuzzyOf('2024-03-05');
const proposals = new RuleExtractor().extractSync({ id: 'notice', text: notice, published }, graph);
const of = (kind: string) => proposals.filter((p) => p.kind === kind);

describe('rules on an unseen notice', () => {
  it('every quote is the text at its offsets', () => {
    expect(proposals.length).toBeGreaterThan(15);
    expect(misquoted(notice, proposals)).toEqual([]);
  });

  it('finds both duties with their deadlines, resolved against the notice date', () => {
    const duties = of('OBLIGATION').map((p) => [p.record?.props.action, p.date?.latest, p.date?.inferred]);
    expect(duties).toEqual([
      ['Submit an improvement plan to Care Inspectorate Wales', '2024-04-30', true],
      ['Appoint an interim Director of Social Services', '2024-03-25', true],
    ]);
  });

  it('dates the meeting "on Tuesday" to the Tuesday before the notice, and the request "last week" to that week', () => {
    const meeting = of('MEETING')[0]!;
    expect([meeting.date?.earliest, meeting.date?.latest, meeting.date?.precision]).toEqual([
      '2024-02-27',
      '2024-02-27',
      'DAY',
    ]);
    const request = of('REQUEST')[0]!;
    expect([request.date?.earliest, request.date?.latest, request.date?.precision]).toEqual([
      '2024-02-26',
      '2024-03-03',
      'WEEK',
    ]);
    expect(request.record?.links).toEqual([expect.objectContaining({ rel: 'ADDRESSED_TO', key: 'welsh-government' })]);
  });

  it('finds the section and the Act, the money and the finding; names a new person but not a weekday', () => {
    expect(of('LEGAL_REFERENCE').map((p) => p.record?.type)).toEqual(['Provision', 'Legislation']);
    expect(of('LEGAL_REFERENCE')[0]!.record?.props).toEqual({ fromSection: 153 });
    const money = of('AMOUNT').find((p) => p.rule === 'amount.money')!;
    expect(money.record?.props).toMatchObject({ kind: 'MONEY', amount: 2_500_000, currency: 'GBP' });
    expect(of('FINDING')).toHaveLength(1);
    const people = of('ENTITY')
      .filter((p) => p.record?.type === 'Person')
      .map((p) => p.quote);
    expect(people).toEqual(['Jane Morgan']);
    expect(of('ENTITY').find((p) => p.entity === 'welsh-government')).toBeDefined();
  });

  it('proposes a fulfilment of an open obligation the text reports as done, with its day', () => {
    const text = 'On 23 January 2024 the council has submitted its revised improvement plan to the inspectorate.';
    const found = new RuleExtractor().extractSync(
      { id: 'f', text, published: fuzzyOf('2024-01-25') },
      {
        entities: [],
        openObligations: [
          {
            key: 'obl-plan',
            name: 'Plan',
            action: 'Submit a revised improvement plan to the inspectorate',
            bearers: [],
          },
          { key: 'obl-other', name: 'Other', action: 'Appoint a director of social services', bearers: [] },
        ],
      },
    );
    const f = found.filter((p) => p.kind === 'FULFILMENT');
    expect(f.map((p) => [p.fulfils, p.date?.value])).toEqual([['obl-plan', '2024-01-23']]);
  });
});

describe('rules on an unseen written statement (active voice, recommendations, undertakings)', () => {
  const text = fs.readFileSync(new URL('./fixtures/statement.txt', import.meta.url), 'utf8');
  const found = new RuleExtractor().extractSync(
    { id: 'statement', text, published: fuzzyOf('2023-06-14') },
    { entities: [], openObligations: [] },
  );
  const kind = (k: string) => found.filter((p) => p.kind === k);

  it('every quote is the text at its offsets', () => {
    expect(misquoted(text, found)).toEqual([]);
  });

  it('finds the duty a direction imposes, what the minister expects, a recommendation and an undertaking', () => {
    const duties = kind('OBLIGATION').map((p) => [
      String(p.record?.props.action).slice(0, 40),
      p.record?.props.kind,
      p.date?.latest ?? null,
    ]);
    expect(duties).toEqual([
      ['Commission an independent review of its ', 'DUTY', '2023-07-31'],
      ['Publish a revised improvement plan', 'DUTY', '2023-09-14'],
      ['Provide monthly progress reports to my o', 'DUTY', null],
      ['Provide £750,000 to support the improvem', 'UNDERTAKING', null],
    ]);
    // "should" is advice: proposed, with less confidence than "requires ... by".
    const [required, advised] = kind('OBLIGATION');
    expect(advised!.confidence).toBeLessThan(required!.confidence);
  });

  it('names people by post-nominal letters and by appointment, and a post is not a body', () => {
    const people = kind('ENTITY')
      .filter((p) => p.record?.type === 'Person')
      .map((p) => p.quote);
    expect(people).toEqual(['Huw Price', 'Alan Reeves', 'Sarah Lloyd']);
    const bodies = kind('ENTITY')
      .filter((p) => p.record?.type === 'Organisation')
      .map((p) => p.quote);
    expect(bodies).not.toContain('Chief Executive');
    expect(bodies).toContain('Northshire County Borough Council');
  });

  it('dates "in the autumn" to the coming autumn', () => {
    const autumn = kind('DATE').find((p) => p.quote === 'in the autumn');
    expect([autumn?.date?.earliest, autumn?.date?.latest, autumn?.date?.inferred]).toEqual([
      '2023-09-01',
      '2023-11-30',
      true,
    ]);
  });
});

describe("rules on an unseen inspectorate's letter (address block, signature, spans of days)", () => {
  const text = fs.readFileSync(new URL('./fixtures/letter.txt', import.meta.url), 'utf8');
  const found = new RuleExtractor().extractSync(
    { id: 'letter', text, published: fuzzyOf('2022-10-12') },
    { entities: [], openObligations: [] },
  );
  const kind = (k: string) => found.filter((p) => p.kind === k);
  const span = (p: { date?: { earliest?: string; latest?: string } | null }) =>
    `${p.date?.earliest}..${p.date?.latest}`;

  it('every quote is the text at its offsets', () => {
    expect(misquoted(text, found)).toEqual([]);
  });

  it('dates a span of days, a period from receipt of the letter, a part of a year', () => {
    const dates = Object.fromEntries(kind('DATE').map((p) => [p.quote, span(p)]));
    expect(dates).toMatchObject({
      'between 19 and 23 September 2022': '2022-09-19..2022-09-23',
      'within 28 days of receipt of this letter': '2022-11-09..2022-11-09',
      'early 2023': '2023-01-01..2023-04-30',
    });
  });

  it('finds the meeting, the inspection as a visit, the planned visit; "had not been visited" is no visit', () => {
    const events = kind('MEETING').map((p) => [p.record?.type, p.quote.slice(0, 30), span(p)]);
    expect(events).toEqual([
      ['Meeting', 'Thank you for meeting inspecto', '2022-10-04..2022-10-04'],
      ['MonitoringVisit', 'Following the inspection carri', '2022-09-19..2022-09-23'],
      ['MonitoringVisit', 'We will carry out a further mo', '2023-01-01..2023-04-30'],
    ]);
  });

  it('names the addressee, the new cabinet member and the signatory', () => {
    const people = kind('ENTITY')
      .filter((p) => p.record?.type === 'Person')
      .map((p) => p.quote);
    expect(people).toEqual(['Karen Jones', 'Peter Hughes', 'David Thomas']);
    expect(kind('OBLIGATION').map((p) => span(p))).toEqual(['2022-11-09..2022-11-09', '2023-03-21..2023-03-31']);
  });
});

describe('date expressions of the seed', () => {
  const s001 = fuzzyOf('2017-11-25');
  const s002 = { precision: 'RANGE' as const, earliest: '2017-12-01', latest: '2018-02-06', inferred: true };
  const one = (text: string, pub = s001) => findDates(text, pub)[0]?.date;

  it.each([
    ['Last week, the leader wrote', s001, '2017-11-13', '2017-11-19', 'WEEK'],
    ['they met on Monday, November 20.', s001, '2017-11-20', '2017-11-20', 'DAY'],
    ['a plan will be needed by mid January', s001, '2018-01-11', '2018-01-20', 'PART_OF_MONTH'],
    ['submit it no later than February 7 .', s002, '2018-02-07', '2018-02-07', 'DAY'],
    ['within six\u00a0months of the date of this notice', s002, '2018-06-01', '2018-08-06', 'RANGE'],
    ['a visit in December 2017', s002, '2017-12-01', '2017-12-31', 'MONTH'],
  ])('%s', (text, pub, earliest, latest, precision) => {
    const d = one(text.replace(/\u00a0/g, ' '), pub);
    expect([d?.earliest, d?.latest, d?.precision]).toEqual([earliest, latest, precision]);
  });

  it('a year the words do not give is inferred, with the reason', () => {
    const d = one('a plan will be needed by mid January');
    expect(d?.inferred).toBe(true);
    expect(d?.inference).toMatch(/without a year/);
    expect(one('in December 2017')?.inferred).toBe(false);
  });
});

describe('leave-one-out on the seed (npm run extract:eval)', () => {
  const results = evaluateSeed(readSeedFolder(seedDir));
  const all = totals(results);
  const score = (kind: string) => all.find((s) => s.kind === kind)!;

  it('every proposal quotes its source verbatim at its offsets', () => {
    expect(results.flatMap((r) => r.misquoted)).toEqual([]);
    expect(results.every((r) => r.proposals.length > 10)).toBe(true);
  });

  it('obligations with their deadlines: recall at least 70 %, precision at least 80 %', () => {
    expect(score('OBLIGATION').recall).toBeGreaterThanOrEqual(0.7);
    expect(score('OBLIGATION').precision).toBeGreaterThanOrEqual(0.8);
  });

  it('dated events (requests, meetings and visits, appointments): recall at least 70 %, precision at least 80 %', () => {
    const events = ['REQUEST', 'MEETING', 'APPOINTMENT'].map(score);
    const sum = (f: (s: (typeof events)[number]) => number) => events.reduce((a, s) => a + f(s), 0);
    expect(sum((s) => s.matchedGold) / sum((s) => s.gold)).toBeGreaterThanOrEqual(0.7);
    expect(sum((s) => s.correctProposals) / sum((s) => s.proposals)).toBeGreaterThanOrEqual(0.8);
  });

  it('EXTRACTION.md holds the figures of this evaluation', () => {
    const md = fs.readFileSync(new URL('../EXTRACTION.md', import.meta.url), 'utf8');
    const obl = score('OBLIGATION');
    expect(md).toContain(
      `| obligation | ${obl.gold} | ${obl.proposals} | ${obl.matchedGold} | ${obl.correctProposals} |`,
    );
  });
});
