import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRecord, OrganisationRecord, PostRecord, TenureRecord, EvidenceRecord, SourceRecord, InspectionReportRecord, WarningNoticeRecord, ImprovementPlanRecord, WrittenStatementRecord, LetterRecord, FrameworkRecord, MeetingRecord, MonitoringVisitRecord, PublicationRecord, RequestRecord, AppointmentRecord, StatementRecord, DiscussionRecord, FindingRecord, FigureRecord, InitiativeRecord, PurposeRecord, LegislationRecord, ProvisionRecord, PowerRecord, ObligationRecord, ConsequenceRecord } from '../db/nodeRecords.js';
import type { FuzzyDateRecord, LinkRecord, ConnectionRecord, EdgeRecord, SearchHitRecord, GraphEdgeRecord, PathRecord, NeighbourhoodRecord } from '../db/records.js';
import type { RevisionRecord } from '../db/curation.js';
import type { ProposalRecord } from '../db/ingest.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 4217 currency code (GBP). */
  Currency: { input: string; output: string; }
  /** A duration, ISO 8601 (P3M, P1Y6M). */
  Duration: { input: string; output: string; }
  /** A JSON object: a record in the seed format's shape (docs/seed-format.md), or a change's properties. */
  JSONObject: { input: unknown; output: unknown; }
  /** A calendar day, ISO 8601 (YYYY-MM-DD). */
  LocalDate: { input: string; output: string; }
  /** A date at the precision a source gives it, ISO 8601 reduced precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  PartialDate: { input: string; output: string; }
};

/** Someone or some body that acts: a person or an organisation. */
export type Actor = {
  /** Other names, initials and titles used for this actor. */
  aliases: Array<Scalars['String']['output']>;
  /** Visits and publications this actor carried out. */
  carriedOut: Array<EventLink>;
  /** Documents, events, findings and obligations about this actor. */
  concernedBy: Array<EntityLink>;
  /** Consequences this actor threatens if an obligation is breached. */
  consequencesThreatened: Array<ConsequenceLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Documents this actor issued or wrote. */
  documentsIssued: Array<DocumentLink>;
  /** Documents this actor reviewed or considered. */
  documentsReviewed: Array<DocumentLink>;
  /** Bodies this actor put in place. */
  established: Array<OrganisationLink>;
  /** The passages that state this actor. */
  evidence: Array<Evidence>;
  /** Figures stated about this actor. */
  figures: Array<FigureLink>;
  /** Findings this actor states: directly, or through a statement it made or a document it issued (such links are `inferred`, and `inference` names the statement or document). */
  findingsStated: Array<FindingLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Packages and programmes this actor works on. */
  initiatives: Array<InitiativeLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Every event or finding this actor was the agent of (requests, statements, appointments, talks). */
  made: Array<EntityLink>;
  /** Meetings this actor took part in. */
  meetingsAttended: Array<MeetingLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Obligations this actor must meet. */
  obligationsBorne: Array<ObligationLink>;
  /** Obligations this actor imposed. */
  obligationsImposed: Array<ObligationLink>;
  /** Obligations owed to this actor (it receives the deliverable). */
  obligationsOwed: Array<ObligationLink>;
  /** Legal powers this actor may exercise. */
  powersHeld: Array<PowerLink>;
  /** What this actor exists or acts for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Documents and events addressed to this actor. */
  received: Array<EntityLink>;
  /** Requests this actor made. */
  requestsMade: Array<RequestLink>;
  /** Requests addressed to this actor. */
  requestsReceived: Array<RequestLink>;
  /** Statements this actor made (who said what). */
  statements: Array<StatementLink>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorCarriedOutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorConsequencesThreatenedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorDocumentsIssuedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorDocumentsReviewedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorEstablishedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorFindingsStatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorInitiativesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorMadeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorMeetingsAttendedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorObligationsBorneArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorObligationsImposedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorObligationsOwedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorPowersHeldArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorPurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorRequestsMadeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorRequestsReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or some body that acts: a person or an organisation. */
export type ActorStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Actor results. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The items of this page. */
  edges: Array<ActorEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An Actor in a page. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Actor;
};

/** Filter for actor lists. */
export type ActorFilter = {
  /** Only organisations of these kinds (people are excluded when set). */
  kinds?: InputMaybe<Array<OrganisationKind>>;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** A relationship to an Actor, with the evidence that states it. */
export type ActorLink = {
  __typename?: 'ActorLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Actor at the other end. */
  node: Actor;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Order of actor lists. */
export type ActorSort =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** A source document to add: its text, stored verbatim, and what is known of it. */
export type AddSourceInput = {
  /** The full text, verbatim: quotes are located in it character for character. */
  content: Scalars['String']['input'];
  /** A key of the client's choosing: a retried request with the same key returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The licence it is used under. */
  licence?: InputMaybe<Scalars['String']['input']>;
  /** When it was published, with its precision. */
  published: FuzzyDateInput;
  /** The publisher, where known. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Why it is added. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The headline, or a descriptive title. */
  title: Scalars['String']['input'];
  /** Where it was read. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What `addSource` did. */
export type AddSourcePayload = {
  __typename?: 'AddSourcePayload';
  /** False when the same text was already a source (nothing was written). */
  created: Scalars['Boolean']['output'];
  /** True when this answers a retried request (same idempotency key) without writing again. */
  replayed: Scalars['Boolean']['output'];
  /** The revision that added it; null when nothing was written. */
  revision?: Maybe<Revision>;
  /** The source: the one just added, or the one that already held exactly this text. */
  source: Source;
};

/** An appointment to a post. */
export type Appointment = Entity & Event & Node & {
  __typename?: 'Appointment';
  /** To whom it was addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** When it happened. */
  date?: Maybe<FuzzyDate>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Obligations it fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The agents of the event (requester, speaker, appointing body). */
  madeBy: Array<ActorLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every actor that took part, with its role. */
  participants: Array<ParticipantLink>;
  /** What it responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to it. */
  responses: Array<EntityLink>;
  /** The tenure it began. */
  tenure: Array<TenureLink>;
};


/** An appointment to a post. */
export type AppointmentAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentMadeByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An appointment to a post. */
export type AppointmentTenureArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship to an Appointment, with the evidence that states it. */
export type AppointmentLink = {
  __typename?: 'AppointmentLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Appointment at the other end. */
  node: Appointment;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A batch of facts to assert, all or nothing. */
export type AssertFactsInput = {
  /** Revisions the client expects the entities and links it changes to be at. */
  expectedRevisions?: InputMaybe<Array<ExpectedRevision>>;
  /** A key of the client's choosing: a retried request with the same key returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why: kept on the revision. */
  reason: Scalars['String']['input'];
  /**
   * Records in the seed format's shape (docs/seed-format.md): new entities with `type`, `name`,
   * properties, `evidence` and `links`; a record whose key exists with the same `type` corrects it;
   * a record with only `id`, `evidence` and `links` adds them to an existing entity. The server
   * locates each quote in its source (`at` only when a quote occurs more than once).
   */
  records: Array<Scalars['JSONObject']['input']>;
};

/** What `assertFacts` did. */
export type AssertFactsPayload = {
  __typename?: 'AssertFactsPayload';
  /** The entities the records name, as they now stand. */
  entities: Array<Entity>;
  /** True when this answers a retried request (same idempotency key) without writing again. */
  replayed: Scalars['Boolean']['output'];
  /** The revision; null when every fact was already in the graph exactly so (nothing was written). */
  revision?: Maybe<Revision>;
};

/** One entity, link or source a revision changed. */
export type Change = {
  __typename?: 'Change';
  /** The properties that changed, as they became (for an addition: all of them). */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The properties that changed, as they were (null when it was added). */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** Keys of the passages (`Evidence`) this change added. */
  evidenceAdded: Array<Scalars['String']['output']>;
  /** Its key: an entity's or source's key, or a link's `<from>|<TYPE>|<to>`. */
  key: Scalars['String']['output'];
  /** What was changed. */
  kind: ChangeKind;
  /** What happened to it. */
  op: ChangeOp;
};

/** What one change touched. */
export type ChangeKind =
  /** A relationship between two entities. */
  | 'LINK'
  /** An entity. */
  | 'NODE'
  /** A source document. */
  | 'SOURCE';

/** What happened to the entity, link or source. */
export type ChangeOp =
  /** Added to the graph. */
  | 'ADDED'
  /** Properties corrected (`before` and `after` hold the ones that changed). */
  | 'CORRECTED'
  /** Only new evidence (`evidenceAdded`). */
  | 'EVIDENCE_ADDED'
  /** Written by a load of the seed. */
  | 'LOADED'
  /** Removed by a load of the seed that no longer holds it. */
  | 'REMOVED'
  /** Asserted again after a retraction. */
  | 'RESTORED'
  /** Retracted: no longer asserted, hidden from ordinary reads, kept in history. */
  | 'RETRACTED';

/** What follows the breach of an obligation, and under which power. */
export type Consequence = Entity & Node & {
  __typename?: 'Consequence';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The power or law it relies on. */
  legalBasis: Array<LegalBasisLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Obligations whose breach leads to it. */
  obligations: Array<ObligationLink>;
  /** Who threatens it. */
  threatenedBy: Array<ActorLink>;
};


/** What follows the breach of an obligation, and under which power. */
export type ConsequenceConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What follows the breach of an obligation, and under which power. */
export type ConsequenceFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What follows the breach of an obligation, and under which power. */
export type ConsequenceHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What follows the breach of an obligation, and under which power. */
export type ConsequenceLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What follows the breach of an obligation, and under which power. */
export type ConsequenceObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What follows the breach of an obligation, and under which power. */
export type ConsequenceThreatenedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Consequence results. */
export type ConsequenceConnection = {
  __typename?: 'ConsequenceConnection';
  /** The items of this page. */
  edges: Array<ConsequenceEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Consequence in a page. */
export type ConsequenceEdge = {
  __typename?: 'ConsequenceEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Consequence;
};

/** Filter for consequences of breach. */
export type ConsequenceFilter = {
  /** Only consequences this actor threatens (its global id or its key). */
  threatenedBy?: InputMaybe<Scalars['ID']['input']>;
};

/** A relationship to a Consequence, with the evidence that states it. */
export type ConsequenceLink = {
  __typename?: 'ConsequenceLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Consequence at the other end. */
  node: Consequence;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** How precise a date is. */
export type DatePrecision =
  /** A single day. */
  | 'DAY'
  /** Some day in a given month. */
  | 'MONTH'
  /** Part of a month, such as 'mid January'. */
  | 'PART_OF_MONTH'
  /** Only bounds are known. */
  | 'RANGE'
  /** Some day in a given week. */
  | 'WEEK'
  /** Some day in a given year. */
  | 'YEAR';

/**
 * Order of dated lists. The day sorted on is the earliest day the item's fuzzy date allows: a
 * document's `issued`, an event's `date`, a tenure's `start` (or, when a start is known only as "no
 * later than", that latest day). Ties go by key, A to Z, in both directions.
 */
export type DateSort =
  /** Oldest first: by the earliest day the fuzzy date allows, then by key; undated items last. */
  | 'DATE_ASC'
  /** Newest first: by the earliest day the fuzzy date allows, latest day first, then by key (A to Z); undated items last. */
  | 'DATE_DESC';

/** Talks between bodies on a subject. */
export type Discussion = Entity & Event & Node & {
  __typename?: 'Discussion';
  /** To whom it was addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** When it happened. */
  date?: Maybe<FuzzyDate>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Obligations it fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The agents of the event (requester, speaker, appointing body). */
  madeBy: Array<ActorLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every actor that took part, with its role. */
  participants: Array<ParticipantLink>;
  /** What it responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to it. */
  responses: Array<EntityLink>;
  /** What was discussed. */
  subject?: Maybe<Scalars['String']['output']>;
};


/** Talks between bodies on a subject. */
export type DiscussionAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between bodies on a subject. */
export type DiscussionConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between bodies on a subject. */
export type DiscussionConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between bodies on a subject. */
export type DiscussionFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between bodies on a subject. */
export type DiscussionFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between bodies on a subject. */
export type DiscussionHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between bodies on a subject. */
export type DiscussionMadeByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between bodies on a subject. */
export type DiscussionParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between bodies on a subject. */
export type DiscussionRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between bodies on a subject. */
export type DiscussionResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A document the events revolve around (not a source that reports them). */
export type Document = {
  /** To whom it is addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents this one is based on. */
  basedOn: Array<DocumentLink>;
  /** Documents and initiatives based on this document. */
  basisFor: Array<EntityLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What the document is about. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Findings this document states. */
  findings: Array<FindingLink>;
  /** Documents that follow this one up. */
  followedUpBy: Array<DocumentLink>;
  /** The earlier document this one follows up. */
  followsUp: Array<DocumentLink>;
  /** Obligations this document fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it was issued, submitted or published. */
  issued?: Maybe<FuzzyDate>;
  /** Who issued or wrote it. */
  issuedBy: Array<ActorLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The legal basis the document relies on. */
  legalBasis: Array<LegalBasisLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Obligations this document imposes (what it demands, of whom, by when). */
  obligations: Array<ObligationLink>;
  /** What this document is for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Obligations that require this document as their deliverable. */
  requiredBy: Array<ObligationLink>;
  /** What this document responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to this one. */
  responses: Array<EntityLink>;
  /** Who reviewed or considered it. */
  reviewedBy: Array<ActorLink>;
  /** Later revisions of this document. */
  revisedBy: Array<DocumentLink>;
  /** The earlier document this one revises. */
  revises: Array<DocumentLink>;
  /** Attributed statements that form part of this document. */
  statements: Array<StatementLink>;
  /** ISSUED for a document that exists; REQUIRED for a deliverable demanded but not yet seen. */
  status: DocumentStatus;
  /** Documents or obligations that replace this one. */
  supersededBy: Array<EntityLink>;
  /** Documents or obligations this one replaces. */
  supersedes: Array<EntityLink>;
  /** Title as given, where it differs from the name. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentBasedOnArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentBasisForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentFollowedUpByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentFollowsUpArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentIssuedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentPurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentRequiredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentReviewedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentRevisedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentRevisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentSupersededByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document the events revolve around (not a source that reports them). */
export type DocumentSupersedesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Document results. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The items of this page. */
  edges: Array<DocumentEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Document in a page. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Document;
};

/** Filter for document lists. */
export type DocumentFilter = {
  /** Issued on or after this day (by the earliest possible date). */
  issuedAfter?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Issued on or before this day (by the latest possible date). */
  issuedBefore?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only documents issued by this actor (its global id or its key). */
  issuedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Only these document types (e.g. WARNING_NOTICE). */
  types?: InputMaybe<Array<DocumentType>>;
};

/** A relationship to a Document, with the evidence that states it. */
export type DocumentLink = {
  __typename?: 'DocumentLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Document at the other end. */
  node: Document;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Whether a document exists or is only demanded. */
export type DocumentStatus =
  /** The document was issued, submitted or published. */
  | 'ISSUED'
  /** The document is demanded by an obligation and not yet seen in the sources. */
  | 'REQUIRED';

/** The kinds of document. */
export type DocumentType =
  /** Framework (`Framework`). */
  | 'FRAMEWORK'
  /** Improvement plan (`ImprovementPlan`). */
  | 'IMPROVEMENT_PLAN'
  /** Inspection report (the type `InspectionReport`). */
  | 'INSPECTION_REPORT'
  /** Letter (`Letter`). */
  | 'LETTER'
  /** Warning notice (`WarningNotice`). */
  | 'WARNING_NOTICE'
  /** Written statement (`WrittenStatement`). */
  | 'WRITTEN_STATEMENT';

/** Any fact of the graph: an actor, post, document, event, obligation, finding, figure or piece of law. */
export type Entity = {
  /** Other names, initials or titles the sources use for this thing. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations that are about this thing. */
  concernedBy: Array<EntityLink>;
  /** A longer description, where the curator gave one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages of the sources that state this thing. */
  evidence: Array<Evidence>;
  /** Figures (money, durations) stated about this thing. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The stable, human-readable id used in the seed and in Neo4j Browser (`n.id`). */
  key: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};


/** Any fact of the graph: an actor, post, document, event, obligation, finding, figure or piece of law. */
export type EntityConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any fact of the graph: an actor, post, document, event, obligation, finding, figure or piece of law. */
export type EntityFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any fact of the graph: an actor, post, document, event, obligation, finding, figure or piece of law. */
export type EntityHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship to any entity. */
export type EntityLink = {
  __typename?: 'EntityLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The entity at the other end. */
  node: Entity;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/**
 * The kinds of entity, one value per type that implements `Entity`: the value is the type's name in
 * SCREAMING_SNAKE_CASE (`WARNING_NOTICE` for `WarningNotice`).
 */
export type EntityType =
  /** An appointment (`Appointment`). */
  | 'APPOINTMENT'
  /** A consequence of breach (`Consequence`). */
  | 'CONSEQUENCE'
  /** A discussion (`Discussion`). */
  | 'DISCUSSION'
  /** A figure (money or a duration) (`Figure`). */
  | 'FIGURE'
  /** A finding (`Finding`). */
  | 'FINDING'
  /** A framework (`Framework`). */
  | 'FRAMEWORK'
  /** An improvement plan (`ImprovementPlan`). */
  | 'IMPROVEMENT_PLAN'
  /** An initiative (`Initiative`). */
  | 'INITIATIVE'
  /** An inspection report (`InspectionReport`). */
  | 'INSPECTION_REPORT'
  /** An Act or Measure (`Legislation`). */
  | 'LEGISLATION'
  /** A letter (`Letter`). */
  | 'LETTER'
  /** A meeting (`Meeting`). */
  | 'MEETING'
  /** A monitoring visit (`MonitoringVisit`). */
  | 'MONITORING_VISIT'
  /** An obligation (`Obligation`). */
  | 'OBLIGATION'
  /** A council, government, inspectorate, board or other body (`Organisation`). */
  | 'ORGANISATION'
  /** A person (`Person`). */
  | 'PERSON'
  /** A post in an organisation (`Post`). */
  | 'POST'
  /** A legal power (`Power`). */
  | 'POWER'
  /** A section or range of sections (`Provision`). */
  | 'PROVISION'
  /** A publication (`Publication`). */
  | 'PUBLICATION'
  /** What a body, document or initiative exists or acts for (`Purpose`). */
  | 'PURPOSE'
  /** A request (`Request`). */
  | 'REQUEST'
  /** A statement (attributed words) (`Statement`). */
  | 'STATEMENT'
  /** A person's holding of a post (`Tenure`). */
  | 'TENURE'
  /** A warning notice (`WarningNotice`). */
  | 'WARNING_NOTICE'
  /** A written statement (`WrittenStatement`). */
  | 'WRITTEN_STATEMENT';

/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type Event = {
  /** To whom it was addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** When it happened. */
  date?: Maybe<FuzzyDate>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Obligations it fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The agents of the event (requester, speaker, appointing body). */
  madeBy: Array<ActorLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every actor that took part, with its role. */
  participants: Array<ParticipantLink>;
  /** What it responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to it. */
  responses: Array<EntityLink>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventMadeByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, with participants, a date and sources (CAMEO: actor, action, actor). */
export type EventResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Event results. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The items of this page. */
  edges: Array<EventEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An Event in a page. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Event;
};

/** Filter for the timeline. */
export type EventFilter = {
  /** Events that could have happened on or after this day. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only events this actor took part in (its global id or its key). */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Events that could have happened on or before this day. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only these event types. */
  types?: InputMaybe<Array<EventType>>;
};

/** A relationship to an Event, with the evidence that states it. */
export type EventLink = {
  __typename?: 'EventLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Event at the other end. */
  node: Event;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** The kinds of event. */
export type EventType =
  /** Appointment (`Appointment`). */
  | 'APPOINTMENT'
  /** Discussion (`Discussion`). */
  | 'DISCUSSION'
  /** Meeting (the type `Meeting`). */
  | 'MEETING'
  /** Monitoring visit (`MonitoringVisit`). */
  | 'MONITORING_VISIT'
  /** Publication (`Publication`). */
  | 'PUBLICATION'
  /** Request (`Request`). */
  | 'REQUEST'
  /** Statement (`Statement`). */
  | 'STATEMENT';

/** An exact passage of a source that states a fact (W3C Web Annotation: quote and position). */
export type Evidence = Node & {
  __typename?: 'Evidence';
  /** Index just after the quote's last character. */
  end: Scalars['Int']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable id: `<source>@<start>-<end>`. */
  key: Scalars['String']['output'];
  /** The exact words, as they stand in the source text. */
  quote: Scalars['String']['output'];
  /** The source the passage is in. */
  source: Source;
  /** Index of the quote's first character in the source text (JavaScript string index). */
  start: Scalars['Int']['output'];
  /** The facts this passage states. */
  supports: Array<Entity>;
};


/** An exact passage of a source that states a fact (W3C Web Annotation: quote and position). */
export type EvidenceSupportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a source's cited passages, in text order. */
export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  /** The passages of this page. */
  edges: Array<EvidenceEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All the source's cited passages, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A cited passage in a page. */
export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The passage. */
  node: Evidence;
};

/** The revision the client last saw of an entity or link: the write fails with CONFLICT if it has moved on. */
export type ExpectedRevision = {
  /** An entity's key, or a link's `<from>|<TYPE>|<to>`. */
  key: Scalars['String']['input'];
  /** The revision id it was at (`Entity.history`, `Revision.id`); null: it must not exist yet. */
  revision?: InputMaybe<Scalars['ID']['input']>;
};

/** A figure stated by a source: money or a duration, as a number, with the words it came from. */
export type Figure = Entity & Node & {
  __typename?: 'Figure';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** True when the source says 'around' or similar. */
  approximate: Scalars['Boolean']['output'];
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it concerns. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The length, for durations. */
  duration?: Maybe<Scalars['Duration']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** What the figure is about, with its role (estimatedCost, deadline, ...). */
  figureOf: Array<EntityLink>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Money or duration. */
  kind: FigureKind;
  /** The amount, for money. */
  money?: Maybe<Money>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The words of the source. */
  text: Scalars['String']['output'];
};


/** A figure stated by a source: money or a duration, as a number, with the words it came from. */
export type FigureConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure stated by a source: money or a duration, as a number, with the words it came from. */
export type FigureConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure stated by a source: money or a duration, as a number, with the words it came from. */
export type FigureFigureOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure stated by a source: money or a duration, as a number, with the words it came from. */
export type FigureFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure stated by a source: money or a duration, as a number, with the words it came from. */
export type FigureHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Figure results. */
export type FigureConnection = {
  __typename?: 'FigureConnection';
  /** The items of this page. */
  edges: Array<FigureEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Figure in a page. */
export type FigureEdge = {
  __typename?: 'FigureEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Figure;
};

/** Filter for figures. */
export type FigureFilter = {
  /** Only figures of these kinds. */
  kinds?: InputMaybe<Array<FigureKind>>;
};

/** Kinds of figure. */
export type FigureKind =
  /** A length of time. */
  | 'DURATION'
  /** An amount of money. */
  | 'MONEY';

/** A relationship to a Figure, with the evidence that states it. */
export type FigureLink = {
  __typename?: 'FigureLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Figure at the other end. */
  node: Figure;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A failing, risk or deficiency that a report, notice, minister or statement states. */
export type Finding = Entity & Node & {
  __typename?: 'Finding';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Failing, risk or deficiency. */
  kind: FindingKind;
  /** The actors who state it: directly, or through a statement they made or a document they issued (such links are `inferred`, and `inference` names the statement or document). */
  madeBy: Array<ActorLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Documents and events made in response to it. */
  responses: Array<EntityLink>;
  /** Who or what states it (a report, an actor, a statement). */
  statedBy: Array<EntityLink>;
};


/** A failing, risk or deficiency that a report, notice, minister or statement states. */
export type FindingConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A failing, risk or deficiency that a report, notice, minister or statement states. */
export type FindingConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A failing, risk or deficiency that a report, notice, minister or statement states. */
export type FindingFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A failing, risk or deficiency that a report, notice, minister or statement states. */
export type FindingHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A failing, risk or deficiency that a report, notice, minister or statement states. */
export type FindingMadeByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A failing, risk or deficiency that a report, notice, minister or statement states. */
export type FindingResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A failing, risk or deficiency that a report, notice, minister or statement states. */
export type FindingStatedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Finding results. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  /** The items of this page. */
  edges: Array<FindingEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Finding in a page. */
export type FindingEdge = {
  __typename?: 'FindingEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Finding;
};

/** Filter for findings. */
export type FindingFilter = {
  /** Only findings about this entity, as `Finding.concerns` lists them (its global id or its key). */
  concerns?: InputMaybe<Scalars['ID']['input']>;
  /** Only findings of these kinds. */
  kinds?: InputMaybe<Array<FindingKind>>;
  /** Only findings this document, actor or statement states, as `Finding.statedBy` lists them (its global id or its key). */
  statedBy?: InputMaybe<Scalars['ID']['input']>;
};

/** Kinds of finding. */
export type FindingKind =
  /** A deficiency of a plan or response. */
  | 'DEFICIENCY'
  /** A failing of a service. */
  | 'FAILING'
  /** A risk to people. */
  | 'RISK';

/** A relationship to a Finding, with the evidence that states it. */
export type FindingLink = {
  __typename?: 'FindingLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Finding at the other end. */
  node: Finding;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A framework, such as a quality assurance framework. */
export type Framework = Document & Entity & Node & {
  __typename?: 'Framework';
  /** To whom it is addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents this one is based on. */
  basedOn: Array<DocumentLink>;
  /** Documents and initiatives based on this document. */
  basisFor: Array<EntityLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What the document is about. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Findings this document states. */
  findings: Array<FindingLink>;
  /** Documents that follow this one up. */
  followedUpBy: Array<DocumentLink>;
  /** The earlier document this one follows up. */
  followsUp: Array<DocumentLink>;
  /** Obligations this document fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it was issued, submitted or published. */
  issued?: Maybe<FuzzyDate>;
  /** Who issued or wrote it. */
  issuedBy: Array<ActorLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The legal basis the document relies on. */
  legalBasis: Array<LegalBasisLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Obligations this document imposes (what it demands, of whom, by when). */
  obligations: Array<ObligationLink>;
  /** What this document is for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Obligations that require this document as their deliverable. */
  requiredBy: Array<ObligationLink>;
  /** What this document responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to this one. */
  responses: Array<EntityLink>;
  /** Who reviewed or considered it. */
  reviewedBy: Array<ActorLink>;
  /** Later revisions of this document. */
  revisedBy: Array<DocumentLink>;
  /** The earlier document this one revises. */
  revises: Array<DocumentLink>;
  /** Attributed statements that form part of this document. */
  statements: Array<StatementLink>;
  /** ISSUED for a document that exists; REQUIRED for a deliverable demanded but not yet seen. */
  status: DocumentStatus;
  /** Documents or obligations that replace this one. */
  supersededBy: Array<EntityLink>;
  /** Documents or obligations this one replaces. */
  supersedes: Array<EntityLink>;
  /** Title as given, where it differs from the name. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkBasedOnArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkBasisForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkFollowedUpByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkFollowsUpArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkIssuedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkPurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkRequiredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkReviewedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkRevisedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkRevisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkSupersededByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A framework, such as a quality assurance framework. */
export type FrameworkSupersedesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A date as a source states it: its words, its precision, the interval it could fall in, and whether
 * (and how) any part of it was inferred rather than read.
 */
export type FuzzyDate = {
  __typename?: 'FuzzyDate';
  /** The first day it could be. */
  earliest?: Maybe<Scalars['LocalDate']['output']>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when any part of it (often the year) is not in the source's words. */
  inferred: Scalars['Boolean']['output'];
  /** The last day it could be; deadlines are overdue after this day. */
  latest?: Maybe<Scalars['LocalDate']['output']>;
  /** For relative dates: the offset from the anchor. */
  offset?: Maybe<Scalars['Duration']['output']>;
  /** How precise the date is. */
  precision: DatePrecision;
  /** For relative dates ('within six months of the notice'): the thing it counts from. */
  relativeTo?: Maybe<Entity>;
  /** The words of the source, e.g. 'mid January' or 'no later than February 7'. */
  text?: Maybe<Scalars['String']['output']>;
  /** The date at its precision, e.g. 2017-11 for a month. */
  value?: Maybe<Scalars['PartialDate']['output']>;
};

/** A date as a source gives it (docs/seed-format.md, "Fuzzy dates"). */
export type FuzzyDateInput = {
  /** The first day it could be (derived from `value` when left out). */
  earliest?: InputMaybe<Scalars['LocalDate']['input']>;
  /** How it was inferred (required when inferred). */
  inference?: InputMaybe<Scalars['String']['input']>;
  /** True when any part of it is not in the words. */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** The last day it could be (derived from `value` when left out). */
  latest?: InputMaybe<Scalars['LocalDate']['input']>;
  /** How precise it is. */
  precision: DatePrecision;
  /** The words of the source. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** ISO date at its precision: 2017-11-20, 2017-11 or 2017. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** A relationship of the graph, for paths and drawings: the fields every link has, and both ends. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The entity the relationship ends at. */
  end: Entity;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /**
   * Global id of the start node.
   * @deprecated Use `start { id }`.
   */
  from: Scalars['ID']['output'];
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** Stable id of the relationship. */
  key: Scalars['String']['output'];
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship starts from (its direction is start to end, whatever the path's). */
  start: Entity;
  /**
   * Global id of the end node.
   * @deprecated Use `end { id }`.
   */
  to: Scalars['ID']['output'];
  /** Relationship type (MADE, BEARS, ...). */
  type: Scalars['String']['output'];
};

/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlan = Document & Entity & Node & {
  __typename?: 'ImprovementPlan';
  /** To whom it is addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents this one is based on. */
  basedOn: Array<DocumentLink>;
  /** Documents and initiatives based on this document. */
  basisFor: Array<EntityLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What the document is about. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Findings this document states. */
  findings: Array<FindingLink>;
  /** Documents that follow this one up. */
  followedUpBy: Array<DocumentLink>;
  /** The earlier document this one follows up. */
  followsUp: Array<DocumentLink>;
  /** Obligations this document fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it was issued, submitted or published. */
  issued?: Maybe<FuzzyDate>;
  /** Who issued or wrote it. */
  issuedBy: Array<ActorLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The legal basis the document relies on. */
  legalBasis: Array<LegalBasisLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Obligations this document imposes (what it demands, of whom, by when). */
  obligations: Array<ObligationLink>;
  /** What this document is for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Obligations that require this document as their deliverable. */
  requiredBy: Array<ObligationLink>;
  /** What this document responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to this one. */
  responses: Array<EntityLink>;
  /** Who reviewed or considered it. */
  reviewedBy: Array<ActorLink>;
  /** Later revisions of this document. */
  revisedBy: Array<DocumentLink>;
  /** The earlier document this one revises. */
  revises: Array<DocumentLink>;
  /** Revision number (1 for the first plan). */
  revision?: Maybe<Scalars['Int']['output']>;
  /** Attributed statements that form part of this document. */
  statements: Array<StatementLink>;
  /** ISSUED for a document that exists; REQUIRED for a deliverable demanded but not yet seen. */
  status: DocumentStatus;
  /** Documents or obligations that replace this one. */
  supersededBy: Array<EntityLink>;
  /** Documents or obligations this one replaces. */
  supersedes: Array<EntityLink>;
  /** Title as given, where it differs from the name. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanBasedOnArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanBasisForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanFollowedUpByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanFollowsUpArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanIssuedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanPurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanRequiredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanReviewedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanRevisedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanRevisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanSupersededByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body's plan to improve a service, and its revisions. */
export type ImprovementPlanSupersedesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A document to ingest: its text or bytes, and metadata that override what the document says. */
export type IngestDocumentInput = {
  /** The document as text: plain text, or an HTML page. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The document's bytes in base64: a PDF, or text in another encoding (Windows-1252). */
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  /** The file name, which tells the format when the content does not. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** When it was published: relative dates in it are resolved against this day, month or year. */
  published?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The title (instead of the document's own). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What ingesting a document did. */
export type IngestDocumentPayload = {
  __typename?: 'IngestDocumentPayload';
  /** False when the same text was already held (then nothing but new proposals was added). */
  created: Scalars['Boolean']['output'];
  /** The document, as a source of the graph. */
  document: Source;
  /** Proposals this ingestion added. */
  proposalsAdded: Scalars['Int']['output'];
  /** Proposals the document has in all. */
  proposalsTotal: Scalars['Int']['output'];
};

/** A support package or programme being developed. */
export type Initiative = Entity & Node & {
  __typename?: 'Initiative';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** The documents it is based on. */
  basedOn: Array<DocumentLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Who develops it, with a role (LEAD, PARTNER) where the source gives one. */
  developers: Array<ActorLink>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Support package or programme. */
  kind: InitiativeKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** What it is for, where a source states it. */
  purposes: Array<PurposeLink>;
};


/** A support package or programme being developed. */
export type InitiativeBasedOnArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A support package or programme being developed. */
export type InitiativeConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A support package or programme being developed. */
export type InitiativeConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A support package or programme being developed. */
export type InitiativeDevelopersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A support package or programme being developed. */
export type InitiativeFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A support package or programme being developed. */
export type InitiativeHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A support package or programme being developed. */
export type InitiativePurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Initiative results. */
export type InitiativeConnection = {
  __typename?: 'InitiativeConnection';
  /** The items of this page. */
  edges: Array<InitiativeEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An Initiative in a page. */
export type InitiativeEdge = {
  __typename?: 'InitiativeEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Initiative;
};

/** Filter for initiatives. */
export type InitiativeFilter = {
  /** Only initiatives this actor develops (its global id or its key). */
  developer?: InputMaybe<Scalars['ID']['input']>;
  /** Only initiatives of these kinds. */
  kinds?: InputMaybe<Array<InitiativeKind>>;
};

/** Kinds of initiative. */
export type InitiativeKind =
  /** A programme of change. */
  | 'PROGRAMME'
  /** A support package. */
  | 'SUPPORT_PACKAGE';

/** A relationship to an Initiative, with the evidence that states it. */
export type InitiativeLink = {
  __typename?: 'InitiativeLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Initiative at the other end. */
  node: Initiative;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** An inspectorate's report on a service. */
export type InspectionReport = Document & Entity & Node & {
  __typename?: 'InspectionReport';
  /** To whom it is addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents this one is based on. */
  basedOn: Array<DocumentLink>;
  /** Documents and initiatives based on this document. */
  basisFor: Array<EntityLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What the document is about. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Findings this document states. */
  findings: Array<FindingLink>;
  /** Documents that follow this one up. */
  followedUpBy: Array<DocumentLink>;
  /** The earlier document this one follows up. */
  followsUp: Array<DocumentLink>;
  /** Obligations this document fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it was issued, submitted or published. */
  issued?: Maybe<FuzzyDate>;
  /** Who issued or wrote it. */
  issuedBy: Array<ActorLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The legal basis the document relies on. */
  legalBasis: Array<LegalBasisLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Obligations this document imposes (what it demands, of whom, by when). */
  obligations: Array<ObligationLink>;
  /** What this document is for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Obligations that require this document as their deliverable. */
  requiredBy: Array<ObligationLink>;
  /** What this document responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to this one. */
  responses: Array<EntityLink>;
  /** Who reviewed or considered it. */
  reviewedBy: Array<ActorLink>;
  /** Later revisions of this document. */
  revisedBy: Array<DocumentLink>;
  /** The earlier document this one revises. */
  revises: Array<DocumentLink>;
  /** Attributed statements that form part of this document. */
  statements: Array<StatementLink>;
  /** ISSUED for a document that exists; REQUIRED for a deliverable demanded but not yet seen. */
  status: DocumentStatus;
  /** Documents or obligations that replace this one. */
  supersededBy: Array<EntityLink>;
  /** Documents or obligations this one replaces. */
  supersedes: Array<EntityLink>;
  /** Title as given, where it differs from the name. */
  title?: Maybe<Scalars['String']['output']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportBasedOnArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportBasisForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportFollowedUpByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportFollowsUpArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportIssuedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportPurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportRequiredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportReviewedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportRevisedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportRevisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportSupersededByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's report on a service. */
export type InspectionReportSupersedesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a request, obligation, consequence or document relies on: a power, a provision or a piece of legislation. */
export type LegalBasis = {
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};


/** What a request, obligation, consequence or document relies on: a power, a provision or a piece of legislation. */
export type LegalBasisConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a request, obligation, consequence or document relies on: a power, a provision or a piece of legislation. */
export type LegalBasisFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a request, obligation, consequence or document relies on: a power, a provision or a piece of legislation. */
export type LegalBasisHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship to a LegalBasis, with the evidence that states it. */
export type LegalBasisLink = {
  __typename?: 'LegalBasisLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The LegalBasis at the other end. */
  node: LegalBasis;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** An Act or Measure. */
export type Legislation = Entity & LegalBasis & Node & {
  __typename?: 'Legislation';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Act or Measure. */
  kind: LegislationKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Powers it confers. */
  powers: Array<PowerLink>;
  /** Sections and ranges of sections cited. */
  provisions: Array<ProvisionLink>;
  /** Requests, consequences, obligations and documents that rely on it. */
  reliedOnBy: Array<EntityLink>;
  /** Year of the legislation. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** An Act or Measure. */
export type LegislationConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An Act or Measure. */
export type LegislationFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An Act or Measure. */
export type LegislationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An Act or Measure. */
export type LegislationPowersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An Act or Measure. */
export type LegislationProvisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An Act or Measure. */
export type LegislationReliedOnByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Legislation results. */
export type LegislationConnection = {
  __typename?: 'LegislationConnection';
  /** The items of this page. */
  edges: Array<LegislationEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Legislation in a page. */
export type LegislationEdge = {
  __typename?: 'LegislationEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Legislation;
};

/** Filter for legislation. */
export type LegislationFilter = {
  /** Only legislation of these kinds. */
  kinds?: InputMaybe<Array<LegislationKind>>;
};

/** Kinds of legislation. */
export type LegislationKind =
  /** An Act. */
  | 'ACT'
  /** A Measure (of the National Assembly for Wales). */
  | 'MEASURE';

/** A relationship to a Legislation, with the evidence that states it. */
export type LegislationLink = {
  __typename?: 'LegislationLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Legislation at the other end. */
  node: Legislation;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A letter. */
export type Letter = Document & Entity & Node & {
  __typename?: 'Letter';
  /** To whom it is addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents this one is based on. */
  basedOn: Array<DocumentLink>;
  /** Documents and initiatives based on this document. */
  basisFor: Array<EntityLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What the document is about. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Findings this document states. */
  findings: Array<FindingLink>;
  /** Documents that follow this one up. */
  followedUpBy: Array<DocumentLink>;
  /** The earlier document this one follows up. */
  followsUp: Array<DocumentLink>;
  /** Obligations this document fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it was issued, submitted or published. */
  issued?: Maybe<FuzzyDate>;
  /** Who issued or wrote it. */
  issuedBy: Array<ActorLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The legal basis the document relies on. */
  legalBasis: Array<LegalBasisLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Obligations this document imposes (what it demands, of whom, by when). */
  obligations: Array<ObligationLink>;
  /** What this document is for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Obligations that require this document as their deliverable. */
  requiredBy: Array<ObligationLink>;
  /** What this document responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to this one. */
  responses: Array<EntityLink>;
  /** Who reviewed or considered it. */
  reviewedBy: Array<ActorLink>;
  /** Later revisions of this document. */
  revisedBy: Array<DocumentLink>;
  /** The earlier document this one revises. */
  revises: Array<DocumentLink>;
  /** Attributed statements that form part of this document. */
  statements: Array<StatementLink>;
  /** ISSUED for a document that exists; REQUIRED for a deliverable demanded but not yet seen. */
  status: DocumentStatus;
  /** Documents or obligations that replace this one. */
  supersededBy: Array<EntityLink>;
  /** Documents or obligations this one replaces. */
  supersedes: Array<EntityLink>;
  /** Title as given, where it differs from the name. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A letter. */
export type LetterAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterBasedOnArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterBasisForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterFollowedUpByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterFollowsUpArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterIssuedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterPurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterRequiredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterReviewedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterRevisedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterRevisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterSupersededByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter. */
export type LetterSupersedesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A meeting: who met whom, where, when. */
export type Meeting = Entity & Event & Node & {
  __typename?: 'Meeting';
  /** To whom it was addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Who took part. */
  attendees: Array<ActorLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** When it happened. */
  date?: Maybe<FuzzyDate>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Obligations it fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Where it took place, where stated. */
  location?: Maybe<Scalars['String']['output']>;
  /** The agents of the event (requester, speaker, appointing body). */
  madeBy: Array<ActorLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every actor that took part, with its role. */
  participants: Array<ParticipantLink>;
  /** What it responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to it. */
  responses: Array<EntityLink>;
};


/** A meeting: who met whom, where, when. */
export type MeetingAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingAttendeesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingMadeByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting: who met whom, where, when. */
export type MeetingResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship to a Meeting, with the evidence that states it. */
export type MeetingLink = {
  __typename?: 'MeetingLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Meeting at the other end. */
  node: Meeting;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** An amount of money. */
export type Money = {
  __typename?: 'Money';
  /** The amount in the currency's units. */
  amount: Scalars['Float']['output'];
  /** ISO 4217 currency. */
  currency: Scalars['Currency']['output'];
};

/** An inspectorate's monitoring visit. */
export type MonitoringVisit = Entity & Event & Node & {
  __typename?: 'MonitoringVisit';
  /** To whom it was addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** The inspectorate that visited. */
  carriedOutBy: Array<ActorLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** When it happened. */
  date?: Maybe<FuzzyDate>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Obligations it fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The agents of the event (requester, speaker, appointing body). */
  madeBy: Array<ActorLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every actor that took part, with its role. */
  participants: Array<ParticipantLink>;
  /** What it responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to it. */
  responses: Array<EntityLink>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitCarriedOutByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitMadeByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An inspectorate's monitoring visit. */
export type MonitoringVisitResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Writes. Each runs in one transaction (all or nothing). The curation mutations need a bearer token
 * (`Authorization: Bearer <token>`) of a role that may make them and each makes one revision; the
 * ingestion and review mutations check no role yet.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a pending proposal, optionally edited: writes its record with the quote as evidence, through the same validation and writer as `assertFacts` (one revision by the reviewer). Needs the reviewer role. */
  acceptProposal: ProposalDecisionPayload;
  /** Adds a source document (editor). The same text twice is the same source. */
  addSource: AddSourcePayload;
  /** Asserts a batch of records with their evidence, validated as the seed is (editor). */
  assertFacts: AssertFactsPayload;
  /** Ingests a document (text, HTML or PDF) and proposes the facts it states. The same text twice is one document. Needs the editor role. */
  ingestDocument: IngestDocumentPayload;
  /** Merges a pending entity proposal into an entity the graph holds (its words become an alias and evidence, one revision). Needs the reviewer role. */
  mergeProposal: ProposalDecisionPayload;
  /** Rejects a pending proposal, recording the reason. Needs the reviewer role. */
  rejectProposal: ProposalDecisionPayload;
  /** Retracts entities or links (editor: their own; reviewer: anyone's). */
  retractFacts: RetractFactsPayload;
};


/**
 * Writes. Each runs in one transaction (all or nothing). The curation mutations need a bearer token
 * (`Authorization: Bearer <token>`) of a role that may make them and each makes one revision; the
 * ingestion and review mutations check no role yet.
 */
export type MutationAcceptProposalArgs = {
  edit?: InputMaybe<ProposalEditInput>;
  key: Scalars['String']['input'];
};


/**
 * Writes. Each runs in one transaction (all or nothing). The curation mutations need a bearer token
 * (`Authorization: Bearer <token>`) of a role that may make them and each makes one revision; the
 * ingestion and review mutations check no role yet.
 */
export type MutationAddSourceArgs = {
  input: AddSourceInput;
};


/**
 * Writes. Each runs in one transaction (all or nothing). The curation mutations need a bearer token
 * (`Authorization: Bearer <token>`) of a role that may make them and each makes one revision; the
 * ingestion and review mutations check no role yet.
 */
export type MutationAssertFactsArgs = {
  input: AssertFactsInput;
};


/**
 * Writes. Each runs in one transaction (all or nothing). The curation mutations need a bearer token
 * (`Authorization: Bearer <token>`) of a role that may make them and each makes one revision; the
 * ingestion and review mutations check no role yet.
 */
export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};


/**
 * Writes. Each runs in one transaction (all or nothing). The curation mutations need a bearer token
 * (`Authorization: Bearer <token>`) of a role that may make them and each makes one revision; the
 * ingestion and review mutations check no role yet.
 */
export type MutationMergeProposalArgs = {
  into: Scalars['String']['input'];
  key: Scalars['String']['input'];
};


/**
 * Writes. Each runs in one transaction (all or nothing). The curation mutations need a bearer token
 * (`Authorization: Bearer <token>`) of a role that may make them and each makes one revision; the
 * ingestion and review mutations check no role yet.
 */
export type MutationRejectProposalArgs = {
  key: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Writes. Each runs in one transaction (all or nothing). The curation mutations need a bearer token
 * (`Authorization: Bearer <token>`) of a role that may make them and each makes one revision; the
 * ingestion and review mutations check no role yet.
 */
export type MutationRetractFactsArgs = {
  input: RetractFactsInput;
};

/** Nodes and edges around an entity, ready for a graph drawing. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The entity at the centre. */
  centre: Entity;
  /** Every relationship between them. */
  edges: Array<GraphEdge>;
  /** Every entity within the depth, the centre included. */
  nodes: Array<Entity>;
  /** True when the node limit cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** An object with a globally unique, opaque id (Relay). */
export type Node = {
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
};

/** Which warning notice in a series. */
export type NoticeOrder =
  /** The first warning notice. */
  | 'FIRST'
  /** A follow-up warning notice. */
  | 'FOLLOW_UP';

/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type Obligation = Entity & Node & {
  __typename?: 'Obligation';
  /** What must be done or delivered. */
  action: Scalars['String']['output'];
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** The party that must act. */
  bearer?: Maybe<ActorLink>;
  /** When a source says it was breached. */
  breached?: Maybe<FuzzyDate>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What the obligation is about. */
  concerns: Array<EntityLink>;
  /** What follows if it is not met. */
  consequenceOfBreach: Array<ConsequenceLink>;
  /** The deliverable it requires. */
  deliverables: Array<DocumentLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it is due, with precision and any relative rule ('within six months of the notice'). */
  dueDate?: Maybe<FuzzyDate>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Documents and events that fulfil it. */
  fulfilledBy: Array<EntityLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The party that imposed it. */
  imposedBy?: Maybe<ActorLink>;
  /** When it was imposed, where it differs from the imposing document's date. */
  imposedDate?: Maybe<FuzzyDate>;
  /** The document that imposes it. */
  imposingDocument?: Maybe<DocumentLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Duty or undertaking. */
  kind: ObligationKind;
  /** The legal basis it rests on. */
  legalBasis: Array<LegalBasisLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Who it is owed to or who receives the deliverable (actors or posts). */
  owedTo: Array<RecipientLink>;
  /** Where it stands on a day, computed from dates and evidence. The day defaults to the one the root field names (its `asOf` argument or `filter.asOf`), else today: a list filtered on a day shows statuses of that day. */
  status: ObligationStatus;
  /** The status on a day with the fact it turns on and how firmly the sources give it (same day default as `status`). */
  statusAssessment: StatusAssessment;
  /** Curator's note on the status evidence. */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** Obligations or documents that replace this one. */
  supersededBy: Array<EntityLink>;
  /** Obligations this one replaces. */
  supersedes: Array<EntityLink>;
  /** When a source says it was withdrawn. */
  withdrawn?: Maybe<FuzzyDate>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationConsequenceOfBreachArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationDeliverablesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationFulfilledByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationOwedToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationStatusArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  knownAsOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationStatusAssessmentArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  knownAsOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationSupersededByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A duty: bearer, imposer, imposing document, recipient, action, deadline, legal basis, consequence of breach. */
export type ObligationSupersedesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Obligation results. */
export type ObligationConnection = {
  __typename?: 'ObligationConnection';
  /** The items of this page. */
  edges: Array<ObligationEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An Obligation in a page. */
export type ObligationEdge = {
  __typename?: 'ObligationEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Obligation;
};

/** Filter for obligations. */
export type ObligationFilter = {
  /** The day statuses are computed for, both in this filter and in every `status` field below the list that names no day of its own (default: today). */
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Obligations borne by this actor (its global id or its key). */
  bearer?: InputMaybe<Scalars['ID']['input']>;
  /** Due on or after this day (by the earliest possible due date). */
  dueAfter?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Due on or before this day (by the latest possible due date). */
  dueBefore?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Obligations imposed by this actor (its global id or its key). */
  imposedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Obligations imposed by this document (its global id or its key). */
  imposingDocument?: InputMaybe<Scalars['ID']['input']>;
  /** As the public record stood on this day: only obligations known by then, with statuses from only the facts whose evidence comes from sources published by then; also the default of every `status` below the list (default: everything the graph holds now). */
  knownAsOf?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only obligations with these statuses as of `asOf`. */
  status?: InputMaybe<Array<ObligationStatus>>;
};

/** Duty imposed by another, or an undertaking given by the bearer itself. */
export type ObligationKind =
  /** Imposed by another party. */
  | 'DUTY'
  /** Given by the bearer itself (a promise). */
  | 'UNDERTAKING';

/** A relationship to an Obligation, with the evidence that states it. */
export type ObligationLink = {
  __typename?: 'ObligationLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Obligation at the other end. */
  node: Obligation;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/**
 * Order of obligations, by deadline. The day sorted on is the latest day the fuzzy due date allows
 * (the day after which the obligation is overdue): "by 31 January" and "in January" sort together.
 */
export type ObligationSort =
  /** Soonest due first: by the latest day the due date allows, then by key (A to Z); obligations without a due date last. */
  | 'DUE_ASC'
  /** Latest due first: by the latest day the due date allows, latest day first, then by key (A to Z); obligations without a due date last. */
  | 'DUE_DESC';

/** Where an obligation stands on a given day. Computed, never stored. */
export type ObligationStatus =
  /** A source states it was breached. */
  | 'BREACHED'
  /** A source shows it was met by its due date (or it has none, or the day of meeting it may fall within it). */
  | 'FULFILLED'
  /** A source shows it was met, but only after its latest possible due date. */
  | 'FULFILLED_LATE'
  /** Not yet imposed on that day. */
  | 'NOT_YET_IMPOSED'
  /** Imposed, not yet due, not yet met. */
  | 'OPEN'
  /** Past its latest possible due date with no evidence it was met. */
  | 'OVERDUE'
  /** Replaced by a later obligation. */
  | 'SUPERSEDED'
  /** Withdrawn by whoever imposed it (a source states the withdrawal). */
  | 'WITHDRAWN';

/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type Organisation = Actor & Entity & Node & Recipient & {
  __typename?: 'Organisation';
  /** Initials and other names used for this body. */
  aliases: Array<Scalars['String']['output']>;
  /** Visits and publications this body carried out. */
  carriedOut: Array<EventLink>;
  /** Documents, events, findings and obligations about this body. */
  concernedBy: Array<EntityLink>;
  /** Consequences this body threatens. */
  consequencesThreatened: Array<ConsequenceLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Documents this body issued. */
  documentsIssued: Array<DocumentLink>;
  /** Documents this body reviewed or considered. */
  documentsReviewed: Array<DocumentLink>;
  /** Bodies this body put in place. */
  established: Array<OrganisationLink>;
  /** Who put this body in place. */
  establishedBy: Array<ActorLink>;
  /** The passages that state this organisation. */
  evidence: Array<Evidence>;
  /** Figures stated about this body. */
  figures: Array<FigureLink>;
  /** Findings this body states. */
  findingsStated: Array<FindingLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Packages and programmes this body works on. */
  initiatives: Array<InitiativeLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** What kind of body it is. */
  kind: OrganisationKind;
  /** Every event or finding this body was the agent of. */
  made: Array<EntityLink>;
  /** Meetings this body took part in. */
  meetingsAttended: Array<MeetingLink>;
  /** Bodies that are members of this one (the political groups that form a cabinet). */
  memberOrganisations: Array<OrganisationLink>;
  /** People who are members of this body. */
  members: Array<PersonLink>;
  /** Bodies this one is a member of (a political group of the cabinet it helps form). */
  memberships: Array<OrganisationLink>;
  /** The name under which this node is known; a later name is a separate node linked by `renamedTo`. */
  name: Scalars['String']['output'];
  /** Obligations this body must meet. */
  obligationsBorne: Array<ObligationLink>;
  /** Obligations this body imposed. */
  obligationsImposed: Array<ObligationLink>;
  /** Obligations owed to this body. */
  obligationsOwed: Array<ObligationLink>;
  /** Bodies this one is part of. */
  parentOrganisations: Array<OrganisationLink>;
  /** Posts that belong to this body. */
  posts: Array<PostLink>;
  /** Legal powers this body may exercise. */
  powersHeld: Array<PowerLink>;
  /** What this actor exists or acts for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Documents and events addressed to this body. */
  received: Array<EntityLink>;
  /** The earlier name(s) of this body. */
  renamedFrom: Array<OrganisationLink>;
  /** The later name(s) of this body. */
  renamedTo: Array<OrganisationLink>;
  /** Requests this body made. */
  requestsMade: Array<RequestLink>;
  /** Requests addressed to this body. */
  requestsReceived: Array<RequestLink>;
  /** Statements this body made. */
  statements: Array<StatementLink>;
  /** Bodies that are part of this one. */
  subOrganisations: Array<OrganisationLink>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationCarriedOutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationConsequencesThreatenedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationDocumentsIssuedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationDocumentsReviewedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationEstablishedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationEstablishedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationFindingsStatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationInitiativesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationMadeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationMeetingsAttendedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationMemberOrganisationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationMembershipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationObligationsBorneArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationObligationsImposedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationObligationsOwedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationParentOrganisationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationPostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationPowersHeldArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationPurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationRenamedFromArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationRenamedToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationRequestsMadeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationRequestsReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: council, government, ministry, inspectorate, association, police, board, party, legislature. */
export type OrganisationSubOrganisationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Organisation results. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The items of this page. */
  edges: Array<OrganisationEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An Organisation in a page. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Organisation;
};

/** What kind of body an organisation is. */
export type OrganisationKind =
  /** An association of councils or other bodies. */
  | 'ASSOCIATION'
  /** A board, such as an improvement board. */
  | 'BOARD'
  /** The executive of a council or government: its cabinet. */
  | 'CABINET'
  /** A local authority. */
  | 'COUNCIL'
  /** A department or service of a larger body. */
  | 'DEPARTMENT'
  /** A national or devolved government. */
  | 'GOVERNMENT'
  /** An inspectorate or regulator. */
  | 'INSPECTORATE'
  /** A legislature. */
  | 'LEGISLATURE'
  /** Ministers collectively, a ministry or a cabinet office. */
  | 'MINISTRY'
  /** A police force. */
  | 'POLICE'
  /** A political group, such as councillors sitting as Independents. */
  | 'POLITICAL_GROUP'
  /** A political party. */
  | 'POLITICAL_PARTY'
  /** A team. */
  | 'TEAM';

/** A relationship to an Organisation, with the evidence that states it. */
export type OrganisationLink = {
  __typename?: 'OrganisationLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Organisation at the other end. */
  node: Organisation;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede `startCursor`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An actor's part in an event. */
export type ParticipantLink = {
  __typename?: 'ParticipantLink';
  /** The post in which the actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this part. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The actor. */
  node: Actor;
  /** How it took part. */
  participation: ParticipantRole;
  /** The role, where stated. */
  role?: Maybe<Scalars['String']['output']>;
};

/** How an actor took part in an event. */
export type ParticipantRole =
  /** The event was addressed to it. */
  | 'ADDRESSEE'
  /** Took part in a meeting. */
  | 'ATTENDED'
  /** Carried out a visit or publication. */
  | 'CARRIED_OUT'
  /** The agent: requester, speaker, appointing body. */
  | 'MADE';

/** The shortest connection between two entities. */
export type Path = {
  __typename?: 'Path';
  /** The relationships along the path, in order. */
  edges: Array<GraphEdge>;
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** The entities along the path, in order from `from` to `to`. */
  nodes: Array<Entity>;
};

/** A person named in a source. */
export type Person = Actor & Entity & Node & Recipient & {
  __typename?: 'Person';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Visits and publications this person carried out. */
  carriedOut: Array<EventLink>;
  /** Documents, events, findings and obligations about this person. */
  concernedBy: Array<EntityLink>;
  /** Consequences this person threatens. */
  consequencesThreatened: Array<ConsequenceLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Documents this person issued or wrote. */
  documentsIssued: Array<DocumentLink>;
  /** Documents this person reviewed or considered. */
  documentsReviewed: Array<DocumentLink>;
  /** Bodies this person put in place. */
  established: Array<OrganisationLink>;
  /** The passages that state this person. */
  evidence: Array<Evidence>;
  /** Figures stated about this person. */
  figures: Array<FigureLink>;
  /** Findings this person states. */
  findingsStated: Array<FindingLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Honorific as used by the sources (Cllr, Mr, Ms). */
  honorific?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Packages and programmes this person works on. */
  initiatives: Array<InitiativeLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Every event or finding this person was the agent of. */
  made: Array<EntityLink>;
  /** Meetings this person took part in. */
  meetingsAttended: Array<MeetingLink>;
  /** Organisations this person is a member of (a party, a council). */
  memberships: Array<OrganisationLink>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Obligations this person must meet. */
  obligationsBorne: Array<ObligationLink>;
  /** Obligations this person imposed. */
  obligationsImposed: Array<ObligationLink>;
  /** Obligations owed to this person. */
  obligationsOwed: Array<ObligationLink>;
  /** The posts this person held, as tenures with dates and qualifiers (acting, interim). */
  posts: Array<TenureLink>;
  /** Legal powers this person may exercise. */
  powersHeld: Array<PowerLink>;
  /** What this actor exists or acts for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Documents and events addressed to this person. */
  received: Array<EntityLink>;
  /** Requests this person made. */
  requestsMade: Array<RequestLink>;
  /** Requests addressed to this person. */
  requestsReceived: Array<RequestLink>;
  /** Statements this person made. */
  statements: Array<StatementLink>;
};


/** A person named in a source. */
export type PersonCarriedOutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonConsequencesThreatenedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonDocumentsIssuedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonDocumentsReviewedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonEstablishedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonFindingsStatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonInitiativesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonMadeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonMeetingsAttendedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonMembershipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonObligationsBorneArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonObligationsImposedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonObligationsOwedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonPostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonPowersHeldArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonPurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonRequestsMadeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonRequestsReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a source. */
export type PersonStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Person results. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The items of this page. */
  edges: Array<PersonEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Person in a page. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Person;
};

/** A relationship to a Person, with the evidence that states it. */
export type PersonLink = {
  __typename?: 'PersonLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Person at the other end. */
  node: Person;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A position in an organisation that outlives its holders (Popolo). */
export type Post = Entity & Node & Recipient & {
  __typename?: 'Post';
  /** Other titles the sources use for the same post. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about this post. */
  concernedBy: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state this post. */
  evidence: Array<Evidence>;
  /** Figures stated about this post. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Who held the post, as tenures with dates and qualifiers. */
  holders: Array<TenureLink>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The post's title. */
  name: Scalars['String']['output'];
  /** Obligations owed to this post (a copy to the Director, say). */
  obligationsOwed: Array<ObligationLink>;
  /** The organisation the post belongs to. */
  organisation?: Maybe<OrganisationLink>;
  /** Documents and events addressed to this post. */
  received: Array<EntityLink>;
};


/** A position in an organisation that outlives its holders (Popolo). */
export type PostConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A position in an organisation that outlives its holders (Popolo). */
export type PostFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A position in an organisation that outlives its holders (Popolo). */
export type PostHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A position in an organisation that outlives its holders (Popolo). */
export type PostHoldersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A position in an organisation that outlives its holders (Popolo). */
export type PostObligationsOwedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A position in an organisation that outlives its holders (Popolo). */
export type PostReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Post results. */
export type PostConnection = {
  __typename?: 'PostConnection';
  /** The items of this page. */
  edges: Array<PostEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Post in a page. */
export type PostEdge = {
  __typename?: 'PostEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Post;
};

/** Filter for posts. */
export type PostFilter = {
  /** Only posts in this organisation (its global id or its key). */
  organisation?: InputMaybe<Scalars['ID']['input']>;
};

/** A relationship to a Post, with the evidence that states it. */
export type PostLink = {
  __typename?: 'PostLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Post at the other end. */
  node: Post;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A legal power: what a provision lets someone do. */
export type Power = Entity & LegalBasis & Node & {
  __typename?: 'Power';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** The provision or legislation that confers it. */
  conferredBy: Array<LegalBasisLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Who may exercise it. */
  heldBy: Array<ActorLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Requests, consequences, obligations and documents that rely on it. */
  reliedOnBy: Array<EntityLink>;
};


/** A legal power: what a provision lets someone do. */
export type PowerConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A legal power: what a provision lets someone do. */
export type PowerConferredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A legal power: what a provision lets someone do. */
export type PowerFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A legal power: what a provision lets someone do. */
export type PowerHeldByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A legal power: what a provision lets someone do. */
export type PowerHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A legal power: what a provision lets someone do. */
export type PowerReliedOnByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Power results. */
export type PowerConnection = {
  __typename?: 'PowerConnection';
  /** The items of this page. */
  edges: Array<PowerEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Power in a page. */
export type PowerEdge = {
  __typename?: 'PowerEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Power;
};

/** Filter for powers. */
export type PowerFilter = {
  /** Only powers this actor may exercise (its global id or its key). */
  heldBy?: InputMaybe<Scalars['ID']['input']>;
};

/** A relationship to a Power, with the evidence that states it. */
export type PowerLink = {
  __typename?: 'PowerLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Power at the other end. */
  node: Power;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/**
 * A candidate fact that extraction found in a document, waiting for a person's decision. Proposals
 * are kept apart from the graph's facts: no other query sees them until one is accepted.
 */
export type Proposal = {
  __typename?: 'Proposal';
  /** How often the rule is right, 0 to 1, as its author judges it. */
  confidence: Scalars['Float']['output'];
  /** When it was proposed (ISO date-time). */
  createdAt: Scalars['String']['output'];
  /** The date it resolves: a deadline, an event's day, a date mention. */
  date?: Maybe<FuzzyDate>;
  /** When it was decided (ISO date-time). */
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** Who decided it, when the request was authenticated. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The document it was found in. */
  document: Source;
  /** Offset just after the quote's last character. */
  end: Scalars['Int']['output'];
  /** For a mention of something the graph holds: that entity. */
  entity?: Maybe<Entity>;
  /** For a fulfilment: the open obligation it would fulfil. */
  fulfils?: Maybe<Obligation>;
  /** Stable key of the proposal (the same words of the same document always get the same key). */
  key: Scalars['String']['output'];
  /** What it proposes. */
  kind: ProposalKind;
  /** The exact words, as stored in the document. */
  quote: Scalars['String']['output'];
  /** Why it was rejected. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The record accepting it would write, in the seed's format (JSON), less its id and evidence. */
  recordJson?: Maybe<Scalars['String']['output']>;
  /** The name that record would have. */
  recordName?: Maybe<Scalars['String']['output']>;
  /** The type of record accepting it would write (`Obligation`, `Meeting`, ...). */
  recordType?: Maybe<Scalars['String']['output']>;
  /** The entity an accept wrote or a merge added to. */
  result?: Maybe<Entity>;
  /** The engine and rule that proposed it (`rules:obligation.modal-deadline`). */
  rule: Scalars['String']['output'];
  /** Offset of the quote's first character in the document's text (JavaScript string index). */
  start: Scalars['Int']['output'];
  /** Pending, accepted, merged or rejected. */
  status: ProposalStatus;
};

/** A page of proposals. */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** The proposals of this page. */
  edges: Array<ProposalEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching proposals, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A decision on a proposal. */
export type ProposalDecisionPayload = {
  __typename?: 'ProposalDecisionPayload';
  /** The proposal, as decided. */
  proposal: Proposal;
  /** The entity the decision wrote or added to. */
  result?: Maybe<Entity>;
  /** The revision the decision wrote, attributed to the reviewer; null for a rejection, an accepted date, or nothing new. */
  revision?: Maybe<Revision>;
};

/** A proposal in a page. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The proposal. */
  node: Proposal;
};

/** What a reviewer changes in a proposal before accepting it. */
export type ProposalEditInput = {
  /** Another name for the record. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Properties to set on the record, as a JSON object in the seed's format (`{"due": {...}}`). */
  propsJson?: InputMaybe<Scalars['String']['input']>;
};

/** Which proposals to list. */
export type ProposalFilter = {
  /** Only those of this document (its key, `s-...` or `s000`). */
  document?: InputMaybe<Scalars['String']['input']>;
  /** Only those of these kinds. */
  kind?: InputMaybe<Array<ProposalKind>>;
  /** Only those with one of these statuses. */
  status?: InputMaybe<Array<ProposalStatus>>;
};

/** What a proposal proposes. */
export type ProposalKind =
  /** An amount of money or a length of time. */
  | 'AMOUNT'
  /** An appointment to a post. */
  | 'APPOINTMENT'
  /** A date expression, resolved against the document's publication date. */
  | 'DATE'
  /** A person, organisation or post: one the graph holds (`entity`), or a candidate for a new one. */
  | 'ENTITY'
  /** A failing, risk or deficiency. */
  | 'FINDING'
  /** A report that an open obligation of the graph was met. */
  | 'FULFILMENT'
  /** An Act, Measure, section or power. */
  | 'LEGAL_REFERENCE'
  /** A meeting or a visit. */
  | 'MEETING'
  /** A duty or undertaking, with its deadline where stated. */
  | 'OBLIGATION'
  /** A request (asked, called on, a request to). */
  | 'REQUEST';

/** Where a proposal stands in the review queue. */
export type ProposalStatus =
  /** Accepted (perhaps edited): its record is in the graph. */
  | 'ACCEPTED'
  /** Merged into an entity the graph holds. */
  | 'MERGED'
  /** Waiting for a reviewer. */
  | 'PENDING'
  /** Rejected, with a reason. */
  | 'REJECTED';

/** A section or a range of sections of a piece of legislation. */
export type Provision = Entity & LegalBasis & Node & {
  __typename?: 'Provision';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** First section of the range. */
  fromSection: Scalars['Int']['output'];
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The legislation it belongs to. */
  legislation: Array<LegislationLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Powers it confers. */
  powers: Array<PowerLink>;
  /** Requests, consequences, obligations and documents that rely on it. */
  reliedOnBy: Array<EntityLink>;
  /** Last section of the range (equal to fromSection for a single section). */
  toSection: Scalars['Int']['output'];
};


/** A section or a range of sections of a piece of legislation. */
export type ProvisionConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A section or a range of sections of a piece of legislation. */
export type ProvisionFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A section or a range of sections of a piece of legislation. */
export type ProvisionHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A section or a range of sections of a piece of legislation. */
export type ProvisionLegislationArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A section or a range of sections of a piece of legislation. */
export type ProvisionPowersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A section or a range of sections of a piece of legislation. */
export type ProvisionReliedOnByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Provision results. */
export type ProvisionConnection = {
  __typename?: 'ProvisionConnection';
  /** The items of this page. */
  edges: Array<ProvisionEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Provision in a page. */
export type ProvisionEdge = {
  __typename?: 'ProvisionEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Provision;
};

/** Filter for provisions. */
export type ProvisionFilter = {
  /** Only sections of this legislation (its global id or its key). */
  legislation?: InputMaybe<Scalars['ID']['input']>;
};

/** A relationship to a Provision, with the evidence that states it. */
export type ProvisionLink = {
  __typename?: 'ProvisionLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Provision at the other end. */
  node: Provision;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** The publication of a document. */
export type Publication = Entity & Event & Node & {
  __typename?: 'Publication';
  /** To whom it was addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Who published. */
  carriedOutBy: Array<ActorLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** When it happened. */
  date?: Maybe<FuzzyDate>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Obligations it fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The agents of the event (requester, speaker, appointing body). */
  madeBy: Array<ActorLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every actor that took part, with its role. */
  participants: Array<ParticipantLink>;
  /** What it responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to it. */
  responses: Array<EntityLink>;
};


/** The publication of a document. */
export type PublicationAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationCarriedOutByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationMadeByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The publication of a document. */
export type PublicationResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a body, document or initiative is for, in the source's words ("to oversee the actions of the director"). */
export type Purpose = Entity & Node & {
  __typename?: 'Purpose';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What or whom it is about (the post overseen, the service improved). */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The bodies, documents and initiatives that pursue it. */
  pursuedBy: Array<EntityLink>;
  /** The purpose in the source's words. */
  text: Scalars['String']['output'];
};


/** What a body, document or initiative is for, in the source's words ("to oversee the actions of the director"). */
export type PurposeConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a body, document or initiative is for, in the source's words ("to oversee the actions of the director"). */
export type PurposeConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a body, document or initiative is for, in the source's words ("to oversee the actions of the director"). */
export type PurposeFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a body, document or initiative is for, in the source's words ("to oversee the actions of the director"). */
export type PurposeHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a body, document or initiative is for, in the source's words ("to oversee the actions of the director"). */
export type PurposePursuedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Purpose results. */
export type PurposeConnection = {
  __typename?: 'PurposeConnection';
  /** The items of this page. */
  edges: Array<PurposeEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Purpose in a page. */
export type PurposeEdge = {
  __typename?: 'PurposeEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Purpose;
};

/** Filter for purposes. */
export type PurposeFilter = {
  /** Only purposes about this entity (its global id or its key). */
  concerns?: InputMaybe<Scalars['ID']['input']>;
  /** Only purposes this body, document or initiative pursues (its global id or its key). */
  pursuedBy?: InputMaybe<Scalars['ID']['input']>;
};

/** A relationship to a Purpose, with the evidence that states it. */
export type PurposeLink = {
  __typename?: 'PurposeLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Purpose at the other end. */
  node: Purpose;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type Query = {
  __typename?: 'Query';
  /** People and organisations. */
  actors: ActorConnection;
  /** What follows the breach of obligations, by name (A to Z), then by key. */
  consequences: ConsequenceConnection;
  /** Documents: reports, notices, plans, statements, letters, frameworks. */
  documents: DocumentConnection;
  /** Any entity by its stable human-readable key (e.g. `powys-county-council`). */
  entity?: Maybe<Entity>;
  /** A timeline of events over a date range. */
  events: EventConnection;
  /** Figures: money and durations the sources state, by name (A to Z), then by key. */
  figures: FigureConnection;
  /** Findings: failings, risks and deficiencies, by name (A to Z), then by key. */
  findings: FindingConnection;
  /** Initiatives: support packages and programmes, by name (A to Z), then by key. */
  initiatives: InitiativeConnection;
  /** Acts and Measures, by name (A to Z), then by key. */
  legislation: LegislationConnection;
  /** Entities and relationships within `depth` hops of an entity. */
  neighbourhood: Neighbourhood;
  /** Any object by its opaque global id. */
  node?: Maybe<Node>;
  /** Several objects by their global ids, in order; null for an id that names nothing. */
  nodes: Array<Maybe<Node>>;
  /** Obligations, filtered by bearer, imposer, due dates and status as of a day. */
  obligations: ObligationConnection;
  /** Organisations. */
  organisations: OrganisationConnection;
  /** Every passage of one source that the graph cites, in text order (by start, then end), page by page: a reader highlights them all, however many there are. */
  passages: EvidenceConnection;
  /** The shortest connection between two entities (evidence and provenance relationships excluded). */
  path?: Maybe<Path>;
  /** People. */
  people: PersonConnection;
  /** Posts (offices, roles), by name (A to Z), then by key. */
  posts: PostConnection;
  /** Legal powers, by name (A to Z), then by key. */
  powers: PowerConnection;
  /** Proposals of the review queue, in document and text order. */
  proposals: ProposalConnection;
  /** Sections and ranges of sections, by name (A to Z), then by key. */
  provisions: ProvisionConnection;
  /** Purposes that bodies, documents and initiatives pursue, by name (A to Z), then by key. */
  purposes: PurposeConnection;
  /** Requests: who asked whom for what. */
  requests: RequestConnection;
  /** The graph's history, newest first: every mutation and every load of the seed. */
  revisions: RevisionConnection;
  /** Full-text search over names, aliases, titles and statements; ranked, typed hits. Any text is safe. */
  search: Array<SearchHit>;
  /** The source documents, in id order. */
  sources: SourceConnection;
  /** Tenures: who held which post when. */
  tenures: TenureConnection;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<ActorSort>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryConsequencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<ConsequenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<DateSort>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryEntityArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  key: Scalars['String']['input'];
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<DateSort>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<FigureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryLegislationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<LegislationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryNodeArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryNodesArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  ids: Array<Scalars['ID']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryObligationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ObligationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<ObligationSort>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<ActorSort>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryPassagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source: Scalars['ID']['input'];
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryPathArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  from: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<ActorSort>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<PostFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryPowersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<PowerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProposalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryProvisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<ProvisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryPurposesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<PurposeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<RequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<DateSort>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RevisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QuerySearchArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points. Every kind of entity has a root list (a Relay connection with filters); `entity`
 * and `node` fetch one thing; `search`, `path` and `neighbourhood` answer whole-graph questions.
 *
 * A list filter that names an entity (`bearer`, `issuedBy`, `participant`, ...) takes either its
 * opaque global id or its human-readable key (`rosemarie-harris`). A value that names nothing is an
 * error with code NOT_FOUND; one that names another kind of entity (a document where an actor is
 * wanted) is an error with code BAD_USER_INPUT; either way the error's `field` says which argument.
 */
export type QueryTenuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<TenureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<DateSort>;
};

/** Who a document or event is addressed to, or an obligation owed to: a person, an organisation or a post. */
export type Recipient = {
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};


/** Who a document or event is addressed to, or an obligation owed to: a person, an organisation or a post. */
export type RecipientConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Who a document or event is addressed to, or an obligation owed to: a person, an organisation or a post. */
export type RecipientFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Who a document or event is addressed to, or an obligation owed to: a person, an organisation or a post. */
export type RecipientHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship to a Recipient, with the evidence that states it. */
export type RecipientLink = {
  __typename?: 'RecipientLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Recipient at the other end. */
  node: Recipient;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Which way a relationship runs from the node that has the field. */
export type RelationshipDirection =
  /** From the far end to this node. */
  | 'IN'
  /** From this node to the far end. */
  | 'OUT';

/** Queries of the data layer that answer a relationship field where following it is not enough. */
export type RelationshipQuery =
  /** A source's passages in the order of its text (src/db/sources.ts). */
  | 'PASSAGES'
  /** STATES links, and those derived through a statement the actor made or a document it issued (src/db/findings.ts). */
  | 'STATED';

/** A request: who asked whom for what, under which power. */
export type Request = Entity & Event & Node & {
  __typename?: 'Request';
  /** To whom it was addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** When it happened. */
  date?: Maybe<FuzzyDate>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Obligations it fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The power or law the request relies on. */
  legalBasis: Array<LegalBasisLink>;
  /** The agents of the event (requester, speaker, appointing body). */
  madeBy: Array<ActorLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every actor that took part, with its role. */
  participants: Array<ParticipantLink>;
  /** The first requester (convenience for `requesters`). */
  requester?: Maybe<ActorLink>;
  /** Who asked. */
  requesters: Array<ActorLink>;
  /** What it responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to it. */
  responses: Array<EntityLink>;
  /** What was asked for. */
  subject?: Maybe<Scalars['String']['output']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestMadeByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestRequestersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A request: who asked whom for what, under which power. */
export type RequestResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Request results. */
export type RequestConnection = {
  __typename?: 'RequestConnection';
  /** The items of this page. */
  edges: Array<RequestEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Request in a page. */
export type RequestEdge = {
  __typename?: 'RequestEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Request;
};

/** Filter for requests. */
export type RequestFilter = {
  /** Requests addressed to this actor (its global id or its key). */
  addressee?: InputMaybe<Scalars['ID']['input']>;
  /** Requests made by this actor (its global id or its key). */
  requester?: InputMaybe<Scalars['ID']['input']>;
};

/** A relationship to a Request, with the evidence that states it. */
export type RequestLink = {
  __typename?: 'RequestLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Request at the other end. */
  node: Request;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Facts to retract: kept in the graph and its history, hidden from ordinary reads. */
export type RetractFactsInput = {
  /** Revisions the client expects the entities and links to be at. */
  expectedRevisions?: InputMaybe<Array<ExpectedRevision>>;
  /** A key of the client's choosing: a retried request with the same key returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Entity keys, and link keys `<from>|<TYPE>|<to>`. */
  keys: Array<Scalars['String']['input']>;
  /** Why: kept on the revision. */
  reason: Scalars['String']['input'];
};

/** What `retractFacts` did. */
export type RetractFactsPayload = {
  __typename?: 'RetractFactsPayload';
  /** True when this answers a retried request (same idempotency key) without writing again. */
  replayed: Scalars['Boolean']['output'];
  /** The revision that retracted them. */
  revision: Revision;
};

/**
 * A record in the graph's history: one successful mutation (or one load of the seed) with who made
 * it, when, why and what it changed. Revisions are never changed or removed.
 */
export type Revision = {
  __typename?: 'Revision';
  /** When it was committed, ISO 8601 in UTC. */
  at: Scalars['String']['output'];
  /** Who made it: the name of the API key or token, or `seed` for a load of the seed. */
  author: Scalars['String']['output'];
  /** What it changed, one item per entity, source or link. */
  changes: Array<Change>;
  /** Keys of the entities it changed (both ends of a link it changed included). */
  entities: Array<Scalars['String']['output']>;
  /** The revision's id; send it back as `expectedRevisions.revision` to write only if nothing changed since. */
  id: Scalars['ID']['output'];
  /** The idempotency key the request carried, if any. */
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** Which mutation made it. */
  mutation: RevisionMutation;
  /** The reason the author gave. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A page of revisions, newest first. */
export type RevisionConnection = {
  __typename?: 'RevisionConnection';
  /** The revisions of this page. */
  edges: Array<RevisionEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All revisions that match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A revision in a page. */
export type RevisionEdge = {
  __typename?: 'RevisionEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The revision. */
  node: Revision;
};

/** Which revisions to list. */
export type RevisionFilter = {
  /** Only revisions by this author. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Only revisions that changed this entity (its key or global id). */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only revisions committed at or after this instant (ISO 8601 date or date-time). */
  since?: InputMaybe<Scalars['String']['input']>;
};

/** The mutations that make revisions. */
export type RevisionMutation =
  /** `addSource`. */
  | 'ADD_SOURCE'
  /** `assertFacts`. */
  | 'ASSERT_FACTS'
  /** `retractFacts`. */
  | 'RETRACT_FACTS'
  /** A load of the curated seed (`npm run seed`, or the API's start). */
  | 'SEED';

/** A ranked full-text hit. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  node: Entity;
  /** Relevance: the full-text score, plus 10 when the text is exactly the name or an alias; higher is better. */
  score: Scalars['Float']['output'];
  /** Its type name (Person, WarningNotice, ...). */
  type: Scalars['String']['output'];
};

/** A document the graph cites: a news article, with what it says of its own title, publisher and date. */
export type Source = Node & {
  __typename?: 'Source';
  /** The full text, verbatim; evidence offsets index into it. */
  content: Scalars['String']['output'];
  /** The passages of this source that the graph cites, in order. */
  evidence: Array<Evidence>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable id (s000, s001, ...). */
  key: Scalars['String']['output'];
  /** The passages of this source that its own title, publisher and date rest on. */
  metadataEvidence: Array<Evidence>;
  /** When it was published, with precision and how it was inferred. */
  published: FuzzyDate;
  /** The publisher, when the text states it. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Why the publisher is or is not known. */
  publisherNote?: Maybe<Scalars['String']['output']>;
  /** The headline, or a descriptive title when the text has none. */
  title: Scalars['String']['output'];
  /** True when the text has no headline and the title was written by the curator. */
  titleInferred: Scalars['Boolean']['output'];
};


/** A document the graph cites: a news article, with what it says of its own title, publisher and date. */
export type SourceEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The sources of this page. */
  edges: Array<SourceEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All sources, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A source in a page. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type Statement = Entity & Event & Node & {
  __typename?: 'Statement';
  /** To whom it was addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What it is about. */
  concerns: Array<EntityLink>;
  /** When it happened. */
  date?: Maybe<FuzzyDate>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Findings the statement states. */
  findings: Array<FindingLink>;
  /** Obligations it fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The agents of the event (requester, speaker, appointing body). */
  madeBy: Array<ActorLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The document the statement is part of (a written statement). */
  partOf: Array<DocumentLink>;
  /** Every actor that took part, with its role. */
  participants: Array<ParticipantLink>;
  /** What it responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to it. */
  responses: Array<EntityLink>;
  /** Who said it, in which capacity. */
  speakers: Array<ActorLink>;
  /** The attributed words. */
  text: Scalars['String']['output'];
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementMadeByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Words attributed to a speaker, in a capacity, in a source: who said what. */
export type StatementSpeakersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship to a Statement, with the evidence that states it. */
export type StatementLink = {
  __typename?: 'StatementLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Statement at the other end. */
  node: Statement;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** An obligation's status on a day, with what it rests on. */
export type StatusAssessment = {
  __typename?: 'StatusAssessment';
  /** The day it is computed for. */
  asOf: Scalars['LocalDate']['output'];
  /** How firmly the sources give that fact: a status resting on an inferred or computed date says so here. */
  basis: StatusBasis;
  /** One sentence a reader can quote, e.g. 'OVERDUE on 2018-03-01: the latest possible due date, 2018-02-06, is inferred.' */
  explanation: Scalars['String']['output'];
  /** The fact the status turns on. */
  ground: StatusGround;
  /** How the fact was inferred or computed, where it was. */
  inference?: Maybe<Scalars['String']['output']>;
  /** The status, as the `status` field gives it. */
  status: ObligationStatus;
};

/** How firmly the sources give the fact a status turns on. */
export type StatusBasis =
  /** Counted from another fact's date by a stated rule ('within six months of the date of this notice'). */
  | 'COMPUTED'
  /** Read between sentences, or completed by the curators (a year the words leave out, an approximate start): the fact is `inferred` in the graph. */
  | 'INFERRED'
  /** In the sources' own words. */
  | 'STATED';

/** The fact an obligation's status on a day turns on. */
export type StatusGround =
  /** A stated breach (BREACHED). */
  | 'BREACH'
  /** The due date (OPEN or OVERDUE). */
  | 'DUE_DATE'
  /** A document or event that fulfils it (FULFILLED, FULFILLED_LATE). */
  | 'FULFILMENT'
  /** The day it was imposed: its own, else its imposing document's issue date (NOT_YET_IMPOSED). */
  | 'IMPOSED_DATE'
  /** No due date is stated, so it stays OPEN. */
  | 'NO_DUE_DATE'
  /** A later obligation that replaces it (SUPERSEDED). */
  | 'SUPERSESSION'
  /** A stated withdrawal (WITHDRAWN). */
  | 'WITHDRAWAL';

/** A person's holding of a post, with dates where known (Popolo membership). */
export type Tenure = Entity & Node & {
  __typename?: 'Tenure';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents, events, findings and obligations about this tenure. */
  concernedBy: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ended, where known. */
  end?: Maybe<FuzzyDate>;
  /** The passages that state this tenure. */
  evidence: Array<Evidence>;
  /** Figures stated about this tenure. */
  figures: Array<FigureLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Who held the post. */
  holder?: Maybe<PersonLink>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** Display name: holder and post. */
  name: Scalars['String']['output'];
  /** The post held. */
  post?: Maybe<PostLink>;
  /** Acting, interim or newly appointed, where stated. */
  qualifier?: Maybe<TenureQualifier>;
  /** When the tenure began, where known. */
  start?: Maybe<FuzzyDate>;
  /** The appointment that began the tenure. */
  startedBy: Array<AppointmentLink>;
};


/** A person's holding of a post, with dates where known (Popolo membership). */
export type TenureConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person's holding of a post, with dates where known (Popolo membership). */
export type TenureFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person's holding of a post, with dates where known (Popolo membership). */
export type TenureHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person's holding of a post, with dates where known (Popolo membership). */
export type TenureStartedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Tenure results. */
export type TenureConnection = {
  __typename?: 'TenureConnection';
  /** The items of this page. */
  edges: Array<TenureEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** All matching items, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Tenure in a page. */
export type TenureEdge = {
  __typename?: 'TenureEdge';
  /** Cursor of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Tenure;
};

/** Filter for tenures. */
export type TenureFilter = {
  /** Only tenures that the known dates allow on this day: begun no later than it (by the earliest possible start) and not ended before it (by the latest possible end); an unknown start or end rules nothing out. */
  heldOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only tenures of this person (its global id or its key). */
  person?: InputMaybe<Scalars['ID']['input']>;
  /** Only tenures of this post (its global id or its key). */
  post?: InputMaybe<Scalars['ID']['input']>;
};

/** A relationship to a Tenure, with the evidence that states it. */
export type TenureLink = {
  __typename?: 'TenureLink';
  /** The post in which an actor acted. */
  capacity?: Maybe<Post>;
  /** When it took effect. */
  date?: Maybe<FuzzyDate>;
  /** The passages that state this relationship. */
  evidence: Array<Evidence>;
  /** How it was inferred. */
  inference?: Maybe<Scalars['String']['output']>;
  /** True when the relationship was read between sentences. */
  inferred: Scalars['Boolean']['output'];
  /** The Tenure at the other end. */
  node: Tenure;
  /** The role of the far end. */
  role?: Maybe<Scalars['String']['output']>;
};

/** How a tenure is qualified. */
export type TenureQualifier =
  /** Acting in the post. */
  | 'ACTING'
  /** Holding the post for an interim period. */
  | 'INTERIM'
  /** Newly appointed when the source was written. */
  | 'NEWLY_APPOINTED';

/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNotice = Document & Entity & Node & {
  __typename?: 'WarningNotice';
  /** To whom it is addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents this one is based on. */
  basedOn: Array<DocumentLink>;
  /** Documents and initiatives based on this document. */
  basisFor: Array<EntityLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What the document is about. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Findings this document states. */
  findings: Array<FindingLink>;
  /** Documents that follow this one up. */
  followedUpBy: Array<DocumentLink>;
  /** The earlier document this one follows up. */
  followsUp: Array<DocumentLink>;
  /** Obligations this document fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it was issued, submitted or published. */
  issued?: Maybe<FuzzyDate>;
  /** Who issued or wrote it. */
  issuedBy: Array<ActorLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The legal basis the document relies on. */
  legalBasis: Array<LegalBasisLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** First notice or a follow-up. */
  notice: NoticeOrder;
  /** Obligations this document imposes (what it demands, of whom, by when). */
  obligations: Array<ObligationLink>;
  /** What this document is for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Obligations that require this document as their deliverable. */
  requiredBy: Array<ObligationLink>;
  /** What this document responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to this one. */
  responses: Array<EntityLink>;
  /** Who reviewed or considered it. */
  reviewedBy: Array<ActorLink>;
  /** Later revisions of this document. */
  revisedBy: Array<DocumentLink>;
  /** The earlier document this one revises. */
  revises: Array<DocumentLink>;
  /** Attributed statements that form part of this document. */
  statements: Array<StatementLink>;
  /** ISSUED for a document that exists; REQUIRED for a deliverable demanded but not yet seen. */
  status: DocumentStatus;
  /** Documents or obligations that replace this one. */
  supersededBy: Array<EntityLink>;
  /** Documents or obligations this one replaces. */
  supersedes: Array<EntityLink>;
  /** Title as given, where it differs from the name. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeBasedOnArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeBasisForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeFollowedUpByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeFollowsUpArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeIssuedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticePurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeRequiredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeReviewedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeRevisedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeRevisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeSupersededByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A warning notice from ministers to a body, demanding actions by dates. */
export type WarningNoticeSupersedesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A written statement by ministers. */
export type WrittenStatement = Document & Entity & Node & {
  __typename?: 'WrittenStatement';
  /** To whom it is addressed (actors or posts). */
  addressees: Array<RecipientLink>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents this one is based on. */
  basedOn: Array<DocumentLink>;
  /** Documents and initiatives based on this document. */
  basisFor: Array<EntityLink>;
  /** Documents, events, findings and obligations about it. */
  concernedBy: Array<EntityLink>;
  /** What the document is about. */
  concerns: Array<EntityLink>;
  /** A longer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The passages that state it. */
  evidence: Array<Evidence>;
  /** Figures stated about it. */
  figures: Array<FigureLink>;
  /** Findings this document states. */
  findings: Array<FindingLink>;
  /** Documents that follow this one up. */
  followedUpBy: Array<DocumentLink>;
  /** The earlier document this one follows up. */
  followsUp: Array<DocumentLink>;
  /** Obligations this document fulfils. */
  fulfils: Array<ObligationLink>;
  /** The revisions that changed it, newest first (see `revisions`). */
  history: Array<Revision>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it was issued, submitted or published. */
  issued?: Maybe<FuzzyDate>;
  /** Who issued or wrote it. */
  issuedBy: Array<ActorLink>;
  /** Stable human-readable key. */
  key: Scalars['String']['output'];
  /** The legal basis the document relies on. */
  legalBasis: Array<LegalBasisLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Obligations this document imposes (what it demands, of whom, by when). */
  obligations: Array<ObligationLink>;
  /** What this document is for, where a source states it. */
  purposes: Array<PurposeLink>;
  /** Obligations that require this document as their deliverable. */
  requiredBy: Array<ObligationLink>;
  /** What this document responds to. */
  respondsTo: Array<EntityLink>;
  /** Documents and events made in response to this one. */
  responses: Array<EntityLink>;
  /** Who reviewed or considered it. */
  reviewedBy: Array<ActorLink>;
  /** Later revisions of this document. */
  revisedBy: Array<DocumentLink>;
  /** The earlier document this one revises. */
  revises: Array<DocumentLink>;
  /** Attributed statements that form part of this document. */
  statements: Array<StatementLink>;
  /** ISSUED for a document that exists; REQUIRED for a deliverable demanded but not yet seen. */
  status: DocumentStatus;
  /** Documents or obligations that replace this one. */
  supersededBy: Array<EntityLink>;
  /** Documents or obligations this one replaces. */
  supersedes: Array<EntityLink>;
  /** Title as given, where it differs from the name. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A written statement by ministers. */
export type WrittenStatementAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementBasedOnArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementBasisForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementFollowedUpByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementFollowsUpArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementFulfilsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementIssuedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementPurposesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementRequiredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementResponsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementReviewedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementRevisedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementRevisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementSupersededByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A written statement by ministers. */
export type WrittenStatementSupersedesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( OrganisationRecord )
    | ( PersonRecord )
  ;
  Document:
    | ( FrameworkRecord )
    | ( ImprovementPlanRecord )
    | ( InspectionReportRecord )
    | ( LetterRecord )
    | ( WarningNoticeRecord )
    | ( WrittenStatementRecord )
  ;
  Entity:
    | ( AppointmentRecord )
    | ( ConsequenceRecord )
    | ( DiscussionRecord )
    | ( FigureRecord )
    | ( FindingRecord )
    | ( FrameworkRecord )
    | ( ImprovementPlanRecord )
    | ( InitiativeRecord )
    | ( InspectionReportRecord )
    | ( LegislationRecord )
    | ( LetterRecord )
    | ( MeetingRecord )
    | ( MonitoringVisitRecord )
    | ( ObligationRecord )
    | ( OrganisationRecord )
    | ( PersonRecord )
    | ( PostRecord )
    | ( PowerRecord )
    | ( ProvisionRecord )
    | ( PublicationRecord )
    | ( PurposeRecord )
    | ( RequestRecord )
    | ( StatementRecord )
    | ( TenureRecord )
    | ( WarningNoticeRecord )
    | ( WrittenStatementRecord )
  ;
  Event:
    | ( AppointmentRecord )
    | ( DiscussionRecord )
    | ( MeetingRecord )
    | ( MonitoringVisitRecord )
    | ( PublicationRecord )
    | ( RequestRecord )
    | ( StatementRecord )
  ;
  LegalBasis:
    | ( LegislationRecord )
    | ( PowerRecord )
    | ( ProvisionRecord )
  ;
  Node:
    | ( AppointmentRecord )
    | ( ConsequenceRecord )
    | ( DiscussionRecord )
    | ( EvidenceRecord )
    | ( FigureRecord )
    | ( FindingRecord )
    | ( FrameworkRecord )
    | ( ImprovementPlanRecord )
    | ( InitiativeRecord )
    | ( InspectionReportRecord )
    | ( LegislationRecord )
    | ( LetterRecord )
    | ( MeetingRecord )
    | ( MonitoringVisitRecord )
    | ( ObligationRecord )
    | ( OrganisationRecord )
    | ( PersonRecord )
    | ( PostRecord )
    | ( PowerRecord )
    | ( ProvisionRecord )
    | ( PublicationRecord )
    | ( PurposeRecord )
    | ( RequestRecord )
    | ( SourceRecord )
    | ( StatementRecord )
    | ( TenureRecord )
    | ( WarningNoticeRecord )
    | ( WrittenStatementRecord )
  ;
  Recipient:
    | ( OrganisationRecord )
    | ( PersonRecord )
    | ( PostRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Actor']>;
  ActorConnection: ResolverTypeWrapper<ConnectionRecord<'Person' | 'Organisation'>>;
  ActorEdge: ResolverTypeWrapper<EdgeRecord<'Person' | 'Organisation'>>;
  ActorFilter: ActorFilter;
  ActorLink: ResolverTypeWrapper<LinkRecord<'Person' | 'Organisation'>>;
  ActorSort: ActorSort;
  AddSourceInput: AddSourceInput;
  AddSourcePayload: ResolverTypeWrapper<Omit<AddSourcePayload, 'revision' | 'source'> & { revision?: Maybe<ResolversTypes['Revision']>, source: ResolversTypes['Source'] }>;
  Appointment: ResolverTypeWrapper<AppointmentRecord>;
  AppointmentLink: ResolverTypeWrapper<LinkRecord<'Appointment'>>;
  AssertFactsInput: AssertFactsInput;
  AssertFactsPayload: ResolverTypeWrapper<Omit<AssertFactsPayload, 'entities' | 'revision'> & { entities: Array<ResolversTypes['Entity']>, revision?: Maybe<ResolversTypes['Revision']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<Change>;
  ChangeKind: ChangeKind;
  ChangeOp: ChangeOp;
  Consequence: ResolverTypeWrapper<ConsequenceRecord>;
  ConsequenceConnection: ResolverTypeWrapper<ConnectionRecord<'Consequence'>>;
  ConsequenceEdge: ResolverTypeWrapper<EdgeRecord<'Consequence'>>;
  ConsequenceFilter: ConsequenceFilter;
  ConsequenceLink: ResolverTypeWrapper<LinkRecord<'Consequence'>>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DatePrecision: DatePrecision;
  DateSort: DateSort;
  Discussion: ResolverTypeWrapper<DiscussionRecord>;
  Document: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Document']>;
  DocumentConnection: ResolverTypeWrapper<ConnectionRecord<'InspectionReport' | 'WarningNotice' | 'ImprovementPlan' | 'WrittenStatement' | 'Letter' | 'Framework'>>;
  DocumentEdge: ResolverTypeWrapper<EdgeRecord<'InspectionReport' | 'WarningNotice' | 'ImprovementPlan' | 'WrittenStatement' | 'Letter' | 'Framework'>>;
  DocumentFilter: DocumentFilter;
  DocumentLink: ResolverTypeWrapper<LinkRecord<'InspectionReport' | 'WarningNotice' | 'ImprovementPlan' | 'WrittenStatement' | 'Letter' | 'Framework'>>;
  DocumentStatus: DocumentStatus;
  DocumentType: DocumentType;
  Duration: ResolverTypeWrapper<Scalars['Duration']['output']>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityLink: ResolverTypeWrapper<LinkRecord<'Person' | 'Organisation' | 'Post' | 'Tenure' | 'InspectionReport' | 'WarningNotice' | 'ImprovementPlan' | 'WrittenStatement' | 'Letter' | 'Framework' | 'Meeting' | 'MonitoringVisit' | 'Publication' | 'Request' | 'Appointment' | 'Statement' | 'Discussion' | 'Finding' | 'Figure' | 'Initiative' | 'Purpose' | 'Legislation' | 'Provision' | 'Power' | 'Obligation' | 'Consequence'>>;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Event']>;
  EventConnection: ResolverTypeWrapper<ConnectionRecord<'Meeting' | 'MonitoringVisit' | 'Publication' | 'Request' | 'Appointment' | 'Statement' | 'Discussion'>>;
  EventEdge: ResolverTypeWrapper<EdgeRecord<'Meeting' | 'MonitoringVisit' | 'Publication' | 'Request' | 'Appointment' | 'Statement' | 'Discussion'>>;
  EventFilter: EventFilter;
  EventLink: ResolverTypeWrapper<LinkRecord<'Meeting' | 'MonitoringVisit' | 'Publication' | 'Request' | 'Appointment' | 'Statement' | 'Discussion'>>;
  EventType: EventType;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  EvidenceConnection: ResolverTypeWrapper<ConnectionRecord<'Evidence'>>;
  EvidenceEdge: ResolverTypeWrapper<EdgeRecord<'Evidence'>>;
  ExpectedRevision: ExpectedRevision;
  Figure: ResolverTypeWrapper<FigureRecord>;
  FigureConnection: ResolverTypeWrapper<ConnectionRecord<'Figure'>>;
  FigureEdge: ResolverTypeWrapper<EdgeRecord<'Figure'>>;
  FigureFilter: FigureFilter;
  FigureKind: FigureKind;
  FigureLink: ResolverTypeWrapper<LinkRecord<'Figure'>>;
  Finding: ResolverTypeWrapper<FindingRecord>;
  FindingConnection: ResolverTypeWrapper<ConnectionRecord<'Finding'>>;
  FindingEdge: ResolverTypeWrapper<EdgeRecord<'Finding'>>;
  FindingFilter: FindingFilter;
  FindingKind: FindingKind;
  FindingLink: ResolverTypeWrapper<LinkRecord<'Finding'>>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Framework: ResolverTypeWrapper<FrameworkRecord>;
  FuzzyDate: ResolverTypeWrapper<FuzzyDateRecord>;
  FuzzyDateInput: FuzzyDateInput;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImprovementPlan: ResolverTypeWrapper<ImprovementPlanRecord>;
  IngestDocumentInput: IngestDocumentInput;
  IngestDocumentPayload: ResolverTypeWrapper<Omit<IngestDocumentPayload, 'document'> & { document: ResolversTypes['Source'] }>;
  Initiative: ResolverTypeWrapper<InitiativeRecord>;
  InitiativeConnection: ResolverTypeWrapper<ConnectionRecord<'Initiative'>>;
  InitiativeEdge: ResolverTypeWrapper<EdgeRecord<'Initiative'>>;
  InitiativeFilter: InitiativeFilter;
  InitiativeKind: InitiativeKind;
  InitiativeLink: ResolverTypeWrapper<LinkRecord<'Initiative'>>;
  InspectionReport: ResolverTypeWrapper<InspectionReportRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  LegalBasis: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['LegalBasis']>;
  LegalBasisLink: ResolverTypeWrapper<LinkRecord<'Legislation' | 'Provision' | 'Power'>>;
  Legislation: ResolverTypeWrapper<LegislationRecord>;
  LegislationConnection: ResolverTypeWrapper<ConnectionRecord<'Legislation'>>;
  LegislationEdge: ResolverTypeWrapper<EdgeRecord<'Legislation'>>;
  LegislationFilter: LegislationFilter;
  LegislationKind: LegislationKind;
  LegislationLink: ResolverTypeWrapper<LinkRecord<'Legislation'>>;
  Letter: ResolverTypeWrapper<LetterRecord>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  Meeting: ResolverTypeWrapper<MeetingRecord>;
  MeetingLink: ResolverTypeWrapper<LinkRecord<'Meeting'>>;
  Money: ResolverTypeWrapper<Money>;
  MonitoringVisit: ResolverTypeWrapper<MonitoringVisitRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<NeighbourhoodRecord>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NoticeOrder: NoticeOrder;
  Obligation: ResolverTypeWrapper<ObligationRecord>;
  ObligationConnection: ResolverTypeWrapper<ConnectionRecord<'Obligation'>>;
  ObligationEdge: ResolverTypeWrapper<EdgeRecord<'Obligation'>>;
  ObligationFilter: ObligationFilter;
  ObligationKind: ObligationKind;
  ObligationLink: ResolverTypeWrapper<LinkRecord<'Obligation'>>;
  ObligationSort: ObligationSort;
  ObligationStatus: ObligationStatus;
  Organisation: ResolverTypeWrapper<OrganisationRecord>;
  OrganisationConnection: ResolverTypeWrapper<ConnectionRecord<'Organisation'>>;
  OrganisationEdge: ResolverTypeWrapper<EdgeRecord<'Organisation'>>;
  OrganisationKind: OrganisationKind;
  OrganisationLink: ResolverTypeWrapper<LinkRecord<'Organisation'>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  ParticipantLink: ResolverTypeWrapper<LinkRecord<'Person' | 'Organisation'>>;
  ParticipantRole: ParticipantRole;
  Path: ResolverTypeWrapper<PathRecord>;
  Person: ResolverTypeWrapper<PersonRecord>;
  PersonConnection: ResolverTypeWrapper<ConnectionRecord<'Person'>>;
  PersonEdge: ResolverTypeWrapper<EdgeRecord<'Person'>>;
  PersonLink: ResolverTypeWrapper<LinkRecord<'Person'>>;
  Post: ResolverTypeWrapper<PostRecord>;
  PostConnection: ResolverTypeWrapper<ConnectionRecord<'Post'>>;
  PostEdge: ResolverTypeWrapper<EdgeRecord<'Post'>>;
  PostFilter: PostFilter;
  PostLink: ResolverTypeWrapper<LinkRecord<'Post'>>;
  Power: ResolverTypeWrapper<PowerRecord>;
  PowerConnection: ResolverTypeWrapper<ConnectionRecord<'Power'>>;
  PowerEdge: ResolverTypeWrapper<EdgeRecord<'Power'>>;
  PowerFilter: PowerFilter;
  PowerLink: ResolverTypeWrapper<LinkRecord<'Power'>>;
  Proposal: ResolverTypeWrapper<ProposalRecord>;
  ProposalConnection: ResolverTypeWrapper<Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversTypes['ProposalEdge']> }>;
  ProposalDecisionPayload: ResolverTypeWrapper<Omit<ProposalDecisionPayload, 'proposal' | 'result' | 'revision'> & { proposal: ResolversTypes['Proposal'], result?: Maybe<ResolversTypes['Entity']>, revision?: Maybe<ResolversTypes['Revision']> }>;
  ProposalEdge: ResolverTypeWrapper<Omit<ProposalEdge, 'node'> & { node: ResolversTypes['Proposal'] }>;
  ProposalEditInput: ProposalEditInput;
  ProposalFilter: ProposalFilter;
  ProposalKind: ProposalKind;
  ProposalStatus: ProposalStatus;
  Provision: ResolverTypeWrapper<ProvisionRecord>;
  ProvisionConnection: ResolverTypeWrapper<ConnectionRecord<'Provision'>>;
  ProvisionEdge: ResolverTypeWrapper<EdgeRecord<'Provision'>>;
  ProvisionFilter: ProvisionFilter;
  ProvisionLink: ResolverTypeWrapper<LinkRecord<'Provision'>>;
  Publication: ResolverTypeWrapper<PublicationRecord>;
  Purpose: ResolverTypeWrapper<PurposeRecord>;
  PurposeConnection: ResolverTypeWrapper<ConnectionRecord<'Purpose'>>;
  PurposeEdge: ResolverTypeWrapper<EdgeRecord<'Purpose'>>;
  PurposeFilter: PurposeFilter;
  PurposeLink: ResolverTypeWrapper<LinkRecord<'Purpose'>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recipient: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Recipient']>;
  RecipientLink: ResolverTypeWrapper<LinkRecord<'Person' | 'Organisation' | 'Post'>>;
  RelationshipDirection: RelationshipDirection;
  RelationshipQuery: RelationshipQuery;
  Request: ResolverTypeWrapper<RequestRecord>;
  RequestConnection: ResolverTypeWrapper<ConnectionRecord<'Request'>>;
  RequestEdge: ResolverTypeWrapper<EdgeRecord<'Request'>>;
  RequestFilter: RequestFilter;
  RequestLink: ResolverTypeWrapper<LinkRecord<'Request'>>;
  RetractFactsInput: RetractFactsInput;
  RetractFactsPayload: ResolverTypeWrapper<Omit<RetractFactsPayload, 'revision'> & { revision: ResolversTypes['Revision'] }>;
  Revision: ResolverTypeWrapper<RevisionRecord>;
  RevisionConnection: ResolverTypeWrapper<Omit<RevisionConnection, 'edges'> & { edges: Array<ResolversTypes['RevisionEdge']> }>;
  RevisionEdge: ResolverTypeWrapper<Omit<RevisionEdge, 'node'> & { node: ResolversTypes['Revision'] }>;
  RevisionFilter: RevisionFilter;
  RevisionMutation: RevisionMutation;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceConnection: ResolverTypeWrapper<ConnectionRecord<'Source'>>;
  SourceEdge: ResolverTypeWrapper<EdgeRecord<'Source'>>;
  Statement: ResolverTypeWrapper<StatementRecord>;
  StatementLink: ResolverTypeWrapper<LinkRecord<'Statement'>>;
  StatusAssessment: ResolverTypeWrapper<StatusAssessment>;
  StatusBasis: StatusBasis;
  StatusGround: StatusGround;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tenure: ResolverTypeWrapper<TenureRecord>;
  TenureConnection: ResolverTypeWrapper<ConnectionRecord<'Tenure'>>;
  TenureEdge: ResolverTypeWrapper<EdgeRecord<'Tenure'>>;
  TenureFilter: TenureFilter;
  TenureLink: ResolverTypeWrapper<LinkRecord<'Tenure'>>;
  TenureQualifier: TenureQualifier;
  WarningNotice: ResolverTypeWrapper<WarningNoticeRecord>;
  WrittenStatement: ResolverTypeWrapper<WrittenStatementRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversInterfaceTypes<ResolversParentTypes>['Actor'];
  ActorConnection: ConnectionRecord<'Person' | 'Organisation'>;
  ActorEdge: EdgeRecord<'Person' | 'Organisation'>;
  ActorFilter: ActorFilter;
  ActorLink: LinkRecord<'Person' | 'Organisation'>;
  AddSourceInput: AddSourceInput;
  AddSourcePayload: Omit<AddSourcePayload, 'revision' | 'source'> & { revision?: Maybe<ResolversParentTypes['Revision']>, source: ResolversParentTypes['Source'] };
  Appointment: AppointmentRecord;
  AppointmentLink: LinkRecord<'Appointment'>;
  AssertFactsInput: AssertFactsInput;
  AssertFactsPayload: Omit<AssertFactsPayload, 'entities' | 'revision'> & { entities: Array<ResolversParentTypes['Entity']>, revision?: Maybe<ResolversParentTypes['Revision']> };
  Boolean: Scalars['Boolean']['output'];
  Change: Change;
  Consequence: ConsequenceRecord;
  ConsequenceConnection: ConnectionRecord<'Consequence'>;
  ConsequenceEdge: EdgeRecord<'Consequence'>;
  ConsequenceFilter: ConsequenceFilter;
  ConsequenceLink: LinkRecord<'Consequence'>;
  Currency: Scalars['Currency']['output'];
  Discussion: DiscussionRecord;
  Document: ResolversInterfaceTypes<ResolversParentTypes>['Document'];
  DocumentConnection: ConnectionRecord<'InspectionReport' | 'WarningNotice' | 'ImprovementPlan' | 'WrittenStatement' | 'Letter' | 'Framework'>;
  DocumentEdge: EdgeRecord<'InspectionReport' | 'WarningNotice' | 'ImprovementPlan' | 'WrittenStatement' | 'Letter' | 'Framework'>;
  DocumentFilter: DocumentFilter;
  DocumentLink: LinkRecord<'InspectionReport' | 'WarningNotice' | 'ImprovementPlan' | 'WrittenStatement' | 'Letter' | 'Framework'>;
  Duration: Scalars['Duration']['output'];
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EntityLink: LinkRecord<'Person' | 'Organisation' | 'Post' | 'Tenure' | 'InspectionReport' | 'WarningNotice' | 'ImprovementPlan' | 'WrittenStatement' | 'Letter' | 'Framework' | 'Meeting' | 'MonitoringVisit' | 'Publication' | 'Request' | 'Appointment' | 'Statement' | 'Discussion' | 'Finding' | 'Figure' | 'Initiative' | 'Purpose' | 'Legislation' | 'Provision' | 'Power' | 'Obligation' | 'Consequence'>;
  Event: ResolversInterfaceTypes<ResolversParentTypes>['Event'];
  EventConnection: ConnectionRecord<'Meeting' | 'MonitoringVisit' | 'Publication' | 'Request' | 'Appointment' | 'Statement' | 'Discussion'>;
  EventEdge: EdgeRecord<'Meeting' | 'MonitoringVisit' | 'Publication' | 'Request' | 'Appointment' | 'Statement' | 'Discussion'>;
  EventFilter: EventFilter;
  EventLink: LinkRecord<'Meeting' | 'MonitoringVisit' | 'Publication' | 'Request' | 'Appointment' | 'Statement' | 'Discussion'>;
  Evidence: EvidenceRecord;
  EvidenceConnection: ConnectionRecord<'Evidence'>;
  EvidenceEdge: EdgeRecord<'Evidence'>;
  ExpectedRevision: ExpectedRevision;
  Figure: FigureRecord;
  FigureConnection: ConnectionRecord<'Figure'>;
  FigureEdge: EdgeRecord<'Figure'>;
  FigureFilter: FigureFilter;
  FigureLink: LinkRecord<'Figure'>;
  Finding: FindingRecord;
  FindingConnection: ConnectionRecord<'Finding'>;
  FindingEdge: EdgeRecord<'Finding'>;
  FindingFilter: FindingFilter;
  FindingLink: LinkRecord<'Finding'>;
  Float: Scalars['Float']['output'];
  Framework: FrameworkRecord;
  FuzzyDate: FuzzyDateRecord;
  FuzzyDateInput: FuzzyDateInput;
  GraphEdge: GraphEdgeRecord;
  ID: Scalars['ID']['output'];
  ImprovementPlan: ImprovementPlanRecord;
  IngestDocumentInput: IngestDocumentInput;
  IngestDocumentPayload: Omit<IngestDocumentPayload, 'document'> & { document: ResolversParentTypes['Source'] };
  Initiative: InitiativeRecord;
  InitiativeConnection: ConnectionRecord<'Initiative'>;
  InitiativeEdge: EdgeRecord<'Initiative'>;
  InitiativeFilter: InitiativeFilter;
  InitiativeLink: LinkRecord<'Initiative'>;
  InspectionReport: InspectionReportRecord;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  LegalBasis: ResolversInterfaceTypes<ResolversParentTypes>['LegalBasis'];
  LegalBasisLink: LinkRecord<'Legislation' | 'Provision' | 'Power'>;
  Legislation: LegislationRecord;
  LegislationConnection: ConnectionRecord<'Legislation'>;
  LegislationEdge: EdgeRecord<'Legislation'>;
  LegislationFilter: LegislationFilter;
  LegislationLink: LinkRecord<'Legislation'>;
  Letter: LetterRecord;
  LocalDate: Scalars['LocalDate']['output'];
  Meeting: MeetingRecord;
  MeetingLink: LinkRecord<'Meeting'>;
  Money: Money;
  MonitoringVisit: MonitoringVisitRecord;
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: NeighbourhoodRecord;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Obligation: ObligationRecord;
  ObligationConnection: ConnectionRecord<'Obligation'>;
  ObligationEdge: EdgeRecord<'Obligation'>;
  ObligationFilter: ObligationFilter;
  ObligationLink: LinkRecord<'Obligation'>;
  Organisation: OrganisationRecord;
  OrganisationConnection: ConnectionRecord<'Organisation'>;
  OrganisationEdge: EdgeRecord<'Organisation'>;
  OrganisationLink: LinkRecord<'Organisation'>;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  ParticipantLink: LinkRecord<'Person' | 'Organisation'>;
  Path: PathRecord;
  Person: PersonRecord;
  PersonConnection: ConnectionRecord<'Person'>;
  PersonEdge: EdgeRecord<'Person'>;
  PersonLink: LinkRecord<'Person'>;
  Post: PostRecord;
  PostConnection: ConnectionRecord<'Post'>;
  PostEdge: EdgeRecord<'Post'>;
  PostFilter: PostFilter;
  PostLink: LinkRecord<'Post'>;
  Power: PowerRecord;
  PowerConnection: ConnectionRecord<'Power'>;
  PowerEdge: EdgeRecord<'Power'>;
  PowerFilter: PowerFilter;
  PowerLink: LinkRecord<'Power'>;
  Proposal: ProposalRecord;
  ProposalConnection: Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProposalEdge']> };
  ProposalDecisionPayload: Omit<ProposalDecisionPayload, 'proposal' | 'result' | 'revision'> & { proposal: ResolversParentTypes['Proposal'], result?: Maybe<ResolversParentTypes['Entity']>, revision?: Maybe<ResolversParentTypes['Revision']> };
  ProposalEdge: Omit<ProposalEdge, 'node'> & { node: ResolversParentTypes['Proposal'] };
  ProposalEditInput: ProposalEditInput;
  ProposalFilter: ProposalFilter;
  Provision: ProvisionRecord;
  ProvisionConnection: ConnectionRecord<'Provision'>;
  ProvisionEdge: EdgeRecord<'Provision'>;
  ProvisionFilter: ProvisionFilter;
  ProvisionLink: LinkRecord<'Provision'>;
  Publication: PublicationRecord;
  Purpose: PurposeRecord;
  PurposeConnection: ConnectionRecord<'Purpose'>;
  PurposeEdge: EdgeRecord<'Purpose'>;
  PurposeFilter: PurposeFilter;
  PurposeLink: LinkRecord<'Purpose'>;
  Query: Record<PropertyKey, never>;
  Recipient: ResolversInterfaceTypes<ResolversParentTypes>['Recipient'];
  RecipientLink: LinkRecord<'Person' | 'Organisation' | 'Post'>;
  Request: RequestRecord;
  RequestConnection: ConnectionRecord<'Request'>;
  RequestEdge: EdgeRecord<'Request'>;
  RequestFilter: RequestFilter;
  RequestLink: LinkRecord<'Request'>;
  RetractFactsInput: RetractFactsInput;
  RetractFactsPayload: Omit<RetractFactsPayload, 'revision'> & { revision: ResolversParentTypes['Revision'] };
  Revision: RevisionRecord;
  RevisionConnection: Omit<RevisionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RevisionEdge']> };
  RevisionEdge: Omit<RevisionEdge, 'node'> & { node: ResolversParentTypes['Revision'] };
  RevisionFilter: RevisionFilter;
  SearchHit: SearchHitRecord;
  Source: SourceRecord;
  SourceConnection: ConnectionRecord<'Source'>;
  SourceEdge: EdgeRecord<'Source'>;
  Statement: StatementRecord;
  StatementLink: LinkRecord<'Statement'>;
  StatusAssessment: StatusAssessment;
  String: Scalars['String']['output'];
  Tenure: TenureRecord;
  TenureConnection: ConnectionRecord<'Tenure'>;
  TenureEdge: EdgeRecord<'Tenure'>;
  TenureFilter: TenureFilter;
  TenureLink: LinkRecord<'Tenure'>;
  WarningNotice: WarningNoticeRecord;
  WrittenStatement: WrittenStatementRecord;
};

export type RelationshipDirectiveArgs = {
  direction: RelationshipDirection;
  limit?: Maybe<Scalars['Int']['input']>;
  query?: Maybe<RelationshipQuery>;
  target?: Maybe<Scalars['String']['input']>;
  type: Scalars['String']['input'];
};

export type RelationshipDirectiveResolver<Result, Parent, ContextType = Context, Args = RelationshipDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type StatusDirectiveArgs = { };

export type StatusDirectiveResolver<Result, Parent, ContextType = Context, Args = StatusDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Organisation' | 'Person', ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorLink'] = ResolversParentTypes['ActorLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AddSourcePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddSourcePayload'] = ResolversParentTypes['AddSourcePayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type AppointmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Appointment'] = ResolversParentTypes['Appointment']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<AppointmentAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<AppointmentConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<AppointmentConcernsArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<AppointmentFiguresArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<AppointmentFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<AppointmentHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<AppointmentMadeByArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ParticipantLink']>, ParentType, ContextType, RequireFields<AppointmentParticipantsArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<AppointmentRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<AppointmentResponsesArgs, 'first'>>;
  tenure?: Resolver<Array<ResolversTypes['TenureLink']>, ParentType, ContextType, RequireFields<AppointmentTenureArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppointmentLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppointmentLink'] = ResolversParentTypes['AppointmentLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssertFactsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertFactsPayload'] = ResolversParentTypes['AssertFactsPayload']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  after?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  evidenceAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  op?: Resolver<ResolversTypes['ChangeOp'], ParentType, ContextType>;
};

export type ConsequenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Consequence'] = ResolversParentTypes['Consequence']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ConsequenceConcernedByArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<ConsequenceFiguresArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<ConsequenceHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<ConsequenceLegalBasisArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<ConsequenceObligationsArgs, 'first'>>;
  threatenedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<ConsequenceThreatenedByArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsequenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsequenceConnection'] = ResolversParentTypes['ConsequenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsequenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsequenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsequenceEdge'] = ResolversParentTypes['ConsequenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consequence'], ParentType, ContextType>;
};

export type ConsequenceLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsequenceLink'] = ResolversParentTypes['ConsequenceLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consequence'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type DiscussionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Discussion'] = ResolversParentTypes['Discussion']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<DiscussionAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<DiscussionConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<DiscussionConcernsArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<DiscussionFiguresArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<DiscussionFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<DiscussionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<DiscussionMadeByArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ParticipantLink']>, ParentType, ContextType, RequireFields<DiscussionParticipantsArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<DiscussionRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<DiscussionResponsesArgs, 'first'>>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  __resolveType: TypeResolveFn<'Framework' | 'ImprovementPlan' | 'InspectionReport' | 'Letter' | 'WarningNotice' | 'WrittenStatement', ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentLink'] = ResolversParentTypes['DocumentLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DurationScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Duration'], any> {
  name: 'Duration';
}

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Appointment' | 'Consequence' | 'Discussion' | 'Figure' | 'Finding' | 'Framework' | 'ImprovementPlan' | 'Initiative' | 'InspectionReport' | 'Legislation' | 'Letter' | 'Meeting' | 'MonitoringVisit' | 'Obligation' | 'Organisation' | 'Person' | 'Post' | 'Power' | 'Provision' | 'Publication' | 'Purpose' | 'Request' | 'Statement' | 'Tenure' | 'WarningNotice' | 'WrittenStatement', ParentType, ContextType>;
};

export type EntityLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityLink'] = ResolversParentTypes['EntityLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  __resolveType: TypeResolveFn<'Appointment' | 'Discussion' | 'Meeting' | 'MonitoringVisit' | 'Publication' | 'Request' | 'Statement', ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventLink'] = ResolversParentTypes['EventLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<EvidenceSupportsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceConnection'] = ResolversParentTypes['EvidenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvidenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceEdge'] = ResolversParentTypes['EvidenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type FigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FigureConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FigureConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['Duration']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figureOf?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FigureFigureOfArgs, 'first'>>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<FigureFiguresArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<FigureHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FigureKind'], ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FigureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureConnection'] = ResolversParentTypes['FigureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FigureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FigureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureEdge'] = ResolversParentTypes['FigureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
};

export type FigureLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureLink'] = ResolversParentTypes['FigureLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FindingConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FindingConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<FindingFiguresArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<FindingHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FindingKind'], ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<FindingMadeByArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FindingResponsesArgs, 'first'>>;
  statedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FindingStatedByArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FindingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
};

export type FindingLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindingLink'] = ResolversParentTypes['FindingLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FrameworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Framework'] = ResolversParentTypes['Framework']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<FrameworkAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedOn?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<FrameworkBasedOnArgs, 'first'>>;
  basisFor?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FrameworkBasisForArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FrameworkConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FrameworkConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<FrameworkFiguresArgs, 'first'>>;
  findings?: Resolver<Array<ResolversTypes['FindingLink']>, ParentType, ContextType, RequireFields<FrameworkFindingsArgs, 'first'>>;
  followedUpBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<FrameworkFollowedUpByArgs, 'first'>>;
  followsUp?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<FrameworkFollowsUpArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<FrameworkFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<FrameworkHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issued?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  issuedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<FrameworkIssuedByArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<FrameworkLegalBasisArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<FrameworkObligationsArgs, 'first'>>;
  purposes?: Resolver<Array<ResolversTypes['PurposeLink']>, ParentType, ContextType, RequireFields<FrameworkPurposesArgs, 'first'>>;
  requiredBy?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<FrameworkRequiredByArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FrameworkRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FrameworkResponsesArgs, 'first'>>;
  reviewedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<FrameworkReviewedByArgs, 'first'>>;
  revisedBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<FrameworkRevisedByArgs, 'first'>>;
  revises?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<FrameworkRevisesArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<FrameworkStatementsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FrameworkSupersededByArgs, 'first'>>;
  supersedes?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<FrameworkSupersedesArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FuzzyDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FuzzyDate'] = ResolversParentTypes['FuzzyDate']> = {
  earliest?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  offset?: Resolver<Maybe<ResolversTypes['Duration']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  relativeTo?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImprovementPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementPlan'] = ResolversParentTypes['ImprovementPlan']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<ImprovementPlanAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedOn?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<ImprovementPlanBasedOnArgs, 'first'>>;
  basisFor?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ImprovementPlanBasisForArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ImprovementPlanConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ImprovementPlanConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<ImprovementPlanFiguresArgs, 'first'>>;
  findings?: Resolver<Array<ResolversTypes['FindingLink']>, ParentType, ContextType, RequireFields<ImprovementPlanFindingsArgs, 'first'>>;
  followedUpBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<ImprovementPlanFollowedUpByArgs, 'first'>>;
  followsUp?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<ImprovementPlanFollowsUpArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<ImprovementPlanFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<ImprovementPlanHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issued?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  issuedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<ImprovementPlanIssuedByArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<ImprovementPlanLegalBasisArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<ImprovementPlanObligationsArgs, 'first'>>;
  purposes?: Resolver<Array<ResolversTypes['PurposeLink']>, ParentType, ContextType, RequireFields<ImprovementPlanPurposesArgs, 'first'>>;
  requiredBy?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<ImprovementPlanRequiredByArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ImprovementPlanRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ImprovementPlanResponsesArgs, 'first'>>;
  reviewedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<ImprovementPlanReviewedByArgs, 'first'>>;
  revisedBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<ImprovementPlanRevisedByArgs, 'first'>>;
  revises?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<ImprovementPlanRevisesArgs, 'first'>>;
  revision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<ImprovementPlanStatementsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ImprovementPlanSupersededByArgs, 'first'>>;
  supersedes?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ImprovementPlanSupersedesArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IngestDocumentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestDocumentPayload'] = ResolversParentTypes['IngestDocumentPayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  proposalsAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposalsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedOn?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<InitiativeBasedOnArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<InitiativeConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<InitiativeConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  developers?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<InitiativeDevelopersArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<InitiativeFiguresArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<InitiativeHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InitiativeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['PurposeLink']>, ParentType, ContextType, RequireFields<InitiativePurposesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InitiativeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InitiativeConnection'] = ResolversParentTypes['InitiativeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InitiativeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InitiativeEdge'] = ResolversParentTypes['InitiativeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
};

export type InitiativeLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InitiativeLink'] = ResolversParentTypes['InitiativeLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InspectionReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionReport'] = ResolversParentTypes['InspectionReport']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<InspectionReportAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedOn?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<InspectionReportBasedOnArgs, 'first'>>;
  basisFor?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<InspectionReportBasisForArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<InspectionReportConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<InspectionReportConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<InspectionReportFiguresArgs, 'first'>>;
  findings?: Resolver<Array<ResolversTypes['FindingLink']>, ParentType, ContextType, RequireFields<InspectionReportFindingsArgs, 'first'>>;
  followedUpBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<InspectionReportFollowedUpByArgs, 'first'>>;
  followsUp?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<InspectionReportFollowsUpArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<InspectionReportFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<InspectionReportHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issued?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  issuedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<InspectionReportIssuedByArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<InspectionReportLegalBasisArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<InspectionReportObligationsArgs, 'first'>>;
  purposes?: Resolver<Array<ResolversTypes['PurposeLink']>, ParentType, ContextType, RequireFields<InspectionReportPurposesArgs, 'first'>>;
  requiredBy?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<InspectionReportRequiredByArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<InspectionReportRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<InspectionReportResponsesArgs, 'first'>>;
  reviewedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<InspectionReportReviewedByArgs, 'first'>>;
  revisedBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<InspectionReportRevisedByArgs, 'first'>>;
  revises?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<InspectionReportRevisesArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<InspectionReportStatementsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<InspectionReportSupersededByArgs, 'first'>>;
  supersedes?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<InspectionReportSupersedesArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LegalBasisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalBasis'] = ResolversParentTypes['LegalBasis']> = {
  __resolveType: TypeResolveFn<'Legislation' | 'Power' | 'Provision', ParentType, ContextType>;
};

export type LegalBasisLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalBasisLink'] = ResolversParentTypes['LegalBasisLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LegalBasis'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LegislationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Legislation'] = ResolversParentTypes['Legislation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<LegislationConcernedByArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<LegislationFiguresArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<LegislationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LegislationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  powers?: Resolver<Array<ResolversTypes['PowerLink']>, ParentType, ContextType, RequireFields<LegislationPowersArgs, 'first'>>;
  provisions?: Resolver<Array<ResolversTypes['ProvisionLink']>, ParentType, ContextType, RequireFields<LegislationProvisionsArgs, 'first'>>;
  reliedOnBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<LegislationReliedOnByArgs, 'first'>>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LegislationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegislationConnection'] = ResolversParentTypes['LegislationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LegislationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LegislationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegislationEdge'] = ResolversParentTypes['LegislationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Legislation'], ParentType, ContextType>;
};

export type LegislationLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegislationLink'] = ResolversParentTypes['LegislationLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Legislation'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LetterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Letter'] = ResolversParentTypes['Letter']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<LetterAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedOn?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<LetterBasedOnArgs, 'first'>>;
  basisFor?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<LetterBasisForArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<LetterConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<LetterConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<LetterFiguresArgs, 'first'>>;
  findings?: Resolver<Array<ResolversTypes['FindingLink']>, ParentType, ContextType, RequireFields<LetterFindingsArgs, 'first'>>;
  followedUpBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<LetterFollowedUpByArgs, 'first'>>;
  followsUp?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<LetterFollowsUpArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<LetterFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<LetterHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issued?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  issuedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<LetterIssuedByArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<LetterLegalBasisArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<LetterObligationsArgs, 'first'>>;
  purposes?: Resolver<Array<ResolversTypes['PurposeLink']>, ParentType, ContextType, RequireFields<LetterPurposesArgs, 'first'>>;
  requiredBy?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<LetterRequiredByArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<LetterRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<LetterResponsesArgs, 'first'>>;
  reviewedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<LetterReviewedByArgs, 'first'>>;
  revisedBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<LetterRevisedByArgs, 'first'>>;
  revises?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<LetterRevisesArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<LetterStatementsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<LetterSupersededByArgs, 'first'>>;
  supersedes?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<LetterSupersedesArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<MeetingAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attendees?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<MeetingAttendeesArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<MeetingConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<MeetingConcernsArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<MeetingFiguresArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<MeetingFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<MeetingHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<MeetingMadeByArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ParticipantLink']>, ParentType, ContextType, RequireFields<MeetingParticipantsArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<MeetingRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<MeetingResponsesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingLink'] = ResolversParentTypes['MeetingLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type MonitoringVisitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringVisit'] = ResolversParentTypes['MonitoringVisit']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<MonitoringVisitAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  carriedOutBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<MonitoringVisitCarriedOutByArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<MonitoringVisitConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<MonitoringVisitConcernsArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<MonitoringVisitFiguresArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<MonitoringVisitFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<MonitoringVisitHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<MonitoringVisitMadeByArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ParticipantLink']>, ParentType, ContextType, RequireFields<MonitoringVisitParticipantsArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<MonitoringVisitRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<MonitoringVisitResponsesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptProposal?: Resolver<ResolversTypes['ProposalDecisionPayload'], ParentType, ContextType, RequireFields<MutationAcceptProposalArgs, 'key'>>;
  addSource?: Resolver<ResolversTypes['AddSourcePayload'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  assertFacts?: Resolver<ResolversTypes['AssertFactsPayload'], ParentType, ContextType, RequireFields<MutationAssertFactsArgs, 'input'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestDocumentPayload'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
  mergeProposal?: Resolver<ResolversTypes['ProposalDecisionPayload'], ParentType, ContextType, RequireFields<MutationMergeProposalArgs, 'into' | 'key'>>;
  rejectProposal?: Resolver<ResolversTypes['ProposalDecisionPayload'], ParentType, ContextType, RequireFields<MutationRejectProposalArgs, 'key' | 'reason'>>;
  retractFacts?: Resolver<ResolversTypes['RetractFactsPayload'], ParentType, ContextType, RequireFields<MutationRetractFactsArgs, 'input'>>;
};

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  centre?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Appointment' | 'Consequence' | 'Discussion' | 'Evidence' | 'Figure' | 'Finding' | 'Framework' | 'ImprovementPlan' | 'Initiative' | 'InspectionReport' | 'Legislation' | 'Letter' | 'Meeting' | 'MonitoringVisit' | 'Obligation' | 'Organisation' | 'Person' | 'Post' | 'Power' | 'Provision' | 'Publication' | 'Purpose' | 'Request' | 'Source' | 'Statement' | 'Tenure' | 'WarningNotice' | 'WrittenStatement', ParentType, ContextType>;
};

export type ObligationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Obligation'] = ResolversParentTypes['Obligation']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bearer?: Resolver<Maybe<ResolversTypes['ActorLink']>, ParentType, ContextType>;
  breached?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ObligationConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ObligationConcernsArgs, 'first'>>;
  consequenceOfBreach?: Resolver<Array<ResolversTypes['ConsequenceLink']>, ParentType, ContextType, RequireFields<ObligationConsequenceOfBreachArgs, 'first'>>;
  deliverables?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<ObligationDeliverablesArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<ObligationFiguresArgs, 'first'>>;
  fulfilledBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ObligationFulfilledByArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<ObligationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imposedBy?: Resolver<Maybe<ResolversTypes['ActorLink']>, ParentType, ContextType>;
  imposedDate?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  imposingDocument?: Resolver<Maybe<ResolversTypes['DocumentLink']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ObligationKind'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<ObligationLegalBasisArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owedTo?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<ObligationOwedToArgs, 'first'>>;
  status?: Resolver<ResolversTypes['ObligationStatus'], ParentType, ContextType, Partial<ObligationStatusArgs>>;
  statusAssessment?: Resolver<ResolversTypes['StatusAssessment'], ParentType, ContextType, Partial<ObligationStatusAssessmentArgs>>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ObligationSupersededByArgs, 'first'>>;
  supersedes?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ObligationSupersedesArgs, 'first'>>;
  withdrawn?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObligationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationConnection'] = ResolversParentTypes['ObligationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ObligationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObligationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationEdge'] = ResolversParentTypes['ObligationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
};

export type ObligationLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationLink'] = ResolversParentTypes['ObligationLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  carriedOut?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType, RequireFields<OrganisationCarriedOutArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<OrganisationConcernedByArgs, 'first'>>;
  consequencesThreatened?: Resolver<Array<ResolversTypes['ConsequenceLink']>, ParentType, ContextType, RequireFields<OrganisationConsequencesThreatenedArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentsIssued?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<OrganisationDocumentsIssuedArgs, 'first'>>;
  documentsReviewed?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<OrganisationDocumentsReviewedArgs, 'first'>>;
  established?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType, RequireFields<OrganisationEstablishedArgs, 'first'>>;
  establishedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<OrganisationEstablishedByArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<OrganisationFiguresArgs, 'first'>>;
  findingsStated?: Resolver<Array<ResolversTypes['FindingLink']>, ParentType, ContextType, RequireFields<OrganisationFindingsStatedArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<OrganisationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['InitiativeLink']>, ParentType, ContextType, RequireFields<OrganisationInitiativesArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  made?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<OrganisationMadeArgs, 'first'>>;
  meetingsAttended?: Resolver<Array<ResolversTypes['MeetingLink']>, ParentType, ContextType, RequireFields<OrganisationMeetingsAttendedArgs, 'first'>>;
  memberOrganisations?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType, RequireFields<OrganisationMemberOrganisationsArgs, 'first'>>;
  members?: Resolver<Array<ResolversTypes['PersonLink']>, ParentType, ContextType, RequireFields<OrganisationMembersArgs, 'first'>>;
  memberships?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType, RequireFields<OrganisationMembershipsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligationsBorne?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<OrganisationObligationsBorneArgs, 'first'>>;
  obligationsImposed?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<OrganisationObligationsImposedArgs, 'first'>>;
  obligationsOwed?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<OrganisationObligationsOwedArgs, 'first'>>;
  parentOrganisations?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType, RequireFields<OrganisationParentOrganisationsArgs, 'first'>>;
  posts?: Resolver<Array<ResolversTypes['PostLink']>, ParentType, ContextType, RequireFields<OrganisationPostsArgs, 'first'>>;
  powersHeld?: Resolver<Array<ResolversTypes['PowerLink']>, ParentType, ContextType, RequireFields<OrganisationPowersHeldArgs, 'first'>>;
  purposes?: Resolver<Array<ResolversTypes['PurposeLink']>, ParentType, ContextType, RequireFields<OrganisationPurposesArgs, 'first'>>;
  received?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<OrganisationReceivedArgs, 'first'>>;
  renamedFrom?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType, RequireFields<OrganisationRenamedFromArgs, 'first'>>;
  renamedTo?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType, RequireFields<OrganisationRenamedToArgs, 'first'>>;
  requestsMade?: Resolver<Array<ResolversTypes['RequestLink']>, ParentType, ContextType, RequireFields<OrganisationRequestsMadeArgs, 'first'>>;
  requestsReceived?: Resolver<Array<ResolversTypes['RequestLink']>, ParentType, ContextType, RequireFields<OrganisationRequestsReceivedArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<OrganisationStatementsArgs, 'first'>>;
  subOrganisations?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType, RequireFields<OrganisationSubOrganisationsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type OrganisationLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationLink'] = ResolversParentTypes['OrganisationLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type ParticipantLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipantLink'] = ResolversParentTypes['ParticipantLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  participation?: Resolver<ResolversTypes['ParticipantRole'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  carriedOut?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType, RequireFields<PersonCarriedOutArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PersonConcernedByArgs, 'first'>>;
  consequencesThreatened?: Resolver<Array<ResolversTypes['ConsequenceLink']>, ParentType, ContextType, RequireFields<PersonConsequencesThreatenedArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentsIssued?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<PersonDocumentsIssuedArgs, 'first'>>;
  documentsReviewed?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<PersonDocumentsReviewedArgs, 'first'>>;
  established?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType, RequireFields<PersonEstablishedArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<PersonFiguresArgs, 'first'>>;
  findingsStated?: Resolver<Array<ResolversTypes['FindingLink']>, ParentType, ContextType, RequireFields<PersonFindingsStatedArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<PersonHistoryArgs, 'first'>>;
  honorific?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['InitiativeLink']>, ParentType, ContextType, RequireFields<PersonInitiativesArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  made?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PersonMadeArgs, 'first'>>;
  meetingsAttended?: Resolver<Array<ResolversTypes['MeetingLink']>, ParentType, ContextType, RequireFields<PersonMeetingsAttendedArgs, 'first'>>;
  memberships?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType, RequireFields<PersonMembershipsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligationsBorne?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<PersonObligationsBorneArgs, 'first'>>;
  obligationsImposed?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<PersonObligationsImposedArgs, 'first'>>;
  obligationsOwed?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<PersonObligationsOwedArgs, 'first'>>;
  posts?: Resolver<Array<ResolversTypes['TenureLink']>, ParentType, ContextType, RequireFields<PersonPostsArgs, 'first'>>;
  powersHeld?: Resolver<Array<ResolversTypes['PowerLink']>, ParentType, ContextType, RequireFields<PersonPowersHeldArgs, 'first'>>;
  purposes?: Resolver<Array<ResolversTypes['PurposeLink']>, ParentType, ContextType, RequireFields<PersonPurposesArgs, 'first'>>;
  received?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PersonReceivedArgs, 'first'>>;
  requestsMade?: Resolver<Array<ResolversTypes['RequestLink']>, ParentType, ContextType, RequireFields<PersonRequestsMadeArgs, 'first'>>;
  requestsReceived?: Resolver<Array<ResolversTypes['RequestLink']>, ParentType, ContextType, RequireFields<PersonRequestsReceivedArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PersonLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonLink'] = ResolversParentTypes['PersonLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PostConcernedByArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<PostFiguresArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<PostHistoryArgs, 'first'>>;
  holders?: Resolver<Array<ResolversTypes['TenureLink']>, ParentType, ContextType, RequireFields<PostHoldersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligationsOwed?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<PostObligationsOwedArgs, 'first'>>;
  organisation?: Resolver<Maybe<ResolversTypes['OrganisationLink']>, ParentType, ContextType>;
  received?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PostReceivedArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PostConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostConnection'] = ResolversParentTypes['PostConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PostEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PostEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostEdge'] = ResolversParentTypes['PostEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
};

export type PostLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostLink'] = ResolversParentTypes['PostLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PowerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Power'] = ResolversParentTypes['Power']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PowerConcernedByArgs, 'first'>>;
  conferredBy?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<PowerConferredByArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<PowerFiguresArgs, 'first'>>;
  heldBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<PowerHeldByArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<PowerHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reliedOnBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PowerReliedOnByArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PowerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PowerConnection'] = ResolversParentTypes['PowerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PowerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PowerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PowerEdge'] = ResolversParentTypes['PowerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Power'], ParentType, ContextType>;
};

export type PowerLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PowerLink'] = ResolversParentTypes['PowerLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Power'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  fulfils?: Resolver<Maybe<ResolversTypes['Obligation']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProposalKind'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordJson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
};

export type ProposalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalConnection'] = ResolversParentTypes['ProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalDecisionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalDecisionPayload'] = ResolversParentTypes['ProposalDecisionPayload']> = {
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type ProposalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalEdge'] = ResolversParentTypes['ProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type ProvisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ProvisionConcernedByArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<ProvisionFiguresArgs, 'first'>>;
  fromSection?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<ProvisionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legislation?: Resolver<Array<ResolversTypes['LegislationLink']>, ParentType, ContextType, RequireFields<ProvisionLegislationArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  powers?: Resolver<Array<ResolversTypes['PowerLink']>, ParentType, ContextType, RequireFields<ProvisionPowersArgs, 'first'>>;
  reliedOnBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<ProvisionReliedOnByArgs, 'first'>>;
  toSection?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvisionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvisionConnection'] = ResolversParentTypes['ProvisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProvisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvisionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvisionEdge'] = ResolversParentTypes['ProvisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
};

export type ProvisionLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvisionLink'] = ResolversParentTypes['ProvisionLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PublicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<PublicationAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  carriedOutBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<PublicationCarriedOutByArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PublicationConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PublicationConcernsArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<PublicationFiguresArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<PublicationFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<PublicationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<PublicationMadeByArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ParticipantLink']>, ParentType, ContextType, RequireFields<PublicationParticipantsArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PublicationRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PublicationResponsesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurposeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Purpose'] = ResolversParentTypes['Purpose']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PurposeConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PurposeConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<PurposeFiguresArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<PurposeHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pursuedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<PurposePursuedByArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurposeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurposeConnection'] = ResolversParentTypes['PurposeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PurposeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PurposeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurposeEdge'] = ResolversParentTypes['PurposeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType>;
};

export type PurposeLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurposeLink'] = ResolversParentTypes['PurposeLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first' | 'includeRetracted' | 'sort'>>;
  consequences?: Resolver<ResolversTypes['ConsequenceConnection'], ParentType, ContextType, RequireFields<QueryConsequencesArgs, 'first' | 'includeRetracted'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first' | 'includeRetracted' | 'sort'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'includeRetracted' | 'key'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'includeRetracted' | 'sort'>>;
  figures?: Resolver<ResolversTypes['FigureConnection'], ParentType, ContextType, RequireFields<QueryFiguresArgs, 'first' | 'includeRetracted'>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<QueryFindingsArgs, 'first' | 'includeRetracted'>>;
  initiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, RequireFields<QueryInitiativesArgs, 'first' | 'includeRetracted'>>;
  legislation?: Resolver<ResolversTypes['LegislationConnection'], ParentType, ContextType, RequireFields<QueryLegislationArgs, 'first' | 'includeRetracted'>>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'includeRetracted' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id' | 'includeRetracted'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids' | 'includeRetracted'>>;
  obligations?: Resolver<ResolversTypes['ObligationConnection'], ParentType, ContextType, RequireFields<QueryObligationsArgs, 'first' | 'includeRetracted' | 'sort'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first' | 'includeRetracted' | 'sort'>>;
  passages?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<QueryPassagesArgs, 'first' | 'source'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'includeRetracted' | 'maxHops' | 'to'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'includeRetracted' | 'sort'>>;
  posts?: Resolver<ResolversTypes['PostConnection'], ParentType, ContextType, RequireFields<QueryPostsArgs, 'first' | 'includeRetracted'>>;
  powers?: Resolver<ResolversTypes['PowerConnection'], ParentType, ContextType, RequireFields<QueryPowersArgs, 'first' | 'includeRetracted'>>;
  proposals?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, RequireFields<QueryProposalsArgs, 'first'>>;
  provisions?: Resolver<ResolversTypes['ProvisionConnection'], ParentType, ContextType, RequireFields<QueryProvisionsArgs, 'first' | 'includeRetracted'>>;
  purposes?: Resolver<ResolversTypes['PurposeConnection'], ParentType, ContextType, RequireFields<QueryPurposesArgs, 'first' | 'includeRetracted'>>;
  requests?: Resolver<ResolversTypes['RequestConnection'], ParentType, ContextType, RequireFields<QueryRequestsArgs, 'first' | 'includeRetracted' | 'sort'>>;
  revisions?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, RequireFields<QueryRevisionsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'includeRetracted' | 'text'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  tenures?: Resolver<ResolversTypes['TenureConnection'], ParentType, ContextType, RequireFields<QueryTenuresArgs, 'first' | 'includeRetracted' | 'sort'>>;
};

export type RecipientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Recipient'] = ResolversParentTypes['Recipient']> = {
  __resolveType: TypeResolveFn<'Organisation' | 'Person' | 'Post', ParentType, ContextType>;
};

export type RecipientLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientLink'] = ResolversParentTypes['RecipientLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recipient'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Request'] = ResolversParentTypes['Request']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<RequestAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<RequestConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<RequestConcernsArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<RequestFiguresArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<RequestFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<RequestHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<RequestLegalBasisArgs, 'first'>>;
  madeBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<RequestMadeByArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ParticipantLink']>, ParentType, ContextType, RequireFields<RequestParticipantsArgs, 'first'>>;
  requester?: Resolver<Maybe<ResolversTypes['ActorLink']>, ParentType, ContextType>;
  requesters?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<RequestRequestersArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<RequestRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<RequestResponsesArgs, 'first'>>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestConnection'] = ResolversParentTypes['RequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestEdge'] = ResolversParentTypes['RequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Request'], ParentType, ContextType>;
};

export type RequestLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestLink'] = ResolversParentTypes['RequestLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Request'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RetractFactsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetractFactsPayload'] = ResolversParentTypes['RetractFactsPayload']> = {
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
};

export type RevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mutation?: Resolver<ResolversTypes['RevisionMutation'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RevisionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevisionConnection'] = ResolversParentTypes['RevisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RevisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevisionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevisionEdge'] = ResolversParentTypes['RevisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<SourceEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadataEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['FuzzyDate'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisherNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleInferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<StatementAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<StatementConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<StatementConcernsArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<StatementFiguresArgs, 'first'>>;
  findings?: Resolver<Array<ResolversTypes['FindingLink']>, ParentType, ContextType, RequireFields<StatementFindingsArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<StatementFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<StatementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<StatementMadeByArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<StatementPartOfArgs, 'first'>>;
  participants?: Resolver<Array<ResolversTypes['ParticipantLink']>, ParentType, ContextType, RequireFields<StatementParticipantsArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<StatementRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<StatementResponsesArgs, 'first'>>;
  speakers?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<StatementSpeakersArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementLink'] = ResolversParentTypes['StatementLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatusAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusAssessment'] = ResolversParentTypes['StatusAssessment']> = {
  asOf?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['StatusBasis'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ground?: Resolver<ResolversTypes['StatusGround'], ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObligationStatus'], ParentType, ContextType>;
};

export type TenureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tenure'] = ResolversParentTypes['Tenure']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<TenureConcernedByArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<TenureFiguresArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<TenureHistoryArgs, 'first'>>;
  holder?: Resolver<Maybe<ResolversTypes['PersonLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  post?: Resolver<Maybe<ResolversTypes['PostLink']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['TenureQualifier']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  startedBy?: Resolver<Array<ResolversTypes['AppointmentLink']>, ParentType, ContextType, RequireFields<TenureStartedByArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TenureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TenureConnection'] = ResolversParentTypes['TenureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TenureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TenureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TenureEdge'] = ResolversParentTypes['TenureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tenure'], ParentType, ContextType>;
};

export type TenureLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TenureLink'] = ResolversParentTypes['TenureLink']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tenure'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WarningNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WarningNotice'] = ResolversParentTypes['WarningNotice']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<WarningNoticeAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedOn?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WarningNoticeBasedOnArgs, 'first'>>;
  basisFor?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WarningNoticeBasisForArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WarningNoticeConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WarningNoticeConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<WarningNoticeFiguresArgs, 'first'>>;
  findings?: Resolver<Array<ResolversTypes['FindingLink']>, ParentType, ContextType, RequireFields<WarningNoticeFindingsArgs, 'first'>>;
  followedUpBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WarningNoticeFollowedUpByArgs, 'first'>>;
  followsUp?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WarningNoticeFollowsUpArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<WarningNoticeFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<WarningNoticeHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issued?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  issuedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<WarningNoticeIssuedByArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<WarningNoticeLegalBasisArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notice?: Resolver<ResolversTypes['NoticeOrder'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<WarningNoticeObligationsArgs, 'first'>>;
  purposes?: Resolver<Array<ResolversTypes['PurposeLink']>, ParentType, ContextType, RequireFields<WarningNoticePurposesArgs, 'first'>>;
  requiredBy?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<WarningNoticeRequiredByArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WarningNoticeRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WarningNoticeResponsesArgs, 'first'>>;
  reviewedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<WarningNoticeReviewedByArgs, 'first'>>;
  revisedBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WarningNoticeRevisedByArgs, 'first'>>;
  revises?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WarningNoticeRevisesArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<WarningNoticeStatementsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WarningNoticeSupersededByArgs, 'first'>>;
  supersedes?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WarningNoticeSupersedesArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WrittenStatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WrittenStatement'] = ResolversParentTypes['WrittenStatement']> = {
  addressees?: Resolver<Array<ResolversTypes['RecipientLink']>, ParentType, ContextType, RequireFields<WrittenStatementAddresseesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedOn?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WrittenStatementBasedOnArgs, 'first'>>;
  basisFor?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WrittenStatementBasisForArgs, 'first'>>;
  concernedBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WrittenStatementConcernedByArgs, 'first'>>;
  concerns?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WrittenStatementConcernsArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureLink']>, ParentType, ContextType, RequireFields<WrittenStatementFiguresArgs, 'first'>>;
  findings?: Resolver<Array<ResolversTypes['FindingLink']>, ParentType, ContextType, RequireFields<WrittenStatementFindingsArgs, 'first'>>;
  followedUpBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WrittenStatementFollowedUpByArgs, 'first'>>;
  followsUp?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WrittenStatementFollowsUpArgs, 'first'>>;
  fulfils?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<WrittenStatementFulfilsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<WrittenStatementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issued?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  issuedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<WrittenStatementIssuedByArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalBasisLink']>, ParentType, ContextType, RequireFields<WrittenStatementLegalBasisArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<WrittenStatementObligationsArgs, 'first'>>;
  purposes?: Resolver<Array<ResolversTypes['PurposeLink']>, ParentType, ContextType, RequireFields<WrittenStatementPurposesArgs, 'first'>>;
  requiredBy?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, RequireFields<WrittenStatementRequiredByArgs, 'first'>>;
  respondsTo?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WrittenStatementRespondsToArgs, 'first'>>;
  responses?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WrittenStatementResponsesArgs, 'first'>>;
  reviewedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<WrittenStatementReviewedByArgs, 'first'>>;
  revisedBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WrittenStatementRevisedByArgs, 'first'>>;
  revises?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType, RequireFields<WrittenStatementRevisesArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<WrittenStatementStatementsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WrittenStatementSupersededByArgs, 'first'>>;
  supersedes?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, RequireFields<WrittenStatementSupersedesArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorLink?: ActorLinkResolvers<ContextType>;
  AddSourcePayload?: AddSourcePayloadResolvers<ContextType>;
  Appointment?: AppointmentResolvers<ContextType>;
  AppointmentLink?: AppointmentLinkResolvers<ContextType>;
  AssertFactsPayload?: AssertFactsPayloadResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Consequence?: ConsequenceResolvers<ContextType>;
  ConsequenceConnection?: ConsequenceConnectionResolvers<ContextType>;
  ConsequenceEdge?: ConsequenceEdgeResolvers<ContextType>;
  ConsequenceLink?: ConsequenceLinkResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Discussion?: DiscussionResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentLink?: DocumentLinkResolvers<ContextType>;
  Duration?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  EntityLink?: EntityLinkResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventLink?: EventLinkResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceConnection?: EvidenceConnectionResolvers<ContextType>;
  EvidenceEdge?: EvidenceEdgeResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  FigureConnection?: FigureConnectionResolvers<ContextType>;
  FigureEdge?: FigureEdgeResolvers<ContextType>;
  FigureLink?: FigureLinkResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  FindingLink?: FindingLinkResolvers<ContextType>;
  Framework?: FrameworkResolvers<ContextType>;
  FuzzyDate?: FuzzyDateResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  ImprovementPlan?: ImprovementPlanResolvers<ContextType>;
  IngestDocumentPayload?: IngestDocumentPayloadResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  InitiativeConnection?: InitiativeConnectionResolvers<ContextType>;
  InitiativeEdge?: InitiativeEdgeResolvers<ContextType>;
  InitiativeLink?: InitiativeLinkResolvers<ContextType>;
  InspectionReport?: InspectionReportResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  LegalBasis?: LegalBasisResolvers<ContextType>;
  LegalBasisLink?: LegalBasisLinkResolvers<ContextType>;
  Legislation?: LegislationResolvers<ContextType>;
  LegislationConnection?: LegislationConnectionResolvers<ContextType>;
  LegislationEdge?: LegislationEdgeResolvers<ContextType>;
  LegislationLink?: LegislationLinkResolvers<ContextType>;
  Letter?: LetterResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingLink?: MeetingLinkResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  MonitoringVisit?: MonitoringVisitResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Obligation?: ObligationResolvers<ContextType>;
  ObligationConnection?: ObligationConnectionResolvers<ContextType>;
  ObligationEdge?: ObligationEdgeResolvers<ContextType>;
  ObligationLink?: ObligationLinkResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationLink?: OrganisationLinkResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  ParticipantLink?: ParticipantLinkResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonLink?: PersonLinkResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  PostConnection?: PostConnectionResolvers<ContextType>;
  PostEdge?: PostEdgeResolvers<ContextType>;
  PostLink?: PostLinkResolvers<ContextType>;
  Power?: PowerResolvers<ContextType>;
  PowerConnection?: PowerConnectionResolvers<ContextType>;
  PowerEdge?: PowerEdgeResolvers<ContextType>;
  PowerLink?: PowerLinkResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalConnection?: ProposalConnectionResolvers<ContextType>;
  ProposalDecisionPayload?: ProposalDecisionPayloadResolvers<ContextType>;
  ProposalEdge?: ProposalEdgeResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  ProvisionConnection?: ProvisionConnectionResolvers<ContextType>;
  ProvisionEdge?: ProvisionEdgeResolvers<ContextType>;
  ProvisionLink?: ProvisionLinkResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  Purpose?: PurposeResolvers<ContextType>;
  PurposeConnection?: PurposeConnectionResolvers<ContextType>;
  PurposeEdge?: PurposeEdgeResolvers<ContextType>;
  PurposeLink?: PurposeLinkResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recipient?: RecipientResolvers<ContextType>;
  RecipientLink?: RecipientLinkResolvers<ContextType>;
  Request?: RequestResolvers<ContextType>;
  RequestConnection?: RequestConnectionResolvers<ContextType>;
  RequestEdge?: RequestEdgeResolvers<ContextType>;
  RequestLink?: RequestLinkResolvers<ContextType>;
  RetractFactsPayload?: RetractFactsPayloadResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  RevisionConnection?: RevisionConnectionResolvers<ContextType>;
  RevisionEdge?: RevisionEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementLink?: StatementLinkResolvers<ContextType>;
  StatusAssessment?: StatusAssessmentResolvers<ContextType>;
  Tenure?: TenureResolvers<ContextType>;
  TenureConnection?: TenureConnectionResolvers<ContextType>;
  TenureEdge?: TenureEdgeResolvers<ContextType>;
  TenureLink?: TenureLinkResolvers<ContextType>;
  WarningNotice?: WarningNoticeResolvers<ContextType>;
  WrittenStatement?: WrittenStatementResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  relationship?: RelationshipDirectiveResolver<any, any, ContextType>;
  status?: StatusDirectiveResolver<any, any, ContextType>;
};
