// What an extraction engine takes and gives. The rule engine (rules.ts) is the one that ships; any
// other engine (a language model behind an HTTP API, say) implements `Extractor` and must give
// every proposal a verbatim quote at its offsets, which `checkQuotes` enforces for all engines.
import type { FuzzyDate } from '../write/compile.js';
import type { NodeType, RelType } from '../model.js';

export const proposalKinds = [
  'ENTITY',
  'DATE',
  'OBLIGATION',
  'REQUEST',
  'APPOINTMENT',
  'MEETING',
  'LEGAL_REFERENCE',
  'AMOUNT',
  'FINDING',
  'FULFILMENT',
] as const;
export type ProposalKind = (typeof proposalKinds)[number];

/** A link the accepted record would carry, to an entity already in the graph. */
export interface ProposedLink {
  rel: RelType;
  /** `out`: from the proposed record to `key`; `in`: from `key` to it. */
  dir: 'out' | 'in';
  key: string;
  /** The words the link rests on, inside the document. */
  start: number;
  end: number;
  /** When the link took effect (a fulfilment's day): the status of an obligation reads it. */
  date?: FuzzyDate;
}

/** What accepting the proposal writes: a record in the seed's format, less its id and evidence. */
export interface RecordDraft {
  type: Exclude<NodeType, 'Source' | 'Evidence'>;
  name: string;
  props: Record<string, unknown>;
  links: ProposedLink[];
}

export interface Proposal {
  kind: ProposalKind;
  /** The rule that fired (`obligation.modal`, `date.day-month`, ...). */
  rule: string;
  quote: string;
  /** JavaScript string offsets into the stored text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  /** 0..1: how often this rule's proposals are right, as the rule's author judges it. */
  confidence: number;
  /** For a mention of something the graph holds: its key. */
  entity?: string;
  /** The date the proposal resolves (a deadline, an event's day, a date mention). */
  date?: FuzzyDate;
  /** What an accept would write; absent for pure mentions and dates. */
  record?: RecordDraft;
  /** For a fulfilment: the open obligation it would fulfil. */
  fulfils?: string;
}

/** The document as the extractor sees it. */
export interface DocumentInput {
  id: string;
  text: string;
  /** When it was published, as far as known: relative dates are resolved against it. */
  published?: FuzzyDate;
}

/** What the graph already holds that extraction matches against. */
export interface GraphView {
  entities: { key: string; type: NodeType; names: string[] }[];
  /** Obligations with no fulfilment recorded. */
  openObligations: { key: string; name: string; action: string; bearers: string[] }[];
}

export interface Extractor {
  /** Stored with each proposal's rule, so a reviewer knows which engine proposed it. */
  readonly name: string;
  extract(doc: DocumentInput, graph: GraphView): Promise<Proposal[]>;
}

/** The proposals whose quote is not verbatim at its offsets: must be none, whatever the engine. */
export function misquoted(text: string, proposals: Proposal[]): Proposal[] {
  return proposals.filter((p) => p.end <= p.start || text.slice(p.start, p.end) !== p.quote);
}
