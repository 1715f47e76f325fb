/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Kinds of legislation. */
export type LegislationKind =
  /** An Act. */
  | 'ACT'
  /** A Measure (of the National Assembly for Wales). */
  | 'MEASURE';

/** Which warning notice in a series. */
export type NoticeOrder =
  /** The first warning notice. */
  | 'FIRST'
  /** A follow-up warning notice. */
  | 'FOLLOW_UP';

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

/** How a tenure is qualified. */
export type TenureQualifier =
  /** Acting in the post. */
  | 'ACTING'
  /** Holding the post for an interim period. */
  | 'INTERIM'
  /** Newly appointed when the source was written. */
  | 'NEWLY_APPOINTED';

export type DocumentsCitingFactQueryVariables = Exact<{
  key: string;
}>;


export type DocumentsCitingFactQuery = { entity:
    | { __typename: 'Appointment', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Consequence', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Discussion', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Figure', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Finding', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Framework', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'ImprovementPlan', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Initiative', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'InspectionReport', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Legislation', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Letter', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Meeting', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'MonitoringVisit', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Obligation', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Organisation', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Person', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Post', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Power', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Provision', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Publication', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Purpose', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Request', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Statement', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'Tenure', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'WarningNotice', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
    | { __typename: 'WrittenStatement', key: string, name: string, evidence: Array<{ key: string, quote: string, start: number, end: number, source: { key: string, title: string, titleInferred: boolean, publisher: string | null, published: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean } } }> }
   | null };

export type EntityByKeyQueryVariables = Exact<{
  key: string;
}>;


export type EntityByKeyQuery = { entity:
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
   | null };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, centre:
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
    >, edges: Array<{ key: string, type: string, from: string, to: string }> } };

export type NoticeDemandsQueryVariables = Exact<{
  key: string;
  asOf?: string | null | undefined;
}>;


export type NoticeDemandsQuery = { entity:
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
    | { __typename: 'WarningNotice', notice: NoticeOrder, key: string, name: string, issued: { text: string | null, earliest: string | null, latest: string | null, inferred: boolean } | null, issuedBy: Array<{ node:
          | { name: string }
          | { name: string }
         }>, addressees: Array<{ node:
          | { __typename: 'Organisation', name: string }
          | { __typename: 'Person', name: string }
          | { __typename: 'Post', name: string }
         }>, followsUp: Array<{ node:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         }>, legalBasis: Array<{ node:
          | { __typename: 'Legislation', name: string }
          | { __typename: 'Power', name: string }
          | { __typename: 'Provision', name: string }
         }>, obligations: Array<{ node: { key: string, action: string, status: ObligationStatus, dueDate: { text: string | null, earliest: string | null, latest: string | null, inferred: boolean } | null, bearer: { node:
              | { name: string }
              | { name: string }
             } | null, owedTo: Array<{ node:
              | { __typename: 'Organisation', name: string }
              | { __typename: 'Person', name: string }
              | { __typename: 'Post', name: string }
             }>, legalBasis: Array<{ node:
              | { __typename: 'Legislation', name: string }
              | { __typename: 'Power', name: string }
              | { __typename: 'Provision', name: string }
             }>, consequenceOfBreach: Array<{ node: { name: string, threatenedBy: Array<{ node:
                  | { name: string }
                  | { name: string }
                 }>, legalBasis: Array<{ node:
                  | { __typename: 'Legislation', name: string }
                  | { __typename: 'Power', name: string }
                  | { __typename: 'Provision', name: string }
                 }> } }> }, evidence: Array<{ quote: string, source: { key: string } }> }> }
    | { __typename: 'WrittenStatement', key: string, name: string }
   | null };

export type ObligationsOfBodyQueryVariables = Exact<{
  bearer: string | number;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ObligationsOfBodyQuery = { obligations: { totalCount: number, edges: Array<{ node: { key: string, kind: ObligationKind, action: string, status: ObligationStatus, dueDate: { text: string | null, earliest: string | null, latest: string | null, inferred: boolean } | null, imposedBy: { node:
            | { name: string }
            | { name: string }
           } | null, imposingDocument: { node:
            | { __typename: 'Framework', key: string, name: string }
            | { __typename: 'ImprovementPlan', key: string, name: string }
            | { __typename: 'InspectionReport', key: string, name: string }
            | { __typename: 'Letter', key: string, name: string }
            | { __typename: 'WarningNotice', key: string, name: string }
            | { __typename: 'WrittenStatement', key: string, name: string }
           } | null, evidence: Array<{ quote: string, source: { key: string, title: string } }> } }> } };

export type OverdueOnQueryVariables = Exact<{
  asOf: string;
  first?: number | null | undefined;
}>;


export type OverdueOnQuery = { obligations: { totalCount: number, edges: Array<{ node: { key: string, action: string, status: ObligationStatus, dueDate: { text: string | null, latest: string | null } | null, bearer: { node:
            | { name: string }
            | { name: string }
           } | null, imposingDocument: { node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           } | null } }> } };

export type PathBetweenQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type PathBetweenQuery = { path: { length: number, nodes: Array<
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
    >, edges: Array<{ type: string, from: string, to: string, evidence: Array<{ quote: string, source: { key: string } }> }> } | null };

export type PersonPostsQueryVariables = Exact<{
  key: string;
}>;


export type PersonPostsQuery = { entity:
    | { __typename: 'Appointment', name: string }
    | { __typename: 'Consequence', name: string }
    | { __typename: 'Discussion', name: string }
    | { __typename: 'Figure', name: string }
    | { __typename: 'Finding', name: string }
    | { __typename: 'Framework', name: string }
    | { __typename: 'ImprovementPlan', name: string }
    | { __typename: 'Initiative', name: string }
    | { __typename: 'InspectionReport', name: string }
    | { __typename: 'Legislation', name: string }
    | { __typename: 'Letter', name: string }
    | { __typename: 'Meeting', name: string }
    | { __typename: 'MonitoringVisit', name: string }
    | { __typename: 'Obligation', name: string }
    | { __typename: 'Organisation', name: string }
    | { __typename: 'Person', honorific: string | null, name: string, posts: Array<{ node: { key: string, qualifier: TenureQualifier | null, start: { text: string | null, earliest: string | null, latest: string | null, inferred: boolean } | null, end: { text: string | null, earliest: string | null, latest: string | null } | null, post: { node: { name: string, organisation: { node: { name: string } } | null } } | null, startedBy: Array<{ node: { name: string, date: { text: string | null, earliest: string | null, latest: string | null } | null, madeBy: Array<{ node:
                  | { name: string }
                  | { name: string }
                 }> } }>, evidence: Array<{ quote: string, source: { key: string } }> } }> }
    | { __typename: 'Post', name: string }
    | { __typename: 'Power', name: string }
    | { __typename: 'Provision', name: string }
    | { __typename: 'Publication', name: string }
    | { __typename: 'Purpose', name: string }
    | { __typename: 'Request', name: string }
    | { __typename: 'Statement', name: string }
    | { __typename: 'Tenure', name: string }
    | { __typename: 'WarningNotice', name: string }
    | { __typename: 'WrittenStatement', name: string }
   | null };

export type RequestsForSupportQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RequestsForSupportQuery = { requests: { totalCount: number, edges: Array<{ node: { key: string, name: string, subject: string | null, date: { text: string | null, earliest: string | null, latest: string | null, inferred: boolean } | null, requesters: Array<{ node:
            | { __typename: 'Organisation', name: string }
            | { __typename: 'Person', name: string }
          , capacity: { name: string } | null }>, addressees: Array<{ node:
            | { __typename: 'Organisation', name: string }
            | { __typename: 'Person', name: string }
            | { __typename: 'Post', name: string }
           }>, legalBasis: Array<{ node:
            | { __typename: 'Legislation', name: string }
            | { __typename: 'Power', name: string, conferredBy: Array<{ node:
                  | { __typename: 'Legislation', year: number | null, kind: LegislationKind, name: string }
                  | { __typename: 'Power', name: string }
                  | { __typename: 'Provision', name: string }
                 }> }
            | { __typename: 'Provision', name: string }
           }>, evidence: Array<{ quote: string, source: { key: string, title: string, publisher: string | null, published: { text: string | null, value: string | null, earliest: string | null, latest: string | null, inferred: boolean } } }> } }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ type: string, score: number, node:
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string>, renamedTo: Array<{ node: { name: string }, date: { text: string | null, latest: string | null } | null }> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
      | { id: string, key: string, name: string, aliases: Array<string> }
     }> };

export type StatementsByPersonQueryVariables = Exact<{
  key: string;
  first?: number | null | undefined;
}>;


export type StatementsByPersonQuery = { entity:
    | { __typename: 'Appointment', name: string }
    | { __typename: 'Consequence', name: string }
    | { __typename: 'Discussion', name: string }
    | { __typename: 'Figure', name: string }
    | { __typename: 'Finding', name: string }
    | { __typename: 'Framework', name: string }
    | { __typename: 'ImprovementPlan', name: string }
    | { __typename: 'Initiative', name: string }
    | { __typename: 'InspectionReport', name: string }
    | { __typename: 'Legislation', name: string }
    | { __typename: 'Letter', name: string }
    | { __typename: 'Meeting', name: string }
    | { __typename: 'MonitoringVisit', name: string }
    | { __typename: 'Obligation', name: string }
    | { __typename: 'Organisation', name: string, statements: Array<{ node: { key: string, text: string, date: { text: string | null, earliest: string | null, latest: string | null } | null }, capacity: { name: string } | null, evidence: Array<{ quote: string, source: { key: string, title: string, published: { value: string | null } } }> }> }
    | { __typename: 'Person', name: string, statements: Array<{ node: { key: string, text: string, date: { text: string | null, earliest: string | null, latest: string | null } | null }, capacity: { name: string } | null, evidence: Array<{ quote: string, source: { key: string, title: string, published: { value: string | null } } }> }> }
    | { __typename: 'Post', name: string }
    | { __typename: 'Power', name: string }
    | { __typename: 'Provision', name: string }
    | { __typename: 'Publication', name: string }
    | { __typename: 'Purpose', name: string }
    | { __typename: 'Request', name: string }
    | { __typename: 'Statement', name: string }
    | { __typename: 'Tenure', name: string }
    | { __typename: 'WarningNotice', name: string }
    | { __typename: 'WrittenStatement', name: string }
   | null };

export type TimelineQueryVariables = Exact<{
  from: string;
  to: string;
  types?: Array<EventType> | EventType | null | undefined;
  first?: number | null | undefined;
}>;


export type TimelineQuery = { events: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Appointment', key: string, name: string, date: { text: string | null, earliest: string | null, latest: string | null } | null, participants: Array<{ participation: ParticipantRole, node:
              | { name: string }
              | { name: string }
             }> }
        | { __typename: 'Discussion', key: string, name: string, date: { text: string | null, earliest: string | null, latest: string | null } | null, participants: Array<{ participation: ParticipantRole, node:
              | { name: string }
              | { name: string }
             }> }
        | { __typename: 'Meeting', key: string, name: string, date: { text: string | null, earliest: string | null, latest: string | null } | null, participants: Array<{ participation: ParticipantRole, node:
              | { name: string }
              | { name: string }
             }> }
        | { __typename: 'MonitoringVisit', key: string, name: string, date: { text: string | null, earliest: string | null, latest: string | null } | null, participants: Array<{ participation: ParticipantRole, node:
              | { name: string }
              | { name: string }
             }> }
        | { __typename: 'Publication', key: string, name: string, date: { text: string | null, earliest: string | null, latest: string | null } | null, participants: Array<{ participation: ParticipantRole, node:
              | { name: string }
              | { name: string }
             }> }
        | { __typename: 'Request', key: string, name: string, date: { text: string | null, earliest: string | null, latest: string | null } | null, participants: Array<{ participation: ParticipantRole, node:
              | { name: string }
              | { name: string }
             }> }
        | { __typename: 'Statement', key: string, name: string, date: { text: string | null, earliest: string | null, latest: string | null } | null, participants: Array<{ participation: ParticipantRole, node:
              | { name: string }
              | { name: string }
             }> }
       }> } };

export type WhichNoticeDemandsWhatQueryVariables = Exact<{
  asOf?: string | null | undefined;
  types?: Array<DocumentType> | DocumentType | null | undefined;
}>;


export type WhichNoticeDemandsWhatQuery = { documents: { edges: Array<{ node:
        | { key: string, name: string, issuedBy: Array<{ node:
              | { name: string }
              | { name: string }
             }> }
        | { key: string, name: string, issuedBy: Array<{ node:
              | { name: string }
              | { name: string }
             }> }
        | { key: string, name: string, issuedBy: Array<{ node:
              | { name: string }
              | { name: string }
             }> }
        | { key: string, name: string, issuedBy: Array<{ node:
              | { name: string }
              | { name: string }
             }> }
        | { notice: NoticeOrder, key: string, name: string, issued: { text: string | null, earliest: string | null, latest: string | null, inferred: boolean } | null, obligations: Array<{ node: { key: string, action: string, status: ObligationStatus, bearer: { node:
                  | { name: string }
                  | { name: string }
                 } | null, owedTo: Array<{ node:
                  | { name: string }
                  | { name: string }
                  | { name: string }
                 }>, dueDate: { text: string | null, value: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, inferred: boolean, offset: string | null, relativeTo:
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
                 | null } | null, consequenceOfBreach: Array<{ node: { name: string, legalBasis: Array<{ node:
                      | { name: string }
                      | { name: string }
                      | { name: string }
                     }> } }> }, evidence: Array<{ quote: string, source: { key: string } }> }>, issuedBy: Array<{ node:
              | { name: string }
              | { name: string }
             }> }
        | { key: string, name: string, issuedBy: Array<{ node:
              | { name: string }
              | { name: string }
             }> }
       }> } };

export type WhoRequestedSupportQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoRequestedSupportQuery = { requests: { totalCount: number, edges: Array<{ node: { key: string, name: string, date: { text: string | null, earliest: string | null, latest: string | null, precision: DatePrecision, inferred: boolean, inference: string | null } | null, requesters: Array<{ node:
            | { name: string }
            | { name: string }
          , capacity: { name: string } | null, evidence: Array<{ quote: string, source: { key: string } }> }>, addressees: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
          , evidence: Array<{ quote: string, source: { key: string } }> }>, legalBasis: Array<{ node:
            | { name: string }
            | { name: string, conferredBy: Array<{ node:
                  | { year: number | null, kind: LegislationKind, name: string }
                  | { name: string }
                  | { name: string }
                 }> }
            | { name: string }
           }>, evidence: Array<{ quote: string, start: number, end: number, source: { key: string, title: string, published: { value: string | null, inferred: boolean } } }> } }> } };


export const DocumentsCitingFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentsCitingFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleInferred"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentsCitingFactQuery, DocumentsCitingFactQueryVariables>;
export const EntityByKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityByKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EntityByKeyQuery, EntityByKeyQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const NoticeDemandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeDemands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarningNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followsUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"bearer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"owedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consequenceOfBreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threatenedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticeDemandsQuery, NoticeDemandsQueryVariables>;
export const ObligationsOfBodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObligationsOfBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bearer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bearer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bearer"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DUE_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"imposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"imposingDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObligationsOfBodyQuery, ObligationsOfBodyQueryVariables>;
export const OverdueOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OVERDUE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DUE_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"dueDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bearer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"imposingDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueOnQuery, OverdueOnQueryVariables>;
export const PathBetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathBetweenQuery, PathBetweenQueryVariables>;
export const PersonPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honorific"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPostsQuery, PersonPostsQueryVariables>;
export const RequestsForSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestsForSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Power"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferredBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Legislation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestsForSupportQuery, RequestsForSupportQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renamedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const StatementsByPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsByPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsByPersonQuery, StatementsByPersonQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DATE_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const WhichNoticeDemandsWhatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhichNoticeDemandsWhat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentType"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"WARNING_NOTICE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarningNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"bearer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"owedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"relativeTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consequenceOfBreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhichNoticeDemandsWhatQuery, WhichNoticeDemandsWhatQueryVariables>;
export const WhoRequestedSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoRequestedSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"inference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Power"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferredBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Legislation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoRequestedSupportQuery, WhoRequestedSupportQueryVariables>;