// What the curation tests write: a made-up council's late plan, its source text and the operations.
export const TEXT =
  'Test Borough Council was told in a warning notice to submit an improvement plan by 31 January 2018. ' +
  'The council submitted the plan on 6 February 2018, six days late, a spokesman said. ' +
  'The council also promised a second report by 30 June 2018.';

export const ADD_SOURCE = `mutation A($input: AddSourceInput!) {
  addSource(input: $input) { created replayed source { key title content } revision { id mutation author } } }`;
export const ASSERT = `mutation F($input: AssertFactsInput!) {
  assertFacts(input: $input) { replayed entities { key name } revision { id mutation author reason entities
    changes { kind key op before after evidenceAdded } } } }`;
export const RETRACT = `mutation R($input: RetractFactsInput!) {
  retractFacts(input: $input) { replayed revision { id mutation entities changes { kind key op } } } }`;

export const sourceInput = (content = TEXT) => ({
  content,
  title: 'Test Borough Council submits its plan late',
  publisher: 'Test Gazette',
  published: { text: '9 February 2018', value: '2018-02-09', precision: 'DAY' },
  url: 'https://example.org/test-borough',
  licence: 'CC BY 4.0',
});

/** The obligation and its bearer, citing `source`. */
export const obligationRecords = (source: string) => [
  {
    id: 'tb-council',
    type: 'Organisation',
    kind: 'COUNCIL',
    name: 'Test Borough Council',
    evidence: [{ source, quote: 'Test Borough Council' }],
  },
  {
    id: 'tb-obl-plan',
    type: 'Obligation',
    name: 'Submit an improvement plan by 31 January 2018',
    action: 'Submit an improvement plan',
    due: { text: 'by 31 January 2018', value: '2018-01-31', precision: 'DAY' },
    evidence: [{ source, quote: 'submit an improvement plan by 31 January 2018' }],
    links: [
      {
        rel: 'BEARS',
        from: 'tb-council',
        evidence: [
          { source, quote: 'Test Borough Council was told in a warning notice to submit an improvement plan' },
        ],
      },
    ],
  },
];

/** The plan that fulfils the obligation, six days late. */
export const fulfilmentRecords = (source: string) => [
  {
    id: 'tb-plan',
    type: 'ImprovementPlan',
    name: 'Test Borough Council improvement plan',
    issued: { text: 'on 6 February 2018', value: '2018-02-06', precision: 'DAY' },
    evidence: [{ source, quote: 'The council submitted the plan on 6 February 2018' }],
    links: [
      {
        rel: 'FULFILS',
        to: 'tb-obl-plan',
        date: { text: 'on 6 February 2018', value: '2018-02-06', precision: 'DAY' },
        evidence: [{ source, quote: 'The council submitted the plan on 6 February 2018, six days late' }],
      },
      { rel: 'ISSUED', from: 'tb-council', evidence: [{ source, quote: 'The council submitted the plan' }] },
    ],
  },
];
