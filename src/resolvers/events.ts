// Resolvers for events: meetings, visits, publications, requests, appointments, statements,
// discussions. Cypher: src/db/events.ts and src/db/entities.ts (relationships).
import { listEvents, listRequests, participationOf } from '../db/events.js';
import type { LinkRecord, NodeRecord } from '../db/records.js';
import type { Resolvers } from '../generated/graphql.js';
import { familyTypes, typeOfEnumValue } from '../model.js';
import { farEndsOf } from './relationships.js';
import { connection, dayOf, entityFields, fuzzyDate, NamedEntities, linkFields, pageOf } from './fields.js';

const ACTORS = familyTypes('Actor');
// What the filters of `requests` may name: the far ends of the fields of the same meaning.
const REQUESTERS = farEndsOf('Request', 'requester');
const ADDRESSEES = farEndsOf('Request', 'addressees');

/** Fields every Event has (the Event interface). */
const eventFields = {
  ...entityFields,
  date: (n: NodeRecord) => fuzzyDate(n, 'date'),
};

export const eventResolvers: Resolvers = {
  Query: {
    events: async (_p, args, ctx, info) => {
      const window = pageOf(args, ctx, info);
      const f = args.filter;
      const named = new NamedEntities();
      const page = await listEvents(
        ctx.db,
        {
          types: f?.types?.map(typeOfEnumValue),
          participant: named.of(f?.participant, 'filter.participant', ACTORS),
          from: dayOf(f?.from, 'filter.from'),
          to: dayOf(f?.to, 'filter.to'),
          descending: args.sort === 'DATE_DESC',
          includeRetracted: args.includeRetracted ?? false,
        },
        { ...window, named: named.keys },
      );
      named.check(page);
      return connection(page, window);
    },
    requests: async (_p, args, ctx, info) => {
      const window = pageOf(args, ctx, info);
      const named = new NamedEntities();
      const page = await listRequests(
        ctx.db,
        {
          requester: named.of(args.filter?.requester, 'filter.requester', REQUESTERS),
          addressee: named.of(args.filter?.addressee, 'filter.addressee', ADDRESSEES),
          descending: args.sort === 'DATE_DESC',
          includeRetracted: args.includeRetracted ?? false,
        },
        { ...window, named: named.keys },
      );
      named.check(page);
      return connection(page, window);
    },
  },
  Event: { __resolveType: (n) => n.__type },
  Meeting: { ...eventFields, location: (n) => n.location ?? null },
  MonitoringVisit: eventFields,
  Publication: eventFields,
  Request: {
    ...eventFields,
    subject: (n) => n.subject ?? null,
  },
  Appointment: eventFields,
  Statement: {
    ...eventFields,
    text: (n) => n.text,
  },
  Discussion: { ...eventFields, subject: (n) => n.subject ?? null },
  ParticipantLink: {
    ...linkFields,
    participation: (l: LinkRecord) => participationOf(l.rel.type),
  },
  EventLink: linkFields,
  RequestLink: linkFields,
  StatementLink: linkFields,
  MeetingLink: linkFields,
  AppointmentLink: linkFields,
};
