// One record type per node label: the properties the seed writer stores for it (src/write/compile.ts,
// docs/model.md), so that each resolver's parent is typed by its label. `toNode` and
// `fromProjection` (entities.ts) give a record its type from the node's label, the one place
// where a driver value becomes a typed record.
//
// A record fetched ahead (lookahead.ts) is partial: it holds `id`, `__type` and only the
// properties the selected fields read. A property typed as present below is one the writer always
// stores; it may be missing from a partial record whose query did not select the field that reads
// it, and then no resolver reads it (test/lookahead.test.ts checks every resolver's reads against
// the plan). Code other than a field's own resolver must not rely on it.
import type { FamilyType, NodeType } from '../model.js';
import type { ObligationStatus } from './status.js';

/** A node: its stable id, its type label and its properties as plain values. */
export interface NodeRecord {
  __type: string;
  id: string;
  name: string;
  description?: string;
  /** Other names the sources use. */
  aliases?: string[];
  /** Links fetched ahead with the node (lookahead.ts), by `linkKey`. */
  __links?: Record<string, LinkRecord[]>;
  /** An obligation's status computed with the node, by day (lookahead.ts). */
  __status?: Record<string, ObligationStatus>;
  /** Nodes its properties name by id (a fuzzy date's `relativeTo`), fetched with it, by property. */
  __refs?: Record<string, AnyNodeRecord[]>;
  [property: string]: unknown;
}

/**
 * One end of a relationship as seen from the other: the far node and the relationship's
 * properties. `T`: the types the far node may have (the schema's declared type of the field).
 */
export interface LinkRecord<T extends NodeType = NodeType> {
  node: RecordOf[T];
  rel: RelRecord;
}

export interface RelRecord {
  id: string;
  type: string;
  evidence: string[];
  inferred: boolean;
  inference?: string;
  role?: string;
  capacity?: string;
  dateText?: string;
  /** Nodes it names by id (`evidence`, `capacity`), fetched with it, by property. */
  __refs?: Record<string, AnyNodeRecord[]>;
  [property: string]: unknown;
}

type FuzzyDatePart = 'Text' | 'Value' | 'Precision' | 'Earliest' | 'Latest' | 'Inference' | 'RelativeTo' | 'Offset';

/** A fuzzy date stored flattened under a prefix (`dueText`, `duePrecision`...); every part optional. */
type FuzzyDateProps<P extends string> = { [K in `${P}${FuzzyDatePart}`]?: string } & {
  [K in `${P}Inferred`]?: boolean;
};

interface Labelled<T extends NodeType> extends NodeRecord {
  __type: T;
}

export interface SourceRecord extends Labelled<'Source'>, FuzzyDateProps<'published'> {
  title: string;
  titleInferred?: boolean;
  publisher?: string;
  publisherNote?: string;
  file: string;
  /** The full text: only on a record whose query selected `content`. */
  content?: string;
}
export interface EvidenceRecord extends Labelled<'Evidence'> {
  quote: string;
  start: number;
  end: number;
  sourceId: string;
}

export interface PersonRecord extends Labelled<'Person'> {
  honorific?: string;
}
export type OrganisationKind =
  | 'COUNCIL'
  | 'GOVERNMENT'
  | 'MINISTRY'
  | 'INSPECTORATE'
  | 'ASSOCIATION'
  | 'POLICE'
  | 'BOARD'
  | 'TEAM'
  | 'DEPARTMENT'
  | 'POLITICAL_GROUP'
  | 'POLITICAL_PARTY'
  | 'LEGISLATURE'
  | 'CABINET';
export interface OrganisationRecord extends Labelled<'Organisation'> {
  kind: OrganisationKind;
}
export interface PostRecord extends Labelled<'Post'> {
  title?: string;
}
export interface TenureRecord extends Labelled<'Tenure'>, FuzzyDateProps<'start'>, FuzzyDateProps<'end'> {
  qualifier?: 'ACTING' | 'INTERIM' | 'NEWLY_APPOINTED';
}

/** What every document stores. `status` is written as ISSUED by default; older writes may lack it. */
interface DocumentProps<T extends NodeType> extends Labelled<T>, FuzzyDateProps<'issued'> {
  title?: string;
  status?: 'ISSUED' | 'REQUIRED';
}
export type InspectionReportRecord = DocumentProps<'InspectionReport'>;
export interface WarningNoticeRecord extends DocumentProps<'WarningNotice'> {
  notice: 'FIRST' | 'FOLLOW_UP';
}
export interface ImprovementPlanRecord extends DocumentProps<'ImprovementPlan'> {
  revision?: number;
}
export type WrittenStatementRecord = DocumentProps<'WrittenStatement'>;
export type LetterRecord = DocumentProps<'Letter'>;
export type FrameworkRecord = DocumentProps<'Framework'>;

type EventProps<T extends NodeType> = Labelled<T> & FuzzyDateProps<'date'>;
export interface MeetingRecord extends EventProps<'Meeting'> {
  location?: string;
}
export type MonitoringVisitRecord = EventProps<'MonitoringVisit'>;
export type PublicationRecord = EventProps<'Publication'>;
export interface RequestRecord extends EventProps<'Request'> {
  subject?: string;
}
export type AppointmentRecord = EventProps<'Appointment'>;
export interface StatementRecord extends EventProps<'Statement'> {
  text: string;
}
export interface DiscussionRecord extends EventProps<'Discussion'> {
  subject?: string;
}

export interface LegislationRecord extends Labelled<'Legislation'> {
  kind: 'ACT' | 'MEASURE';
  year?: number;
}
export interface ProvisionRecord extends Labelled<'Provision'> {
  fromSection: number;
  toSection?: number;
}
export type PowerRecord = Labelled<'Power'>;

export interface ObligationRecord
  extends
    Labelled<'Obligation'>,
    FuzzyDateProps<'due'>,
    FuzzyDateProps<'imposed'>,
    FuzzyDateProps<'breached'>,
    FuzzyDateProps<'withdrawn'> {
  /** Written as DUTY by default; a record written before kinds existed may lack it. */
  kind?: 'DUTY' | 'UNDERTAKING';
  action: string;
  statusNote?: string;
}
export type ConsequenceRecord = Labelled<'Consequence'>;
export interface FindingRecord extends Labelled<'Finding'> {
  kind: 'FAILING' | 'RISK' | 'DEFICIENCY';
}
export interface FigureRecord extends Labelled<'Figure'> {
  kind: 'MONEY' | 'DURATION';
  amount?: number;
  currency?: string;
  /** ISO 8601, e.g. P2Y. */
  duration?: string;
  approximate?: boolean;
  text: string;
}
export interface InitiativeRecord extends Labelled<'Initiative'> {
  kind: 'SUPPORT_PACKAGE' | 'PROGRAMME';
}
export interface PurposeRecord extends Labelled<'Purpose'> {
  text: string;
}

/** The record of each node type, by label. */
export interface RecordOf {
  Source: SourceRecord;
  Evidence: EvidenceRecord;
  Person: PersonRecord;
  Organisation: OrganisationRecord;
  Post: PostRecord;
  Tenure: TenureRecord;
  InspectionReport: InspectionReportRecord;
  WarningNotice: WarningNoticeRecord;
  ImprovementPlan: ImprovementPlanRecord;
  WrittenStatement: WrittenStatementRecord;
  Letter: LetterRecord;
  Framework: FrameworkRecord;
  Meeting: MeetingRecord;
  MonitoringVisit: MonitoringVisitRecord;
  Publication: PublicationRecord;
  Request: RequestRecord;
  Appointment: AppointmentRecord;
  Statement: StatementRecord;
  Discussion: DiscussionRecord;
  Legislation: LegislationRecord;
  Provision: ProvisionRecord;
  Power: PowerRecord;
  Obligation: ObligationRecord;
  Consequence: ConsequenceRecord;
  Finding: FindingRecord;
  Figure: FigureRecord;
  Initiative: InitiativeRecord;
  Purpose: PurposeRecord;
}

/** Any node's record: narrowed by its `__type`. */
export type AnyNodeRecord = RecordOf[NodeType];
/** A document's record, of any document type. */
export type DocumentRecord = RecordOf[FamilyType<'Document'>];
/** An entity's record: any node but a source or a passage. */
export type EntityRecord = RecordOf[Exclude<NodeType, 'Source' | 'Evidence'>];
