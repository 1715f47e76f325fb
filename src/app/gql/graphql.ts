/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Whether a document exists or is only demanded. */
export type DocumentStatus =
  /** The document was issued, submitted or published. */
  | 'ISSUED'
  /** The document is demanded by an obligation and not yet seen in the sources. */
  | 'REQUIRED';

/** Duty imposed by another, or an undertaking given by the bearer itself. */
export type ObligationKind =
  /** Imposed by another party. */
  | 'DUTY'
  /** Given by the bearer itself (a promise). */
  | 'UNDERTAKING';

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

/** What a reviewer changes in a proposal before accepting it. */
export type ProposalEditInput = {
  /** Another name for the record. */
  name?: string | null | undefined;
  /** Properties to set on the record, as a JSON object in the seed's format (`{"due": {...}}`). */
  propsJson?: string | null | undefined;
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

/** How firmly the sources give the fact a status turns on. */
export type StatusBasis =
  /** Counted from another fact's date by a stated rule ('within six months of the date of this notice'). */
  | 'COMPUTED'
  /** Read between sentences, or completed by the curators (a year the words leave out, an approximate start): the fact is `inferred` in the graph. */
  | 'INFERRED'
  /** In the sources' own words. */
  | 'STATED';

/** How a tenure is qualified. */
export type TenureQualifier =
  /** Acting in the post. */
  | 'ACTING'
  /** Holding the post for an interim period. */
  | 'INTERIM'
  /** Newly appointed when the source was written. */
  | 'NEWLY_APPOINTED';

export type AppSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type AppSearchQuery = { search: Array<{ type: string, score: number, node:
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
      | { key: string, name: string, aliases: Array<string> }
     }> };

export type EntityActorQueryVariables = Exact<{
  key: string;
}>;


export type EntityActorQuery = { entity:
    | { __typename: 'Appointment', key: string }
    | { __typename: 'Consequence', key: string }
    | { __typename: 'Discussion', key: string }
    | { __typename: 'Figure', key: string }
    | { __typename: 'Finding', key: string }
    | { __typename: 'Framework', key: string }
    | { __typename: 'ImprovementPlan', key: string }
    | { __typename: 'Initiative', key: string }
    | { __typename: 'InspectionReport', key: string }
    | { __typename: 'Legislation', key: string }
    | { __typename: 'Letter', key: string }
    | { __typename: 'Meeting', key: string }
    | { __typename: 'MonitoringVisit', key: string }
    | { __typename: 'Obligation', key: string }
    | { __typename: 'Organisation', key: string, organisationKind: OrganisationKind, posts: Array<{ node: { key: string, name: string } }>, documentsIssued: Array<{ node:
          | { __typename: 'Framework', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'ImprovementPlan', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'InspectionReport', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'Letter', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'WarningNotice', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'WrittenStatement', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
         }>, requestsMade: Array<{ node: { key: string, name: string, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }>, requestsReceived: Array<{ node: { key: string, name: string, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }>, statements: Array<{ node: { key: string, name: string, text: string, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }> }
    | { __typename: 'Person', honorific: string | null, key: string, posts: Array<{ node: { key: string, name: string, qualifier: TenureQualifier | null, start: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, end: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, post: { node: { key: string, name: string } } | null } }>, documentsIssued: Array<{ node:
          | { __typename: 'Framework', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'ImprovementPlan', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'InspectionReport', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'Letter', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'WarningNotice', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'WrittenStatement', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
         }>, requestsMade: Array<{ node: { key: string, name: string, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }>, requestsReceived: Array<{ node: { key: string, name: string, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }>, statements: Array<{ node: { key: string, name: string, text: string, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }> }
    | { __typename: 'Post', key: string }
    | { __typename: 'Power', key: string }
    | { __typename: 'Provision', key: string }
    | { __typename: 'Publication', key: string }
    | { __typename: 'Purpose', key: string }
    | { __typename: 'Request', key: string }
    | { __typename: 'Statement', key: string }
    | { __typename: 'Tenure', key: string }
    | { __typename: 'WarningNotice', key: string }
    | { __typename: 'WrittenStatement', key: string }
   | null };

export type EntityActorObligationsQueryVariables = Exact<{
  key: string;
  day?: string | null | undefined;
}>;


export type EntityActorObligationsQuery = { entity:
    | { __typename: 'Appointment', key: string }
    | { __typename: 'Consequence', key: string }
    | { __typename: 'Discussion', key: string }
    | { __typename: 'Figure', key: string }
    | { __typename: 'Finding', key: string }
    | { __typename: 'Framework', key: string }
    | { __typename: 'ImprovementPlan', key: string }
    | { __typename: 'Initiative', key: string }
    | { __typename: 'InspectionReport', key: string }
    | { __typename: 'Legislation', key: string }
    | { __typename: 'Letter', key: string }
    | { __typename: 'Meeting', key: string }
    | { __typename: 'MonitoringVisit', key: string }
    | { __typename: 'Obligation', key: string }
    | { __typename: 'Organisation', key: string, obligationsBorne: Array<{ node: { key: string, name: string, status: ObligationStatus } }>, obligationsImposed: Array<{ node: { key: string, name: string, status: ObligationStatus } }> }
    | { __typename: 'Person', key: string, obligationsBorne: Array<{ node: { key: string, name: string, status: ObligationStatus } }>, obligationsImposed: Array<{ node: { key: string, name: string, status: ObligationStatus } }> }
    | { __typename: 'Post', key: string }
    | { __typename: 'Power', key: string }
    | { __typename: 'Provision', key: string }
    | { __typename: 'Publication', key: string }
    | { __typename: 'Purpose', key: string }
    | { __typename: 'Request', key: string }
    | { __typename: 'Statement', key: string }
    | { __typename: 'Tenure', key: string }
    | { __typename: 'WarningNotice', key: string }
    | { __typename: 'WrittenStatement', key: string }
   | null };

export type EntityDocumentQueryVariables = Exact<{
  key: string;
  day?: string | null | undefined;
}>;


export type EntityDocumentQuery = { entity:
    | { __typename: 'Appointment', key: string }
    | { __typename: 'Consequence', key: string }
    | { __typename: 'Discussion', key: string }
    | { __typename: 'Figure', key: string }
    | { __typename: 'Finding', key: string }
    | { __typename: 'Framework', title: string | null, key: string, documentStatus: DocumentStatus, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, issuedBy: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
         }>, addressees: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
         }>, obligations: Array<{ node: { key: string, name: string, status: ObligationStatus, dueDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }> }
    | { __typename: 'ImprovementPlan', title: string | null, key: string, documentStatus: DocumentStatus, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, issuedBy: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
         }>, addressees: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
         }>, obligations: Array<{ node: { key: string, name: string, status: ObligationStatus, dueDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }> }
    | { __typename: 'Initiative', key: string }
    | { __typename: 'InspectionReport', title: string | null, key: string, documentStatus: DocumentStatus, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, issuedBy: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
         }>, addressees: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
         }>, obligations: Array<{ node: { key: string, name: string, status: ObligationStatus, dueDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }> }
    | { __typename: 'Legislation', key: string }
    | { __typename: 'Letter', title: string | null, key: string, documentStatus: DocumentStatus, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, issuedBy: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
         }>, addressees: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
         }>, obligations: Array<{ node: { key: string, name: string, status: ObligationStatus, dueDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }> }
    | { __typename: 'Meeting', key: string }
    | { __typename: 'MonitoringVisit', key: string }
    | { __typename: 'Obligation', key: string }
    | { __typename: 'Organisation', key: string }
    | { __typename: 'Person', key: string }
    | { __typename: 'Post', key: string }
    | { __typename: 'Power', key: string }
    | { __typename: 'Provision', key: string }
    | { __typename: 'Publication', key: string }
    | { __typename: 'Purpose', key: string }
    | { __typename: 'Request', key: string }
    | { __typename: 'Statement', key: string }
    | { __typename: 'Tenure', key: string }
    | { __typename: 'WarningNotice', title: string | null, key: string, documentStatus: DocumentStatus, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, issuedBy: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
         }>, addressees: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
         }>, obligations: Array<{ node: { key: string, name: string, status: ObligationStatus, dueDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }> }
    | { __typename: 'WrittenStatement', title: string | null, key: string, documentStatus: DocumentStatus, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, issuedBy: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
         }>, addressees: Array<{ node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
         }>, obligations: Array<{ node: { key: string, name: string, status: ObligationStatus, dueDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null } }> }
   | null };

export type EntityHeadQueryVariables = Exact<{
  key: string;
}>;


export type EntityHeadQuery = { entity:
    | { __typename: 'Appointment', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Consequence', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Discussion', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Figure', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Finding', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Framework', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'ImprovementPlan', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Initiative', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'InspectionReport', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Legislation', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Letter', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Meeting', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'MonitoringVisit', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Obligation', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Organisation', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Person', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Post', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Power', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Provision', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Publication', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Purpose', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Request', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Statement', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Tenure', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'WarningNotice', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'WrittenStatement', key: string, name: string, description: string | null, aliases: Array<string>, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string } }>, concernedBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
   | null };

export type EntityObligationQueryVariables = Exact<{
  key: string;
  day?: string | null | undefined;
}>;


export type EntityObligationQuery = { entity:
    | { __typename: 'Appointment', key: string }
    | { __typename: 'Consequence', key: string }
    | { __typename: 'Discussion', key: string }
    | { __typename: 'Figure', key: string }
    | { __typename: 'Finding', key: string }
    | { __typename: 'Framework', key: string }
    | { __typename: 'ImprovementPlan', key: string }
    | { __typename: 'Initiative', key: string }
    | { __typename: 'InspectionReport', key: string }
    | { __typename: 'Legislation', key: string }
    | { __typename: 'Letter', key: string }
    | { __typename: 'Meeting', key: string }
    | { __typename: 'MonitoringVisit', key: string }
    | { __typename: 'Obligation', action: string, statusNote: string | null, status: ObligationStatus, key: string, obligationKind: ObligationKind, statusAssessment: { status: ObligationStatus, basis: StatusBasis, explanation: string }, imposedDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, dueDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, bearer: { node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
         } | null, imposedBy: { node:
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
         } | null, imposingDocument: { node:
          | { __typename: 'Framework', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'ImprovementPlan', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'InspectionReport', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'Letter', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'WarningNotice', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
          | { __typename: 'WrittenStatement', key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
         } | null, legalBasis: Array<{ node:
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
         }>, consequenceOfBreach: Array<{ node: { key: string, name: string } }>, fulfilledBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }>, supersededBy: Array<{ inferred: boolean, role: string | null, node:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }> }
    | { __typename: 'Organisation', key: string }
    | { __typename: 'Person', key: string }
    | { __typename: 'Post', key: string }
    | { __typename: 'Power', key: string }
    | { __typename: 'Provision', key: string }
    | { __typename: 'Publication', key: string }
    | { __typename: 'Purpose', key: string }
    | { __typename: 'Request', key: string }
    | { __typename: 'Statement', key: string }
    | { __typename: 'Tenure', key: string }
    | { __typename: 'WarningNotice', key: string }
    | { __typename: 'WrittenStatement', key: string }
   | null };

export type EntityIdQueryVariables = Exact<{
  key: string;
}>;


export type EntityIdQuery = { entity:
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
    | { id: string, key: string, name: string }
   | null };

export type GraphAroundQueryVariables = Exact<{
  id: string | number;
}>;


export type GraphAroundQuery = { neighbourhood: { truncated: boolean, centre:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , nodes: Array<
      | { __typename: 'Appointment', id: string, key: string, name: string }
      | { __typename: 'Consequence', id: string, key: string, name: string }
      | { __typename: 'Discussion', id: string, key: string, name: string }
      | { __typename: 'Figure', id: string, key: string, name: string }
      | { __typename: 'Finding', id: string, key: string, name: string }
      | { __typename: 'Framework', id: string, key: string, name: string }
      | { __typename: 'ImprovementPlan', id: string, key: string, name: string }
      | { __typename: 'Initiative', id: string, key: string, name: string }
      | { __typename: 'InspectionReport', id: string, key: string, name: string }
      | { __typename: 'Legislation', id: string, key: string, name: string }
      | { __typename: 'Letter', id: string, key: string, name: string }
      | { __typename: 'Meeting', id: string, key: string, name: string }
      | { __typename: 'MonitoringVisit', id: string, key: string, name: string }
      | { __typename: 'Obligation', id: string, key: string, name: string }
      | { __typename: 'Organisation', id: string, key: string, name: string }
      | { __typename: 'Person', id: string, key: string, name: string }
      | { __typename: 'Post', id: string, key: string, name: string }
      | { __typename: 'Power', id: string, key: string, name: string }
      | { __typename: 'Provision', id: string, key: string, name: string }
      | { __typename: 'Publication', id: string, key: string, name: string }
      | { __typename: 'Purpose', id: string, key: string, name: string }
      | { __typename: 'Request', id: string, key: string, name: string }
      | { __typename: 'Statement', id: string, key: string, name: string }
      | { __typename: 'Tenure', id: string, key: string, name: string }
      | { __typename: 'WarningNotice', id: string, key: string, name: string }
      | { __typename: 'WrittenStatement', id: string, key: string, name: string }
    >, edges: Array<{ key: string, type: string, inferred: boolean, start:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , end:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type ObligationStatusOnQueryVariables = Exact<{
  key: string;
  day: string;
}>;


export type ObligationStatusOnQuery = { entity:
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string, statusAssessment: { status: ObligationStatus, asOf: string, basis: StatusBasis, explanation: string } }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
   | null };

export type ReviewProposalFragment = { key: string, kind: ProposalKind, rule: string, quote: string, start: number, end: number, confidence: number, status: ProposalStatus, recordType: string | null, recordName: string | null, recordJson: string | null, reason: string | null, decidedAt: string | null, decidedBy: string | null, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, entity:
    | { __typename: 'Appointment', key: string, name: string }
    | { __typename: 'Consequence', key: string, name: string }
    | { __typename: 'Discussion', key: string, name: string }
    | { __typename: 'Figure', key: string, name: string }
    | { __typename: 'Finding', key: string, name: string }
    | { __typename: 'Framework', key: string, name: string }
    | { __typename: 'ImprovementPlan', key: string, name: string }
    | { __typename: 'Initiative', key: string, name: string }
    | { __typename: 'InspectionReport', key: string, name: string }
    | { __typename: 'Legislation', key: string, name: string }
    | { __typename: 'Letter', key: string, name: string }
    | { __typename: 'Meeting', key: string, name: string }
    | { __typename: 'MonitoringVisit', key: string, name: string }
    | { __typename: 'Obligation', key: string, name: string }
    | { __typename: 'Organisation', key: string, name: string }
    | { __typename: 'Person', key: string, name: string }
    | { __typename: 'Post', key: string, name: string }
    | { __typename: 'Power', key: string, name: string }
    | { __typename: 'Provision', key: string, name: string }
    | { __typename: 'Publication', key: string, name: string }
    | { __typename: 'Purpose', key: string, name: string }
    | { __typename: 'Request', key: string, name: string }
    | { __typename: 'Statement', key: string, name: string }
    | { __typename: 'Tenure', key: string, name: string }
    | { __typename: 'WarningNotice', key: string, name: string }
    | { __typename: 'WrittenStatement', key: string, name: string }
   | null, fulfils: { key: string, name: string } | null, result:
    | { __typename: 'Appointment', key: string, name: string }
    | { __typename: 'Consequence', key: string, name: string }
    | { __typename: 'Discussion', key: string, name: string }
    | { __typename: 'Figure', key: string, name: string }
    | { __typename: 'Finding', key: string, name: string }
    | { __typename: 'Framework', key: string, name: string }
    | { __typename: 'ImprovementPlan', key: string, name: string }
    | { __typename: 'Initiative', key: string, name: string }
    | { __typename: 'InspectionReport', key: string, name: string }
    | { __typename: 'Legislation', key: string, name: string }
    | { __typename: 'Letter', key: string, name: string }
    | { __typename: 'Meeting', key: string, name: string }
    | { __typename: 'MonitoringVisit', key: string, name: string }
    | { __typename: 'Obligation', key: string, name: string }
    | { __typename: 'Organisation', key: string, name: string }
    | { __typename: 'Person', key: string, name: string }
    | { __typename: 'Post', key: string, name: string }
    | { __typename: 'Power', key: string, name: string }
    | { __typename: 'Provision', key: string, name: string }
    | { __typename: 'Publication', key: string, name: string }
    | { __typename: 'Purpose', key: string, name: string }
    | { __typename: 'Request', key: string, name: string }
    | { __typename: 'Statement', key: string, name: string }
    | { __typename: 'Tenure', key: string, name: string }
    | { __typename: 'WarningNotice', key: string, name: string }
    | { __typename: 'WrittenStatement', key: string, name: string }
   | null };

export type ReviewQueueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, kind: ProposalKind, document: { key: string, title: string } } }> } };

export type ReviewDocumentQueryVariables = Exact<{
  document: string;
  after?: string | null | undefined;
}>;


export type ReviewDocumentQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, kind: ProposalKind, rule: string, quote: string, start: number, end: number, confidence: number, status: ProposalStatus, recordType: string | null, recordName: string | null, recordJson: string | null, reason: string | null, decidedAt: string | null, decidedBy: string | null, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, entity:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
         | null, fulfils: { key: string, name: string } | null, result:
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
         | null } }> } };

export type AcceptProposalMutationVariables = Exact<{
  key: string;
  edit?: ProposalEditInput | null | undefined;
}>;


export type AcceptProposalMutation = { acceptProposal: { proposal: { key: string, kind: ProposalKind, rule: string, quote: string, start: number, end: number, confidence: number, status: ProposalStatus, recordType: string | null, recordName: string | null, recordJson: string | null, reason: string | null, decidedAt: string | null, decidedBy: string | null, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, entity:
        | { __typename: 'Appointment', key: string, name: string }
        | { __typename: 'Consequence', key: string, name: string }
        | { __typename: 'Discussion', key: string, name: string }
        | { __typename: 'Figure', key: string, name: string }
        | { __typename: 'Finding', key: string, name: string }
        | { __typename: 'Framework', key: string, name: string }
        | { __typename: 'ImprovementPlan', key: string, name: string }
        | { __typename: 'Initiative', key: string, name: string }
        | { __typename: 'InspectionReport', key: string, name: string }
        | { __typename: 'Legislation', key: string, name: string }
        | { __typename: 'Letter', key: string, name: string }
        | { __typename: 'Meeting', key: string, name: string }
        | { __typename: 'MonitoringVisit', key: string, name: string }
        | { __typename: 'Obligation', key: string, name: string }
        | { __typename: 'Organisation', key: string, name: string }
        | { __typename: 'Person', key: string, name: string }
        | { __typename: 'Post', key: string, name: string }
        | { __typename: 'Power', key: string, name: string }
        | { __typename: 'Provision', key: string, name: string }
        | { __typename: 'Publication', key: string, name: string }
        | { __typename: 'Purpose', key: string, name: string }
        | { __typename: 'Request', key: string, name: string }
        | { __typename: 'Statement', key: string, name: string }
        | { __typename: 'Tenure', key: string, name: string }
        | { __typename: 'WarningNotice', key: string, name: string }
        | { __typename: 'WrittenStatement', key: string, name: string }
       | null, fulfils: { key: string, name: string } | null, result:
        | { __typename: 'Appointment', key: string, name: string }
        | { __typename: 'Consequence', key: string, name: string }
        | { __typename: 'Discussion', key: string, name: string }
        | { __typename: 'Figure', key: string, name: string }
        | { __typename: 'Finding', key: string, name: string }
        | { __typename: 'Framework', key: string, name: string }
        | { __typename: 'ImprovementPlan', key: string, name: string }
        | { __typename: 'Initiative', key: string, name: string }
        | { __typename: 'InspectionReport', key: string, name: string }
        | { __typename: 'Legislation', key: string, name: string }
        | { __typename: 'Letter', key: string, name: string }
        | { __typename: 'Meeting', key: string, name: string }
        | { __typename: 'MonitoringVisit', key: string, name: string }
        | { __typename: 'Obligation', key: string, name: string }
        | { __typename: 'Organisation', key: string, name: string }
        | { __typename: 'Person', key: string, name: string }
        | { __typename: 'Post', key: string, name: string }
        | { __typename: 'Power', key: string, name: string }
        | { __typename: 'Provision', key: string, name: string }
        | { __typename: 'Publication', key: string, name: string }
        | { __typename: 'Purpose', key: string, name: string }
        | { __typename: 'Request', key: string, name: string }
        | { __typename: 'Statement', key: string, name: string }
        | { __typename: 'Tenure', key: string, name: string }
        | { __typename: 'WarningNotice', key: string, name: string }
        | { __typename: 'WrittenStatement', key: string, name: string }
       | null } } };

export type MergeProposalMutationVariables = Exact<{
  key: string;
  into: string;
}>;


export type MergeProposalMutation = { mergeProposal: { proposal: { key: string, kind: ProposalKind, rule: string, quote: string, start: number, end: number, confidence: number, status: ProposalStatus, recordType: string | null, recordName: string | null, recordJson: string | null, reason: string | null, decidedAt: string | null, decidedBy: string | null, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, entity:
        | { __typename: 'Appointment', key: string, name: string }
        | { __typename: 'Consequence', key: string, name: string }
        | { __typename: 'Discussion', key: string, name: string }
        | { __typename: 'Figure', key: string, name: string }
        | { __typename: 'Finding', key: string, name: string }
        | { __typename: 'Framework', key: string, name: string }
        | { __typename: 'ImprovementPlan', key: string, name: string }
        | { __typename: 'Initiative', key: string, name: string }
        | { __typename: 'InspectionReport', key: string, name: string }
        | { __typename: 'Legislation', key: string, name: string }
        | { __typename: 'Letter', key: string, name: string }
        | { __typename: 'Meeting', key: string, name: string }
        | { __typename: 'MonitoringVisit', key: string, name: string }
        | { __typename: 'Obligation', key: string, name: string }
        | { __typename: 'Organisation', key: string, name: string }
        | { __typename: 'Person', key: string, name: string }
        | { __typename: 'Post', key: string, name: string }
        | { __typename: 'Power', key: string, name: string }
        | { __typename: 'Provision', key: string, name: string }
        | { __typename: 'Publication', key: string, name: string }
        | { __typename: 'Purpose', key: string, name: string }
        | { __typename: 'Request', key: string, name: string }
        | { __typename: 'Statement', key: string, name: string }
        | { __typename: 'Tenure', key: string, name: string }
        | { __typename: 'WarningNotice', key: string, name: string }
        | { __typename: 'WrittenStatement', key: string, name: string }
       | null, fulfils: { key: string, name: string } | null, result:
        | { __typename: 'Appointment', key: string, name: string }
        | { __typename: 'Consequence', key: string, name: string }
        | { __typename: 'Discussion', key: string, name: string }
        | { __typename: 'Figure', key: string, name: string }
        | { __typename: 'Finding', key: string, name: string }
        | { __typename: 'Framework', key: string, name: string }
        | { __typename: 'ImprovementPlan', key: string, name: string }
        | { __typename: 'Initiative', key: string, name: string }
        | { __typename: 'InspectionReport', key: string, name: string }
        | { __typename: 'Legislation', key: string, name: string }
        | { __typename: 'Letter', key: string, name: string }
        | { __typename: 'Meeting', key: string, name: string }
        | { __typename: 'MonitoringVisit', key: string, name: string }
        | { __typename: 'Obligation', key: string, name: string }
        | { __typename: 'Organisation', key: string, name: string }
        | { __typename: 'Person', key: string, name: string }
        | { __typename: 'Post', key: string, name: string }
        | { __typename: 'Power', key: string, name: string }
        | { __typename: 'Provision', key: string, name: string }
        | { __typename: 'Publication', key: string, name: string }
        | { __typename: 'Purpose', key: string, name: string }
        | { __typename: 'Request', key: string, name: string }
        | { __typename: 'Statement', key: string, name: string }
        | { __typename: 'Tenure', key: string, name: string }
        | { __typename: 'WarningNotice', key: string, name: string }
        | { __typename: 'WrittenStatement', key: string, name: string }
       | null } } };

export type RejectProposalMutationVariables = Exact<{
  key: string;
  reason: string;
}>;


export type RejectProposalMutation = { rejectProposal: { proposal: { key: string, kind: ProposalKind, rule: string, quote: string, start: number, end: number, confidence: number, status: ProposalStatus, recordType: string | null, recordName: string | null, recordJson: string | null, reason: string | null, decidedAt: string | null, decidedBy: string | null, date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, entity:
        | { __typename: 'Appointment', key: string, name: string }
        | { __typename: 'Consequence', key: string, name: string }
        | { __typename: 'Discussion', key: string, name: string }
        | { __typename: 'Figure', key: string, name: string }
        | { __typename: 'Finding', key: string, name: string }
        | { __typename: 'Framework', key: string, name: string }
        | { __typename: 'ImprovementPlan', key: string, name: string }
        | { __typename: 'Initiative', key: string, name: string }
        | { __typename: 'InspectionReport', key: string, name: string }
        | { __typename: 'Legislation', key: string, name: string }
        | { __typename: 'Letter', key: string, name: string }
        | { __typename: 'Meeting', key: string, name: string }
        | { __typename: 'MonitoringVisit', key: string, name: string }
        | { __typename: 'Obligation', key: string, name: string }
        | { __typename: 'Organisation', key: string, name: string }
        | { __typename: 'Person', key: string, name: string }
        | { __typename: 'Post', key: string, name: string }
        | { __typename: 'Power', key: string, name: string }
        | { __typename: 'Provision', key: string, name: string }
        | { __typename: 'Publication', key: string, name: string }
        | { __typename: 'Purpose', key: string, name: string }
        | { __typename: 'Request', key: string, name: string }
        | { __typename: 'Statement', key: string, name: string }
        | { __typename: 'Tenure', key: string, name: string }
        | { __typename: 'WarningNotice', key: string, name: string }
        | { __typename: 'WrittenStatement', key: string, name: string }
       | null, fulfils: { key: string, name: string } | null, result:
        | { __typename: 'Appointment', key: string, name: string }
        | { __typename: 'Consequence', key: string, name: string }
        | { __typename: 'Discussion', key: string, name: string }
        | { __typename: 'Figure', key: string, name: string }
        | { __typename: 'Finding', key: string, name: string }
        | { __typename: 'Framework', key: string, name: string }
        | { __typename: 'ImprovementPlan', key: string, name: string }
        | { __typename: 'Initiative', key: string, name: string }
        | { __typename: 'InspectionReport', key: string, name: string }
        | { __typename: 'Legislation', key: string, name: string }
        | { __typename: 'Letter', key: string, name: string }
        | { __typename: 'Meeting', key: string, name: string }
        | { __typename: 'MonitoringVisit', key: string, name: string }
        | { __typename: 'Obligation', key: string, name: string }
        | { __typename: 'Organisation', key: string, name: string }
        | { __typename: 'Person', key: string, name: string }
        | { __typename: 'Post', key: string, name: string }
        | { __typename: 'Power', key: string, name: string }
        | { __typename: 'Provision', key: string, name: string }
        | { __typename: 'Publication', key: string, name: string }
        | { __typename: 'Purpose', key: string, name: string }
        | { __typename: 'Request', key: string, name: string }
        | { __typename: 'Statement', key: string, name: string }
        | { __typename: 'Tenure', key: string, name: string }
        | { __typename: 'WarningNotice', key: string, name: string }
        | { __typename: 'WrittenStatement', key: string, name: string }
       | null } } };

export type SourceListQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceListQuery = { sources: { edges: Array<{ node: { id: string, key: string, title: string, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } } }> } };

export type SourcePassagesQueryVariables = Exact<{
  source: string | number;
  after?: string | null | undefined;
}>;


export type SourcePassagesQuery = { passages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, quote: string, start: number, end: number, facts: Array<
          | { __typename: 'Appointment', key: string, name: string }
          | { __typename: 'Consequence', key: string, name: string }
          | { __typename: 'Discussion', key: string, name: string }
          | { __typename: 'Figure', key: string, name: string }
          | { __typename: 'Finding', key: string, name: string }
          | { __typename: 'Framework', key: string, name: string }
          | { __typename: 'ImprovementPlan', key: string, name: string }
          | { __typename: 'Initiative', key: string, name: string }
          | { __typename: 'InspectionReport', key: string, name: string }
          | { __typename: 'Legislation', key: string, name: string }
          | { __typename: 'Letter', key: string, name: string }
          | { __typename: 'Meeting', key: string, name: string }
          | { __typename: 'MonitoringVisit', key: string, name: string }
          | { __typename: 'Obligation', key: string, name: string }
          | { __typename: 'Organisation', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Post', key: string, name: string }
          | { __typename: 'Power', key: string, name: string }
          | { __typename: 'Provision', key: string, name: string }
          | { __typename: 'Publication', key: string, name: string }
          | { __typename: 'Purpose', key: string, name: string }
          | { __typename: 'Request', key: string, name: string }
          | { __typename: 'Statement', key: string, name: string }
          | { __typename: 'Tenure', key: string, name: string }
          | { __typename: 'WarningNotice', key: string, name: string }
          | { __typename: 'WrittenStatement', key: string, name: string }
        > } }> } };

export type SourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceTextQuery = { node:
    | { key: string, title: string, publisher: string | null, content: string, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } }
    | Record<PropertyKey, never>
   | null };

export type TimelineObligationsQueryVariables = Exact<{
  day: string;
  known?: string | null | undefined;
  bearer?: string | number | null | undefined;
  imposer?: string | number | null | undefined;
  document?: string | number | null | undefined;
}>;


export type TimelineObligationsQuery = { obligations: { totalCount: number, edges: Array<{ node: { key: string, name: string, action: string, kind: ObligationKind, status: ObligationStatus, statusAssessment: { basis: StatusBasis, explanation: string }, imposedDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, dueDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null, bearer: { node:
            | { key: string, name: string }
            | { key: string, name: string }
           } | null, imposedBy: { node:
            | { key: string, name: string }
            | { key: string, name: string }
           } | null, imposingDocument: { node:
            | { key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
            | { key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
            | { key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
            | { key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
            | { key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
            | { key: string, name: string, issued: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null }
           } | null } }> } };

export type DayFragment = { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null };

export type PassageFragment = { key: string, quote: string, start: number, end: number, source: { key: string, title: string } };

export type LinkEndFragment = { inferred: boolean, role: string | null, node:
    | { __typename: 'Appointment', key: string, name: string }
    | { __typename: 'Consequence', key: string, name: string }
    | { __typename: 'Discussion', key: string, name: string }
    | { __typename: 'Figure', key: string, name: string }
    | { __typename: 'Finding', key: string, name: string }
    | { __typename: 'Framework', key: string, name: string }
    | { __typename: 'ImprovementPlan', key: string, name: string }
    | { __typename: 'Initiative', key: string, name: string }
    | { __typename: 'InspectionReport', key: string, name: string }
    | { __typename: 'Legislation', key: string, name: string }
    | { __typename: 'Letter', key: string, name: string }
    | { __typename: 'Meeting', key: string, name: string }
    | { __typename: 'MonitoringVisit', key: string, name: string }
    | { __typename: 'Obligation', key: string, name: string }
    | { __typename: 'Organisation', key: string, name: string }
    | { __typename: 'Person', key: string, name: string }
    | { __typename: 'Post', key: string, name: string }
    | { __typename: 'Power', key: string, name: string }
    | { __typename: 'Provision', key: string, name: string }
    | { __typename: 'Publication', key: string, name: string }
    | { __typename: 'Purpose', key: string, name: string }
    | { __typename: 'Request', key: string, name: string }
    | { __typename: 'Statement', key: string, name: string }
    | { __typename: 'Tenure', key: string, name: string }
    | { __typename: 'WarningNotice', key: string, name: string }
    | { __typename: 'WrittenStatement', key: string, name: string }
  , date: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, inference: string | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DayFragmentDoc = new TypedDocumentString(`
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}
    `, {"fragmentName":"Day"}) as unknown as TypedDocumentString<DayFragment, unknown>;
export const ReviewProposalFragmentDoc = new TypedDocumentString(`
    fragment ReviewProposal on Proposal {
  key
  kind
  rule
  quote
  start
  end
  confidence
  status
  recordType
  recordName
  recordJson
  reason
  decidedAt
  decidedBy
  date {
    ...Day
  }
  entity {
    __typename
    key
    name
  }
  fulfils {
    key
    name
  }
  result {
    __typename
    key
    name
  }
}
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`, {"fragmentName":"ReviewProposal"}) as unknown as TypedDocumentString<ReviewProposalFragment, unknown>;
export const PassageFragmentDoc = new TypedDocumentString(`
    fragment Passage on Evidence {
  key
  quote
  start
  end
  source {
    key
    title
  }
}
    `, {"fragmentName":"Passage"}) as unknown as TypedDocumentString<PassageFragment, unknown>;
export const LinkEndFragmentDoc = new TypedDocumentString(`
    fragment LinkEnd on EntityLink {
  node {
    __typename
    key
    name
  }
  inferred
  role
  date {
    ...Day
  }
}
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`, {"fragmentName":"LinkEnd"}) as unknown as TypedDocumentString<LinkEndFragment, unknown>;
export const AppSearchDocument = new TypedDocumentString(`
    query AppSearch($text: String!, $first: Int = 12) {
  search(text: $text, first: $first) {
    type
    score
    node {
      key
      name
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<AppSearchQuery, AppSearchQueryVariables>;
export const EntityActorDocument = new TypedDocumentString(`
    query EntityActor($key: String!) {
  entity(key: $key) {
    __typename
    key
    ... on Person {
      honorific
      posts(first: 50) {
        node {
          key
          name
          qualifier
          start {
            ...Day
          }
          end {
            ...Day
          }
          post {
            node {
              key
              name
            }
          }
        }
      }
    }
    ... on Organisation {
      organisationKind: kind
      posts(first: 50) {
        node {
          key
          name
        }
      }
    }
    ... on Actor {
      documentsIssued(first: 50) {
        node {
          __typename
          key
          name
          issued {
            ...Day
          }
        }
      }
      requestsMade(first: 50) {
        node {
          key
          name
          date {
            ...Day
          }
        }
      }
      requestsReceived(first: 50) {
        node {
          key
          name
          date {
            ...Day
          }
        }
      }
      statements(first: 50) {
        node {
          key
          name
          text
          date {
            ...Day
          }
        }
      }
    }
  }
}
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`) as unknown as TypedDocumentString<EntityActorQuery, EntityActorQueryVariables>;
export const EntityActorObligationsDocument = new TypedDocumentString(`
    query EntityActorObligations($key: String!, $day: LocalDate) {
  entity(key: $key, asOf: $day) {
    __typename
    key
    ... on Actor {
      obligationsBorne(first: 50) {
        node {
          key
          name
          status
        }
      }
      obligationsImposed(first: 50) {
        node {
          key
          name
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityActorObligationsQuery, EntityActorObligationsQueryVariables>;
export const EntityDocumentDocument = new TypedDocumentString(`
    query EntityDocument($key: String!, $day: LocalDate) {
  entity(key: $key, asOf: $day) {
    __typename
    key
    ... on Document {
      title
      documentStatus: status
      issued {
        ...Day
      }
      issuedBy(first: 20) {
        node {
          __typename
          key
          name
        }
      }
      addressees(first: 20) {
        node {
          __typename
          key
          name
        }
      }
      obligations(first: 50) {
        node {
          key
          name
          status
          dueDate {
            ...Day
          }
        }
      }
    }
  }
}
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`) as unknown as TypedDocumentString<EntityDocumentQuery, EntityDocumentQueryVariables>;
export const EntityHeadDocument = new TypedDocumentString(`
    query EntityHead($key: String!) {
  entity(key: $key) {
    __typename
    key
    name
    description
    aliases
    evidence {
      ...Passage
    }
    concernedBy(first: 50) {
      ...LinkEnd
    }
  }
}
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}
fragment Passage on Evidence {
  key
  quote
  start
  end
  source {
    key
    title
  }
}
fragment LinkEnd on EntityLink {
  node {
    __typename
    key
    name
  }
  inferred
  role
  date {
    ...Day
  }
}`) as unknown as TypedDocumentString<EntityHeadQuery, EntityHeadQueryVariables>;
export const EntityObligationDocument = new TypedDocumentString(`
    query EntityObligation($key: String!, $day: LocalDate) {
  entity(key: $key, asOf: $day) {
    __typename
    key
    ... on Obligation {
      obligationKind: kind
      action
      statusNote
      status
      statusAssessment {
        status
        basis
        explanation
      }
      imposedDate {
        ...Day
      }
      dueDate {
        ...Day
      }
      bearer {
        node {
          __typename
          key
          name
        }
      }
      imposedBy {
        node {
          __typename
          key
          name
        }
      }
      imposingDocument {
        node {
          __typename
          key
          name
          issued {
            ...Day
          }
        }
      }
      legalBasis(first: 20) {
        node {
          __typename
          key
          name
        }
      }
      consequenceOfBreach(first: 20) {
        node {
          key
          name
        }
      }
      fulfilledBy(first: 20) {
        ...LinkEnd
      }
      supersededBy(first: 20) {
        ...LinkEnd
      }
    }
  }
}
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}
fragment LinkEnd on EntityLink {
  node {
    __typename
    key
    name
  }
  inferred
  role
  date {
    ...Day
  }
}`) as unknown as TypedDocumentString<EntityObligationQuery, EntityObligationQueryVariables>;
export const EntityIdDocument = new TypedDocumentString(`
    query EntityId($key: String!) {
  entity(key: $key) {
    id
    key
    name
  }
}
    `) as unknown as TypedDocumentString<EntityIdQuery, EntityIdQueryVariables>;
export const GraphAroundDocument = new TypedDocumentString(`
    query GraphAround($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 150) {
    centre {
      id
    }
    nodes {
      __typename
      id
      key
      name
    }
    edges {
      key
      type
      inferred
      start {
        id
      }
      end {
        id
      }
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<GraphAroundQuery, GraphAroundQueryVariables>;
export const ObligationStatusOnDocument = new TypedDocumentString(`
    query ObligationStatusOn($key: String!, $day: LocalDate!) {
  entity(key: $key) {
    key
    ... on Obligation {
      statusAssessment(asOf: $day) {
        status
        asOf
        basis
        explanation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ObligationStatusOnQuery, ObligationStatusOnQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($after: String) {
  proposals(filter: {status: [PENDING]}, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        key
        kind
        document {
          key
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewDocumentDocument = new TypedDocumentString(`
    query ReviewDocument($document: String!, $after: String) {
  proposals(filter: {document: $document}, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ReviewProposal
      }
    }
  }
}
    fragment ReviewProposal on Proposal {
  key
  kind
  rule
  quote
  start
  end
  confidence
  status
  recordType
  recordName
  recordJson
  reason
  decidedAt
  decidedBy
  date {
    ...Day
  }
  entity {
    __typename
    key
    name
  }
  fulfils {
    key
    name
  }
  result {
    __typename
    key
    name
  }
}
fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`) as unknown as TypedDocumentString<ReviewDocumentQuery, ReviewDocumentQueryVariables>;
export const AcceptProposalDocument = new TypedDocumentString(`
    mutation AcceptProposal($key: String!, $edit: ProposalEditInput) {
  acceptProposal(key: $key, edit: $edit) {
    proposal {
      ...ReviewProposal
    }
  }
}
    fragment ReviewProposal on Proposal {
  key
  kind
  rule
  quote
  start
  end
  confidence
  status
  recordType
  recordName
  recordJson
  reason
  decidedAt
  decidedBy
  date {
    ...Day
  }
  entity {
    __typename
    key
    name
  }
  fulfils {
    key
    name
  }
  result {
    __typename
    key
    name
  }
}
fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`) as unknown as TypedDocumentString<AcceptProposalMutation, AcceptProposalMutationVariables>;
export const MergeProposalDocument = new TypedDocumentString(`
    mutation MergeProposal($key: String!, $into: String!) {
  mergeProposal(key: $key, into: $into) {
    proposal {
      ...ReviewProposal
    }
  }
}
    fragment ReviewProposal on Proposal {
  key
  kind
  rule
  quote
  start
  end
  confidence
  status
  recordType
  recordName
  recordJson
  reason
  decidedAt
  decidedBy
  date {
    ...Day
  }
  entity {
    __typename
    key
    name
  }
  fulfils {
    key
    name
  }
  result {
    __typename
    key
    name
  }
}
fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`) as unknown as TypedDocumentString<MergeProposalMutation, MergeProposalMutationVariables>;
export const RejectProposalDocument = new TypedDocumentString(`
    mutation RejectProposal($key: String!, $reason: String!) {
  rejectProposal(key: $key, reason: $reason) {
    proposal {
      ...ReviewProposal
    }
  }
}
    fragment ReviewProposal on Proposal {
  key
  kind
  rule
  quote
  start
  end
  confidence
  status
  recordType
  recordName
  recordJson
  reason
  decidedAt
  decidedBy
  date {
    ...Day
  }
  entity {
    __typename
    key
    name
  }
  fulfils {
    key
    name
  }
  result {
    __typename
    key
    name
  }
}
fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`) as unknown as TypedDocumentString<RejectProposalMutation, RejectProposalMutationVariables>;
export const SourceListDocument = new TypedDocumentString(`
    query SourceList {
  sources(first: 100) {
    edges {
      node {
        id
        key
        title
        publisher
        published {
          ...Day
        }
      }
    }
  }
}
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`) as unknown as TypedDocumentString<SourceListQuery, SourceListQueryVariables>;
export const SourcePassagesDocument = new TypedDocumentString(`
    query SourcePassages($source: ID!, $after: String) {
  passages(source: $source, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        key
        quote
        start
        end
        facts: supports(first: 50) {
          __typename
          key
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourcePassagesQuery, SourcePassagesQueryVariables>;
export const SourceTextDocument = new TypedDocumentString(`
    query SourceText($id: ID!) {
  node(id: $id) {
    ... on Source {
      key
      title
      publisher
      published {
        ...Day
      }
      content
    }
  }
}
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`) as unknown as TypedDocumentString<SourceTextQuery, SourceTextQueryVariables>;
export const TimelineObligationsDocument = new TypedDocumentString(`
    query TimelineObligations($day: LocalDate!, $known: LocalDate, $bearer: ID, $imposer: ID, $document: ID) {
  obligations(
    filter: {asOf: $day, knownAsOf: $known, bearer: $bearer, imposedBy: $imposer, imposingDocument: $document}
    sort: DUE_ASC
    first: 100
  ) {
    totalCount
    edges {
      node {
        key
        name
        action
        kind
        status
        statusAssessment {
          basis
          explanation
        }
        imposedDate {
          ...Day
        }
        dueDate {
          ...Day
        }
        bearer {
          node {
            key
            name
          }
        }
        imposedBy {
          node {
            key
            name
          }
        }
        imposingDocument {
          node {
            key
            name
            issued {
              ...Day
            }
          }
        }
      }
    }
  }
}
    fragment Day on FuzzyDate {
  text
  value
  precision
  earliest
  latest
  inferred
  inference
}`) as unknown as TypedDocumentString<TimelineObligationsQuery, TimelineObligationsQueryVariables>;