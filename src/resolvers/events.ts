// Resolvers for events: meetings, visits, publications, requests, appointments, statements,
// discussions. Cypher: src/db/events.ts and src/db/entities.ts (relationships).
import { listEvents, listRequests } from '../db/events.js';
import type { LinkRecord, NodeRecord } from '../db/records.js';
import type { Resolvers } from '../generated/graphql.js';
import { familyTypes, farEndTypes, typeOfEnumValue } from '../model.js';
import { connection, dayOf, entityFields, fuzzyDate, NamedEntities, link, linkFields, links, linksOfMany, pageOf } from './fields.js';

const ACTORS = familyTypes('Actor');

/** Fields every Event has (the Event interface). */
const eventFields = {
  ...entityFields,
  date: (n: NodeRecord) => fuzzyDate(n, 'date'),
  participants: linksOfMany([
    { rel: 'MADE', dir: 'in' },
    { rel: 'ATTENDED', dir: 'in' },
    { rel: 'CARRIED_OUT', dir: 'in' },
    { rel: 'ADDRESSED_TO', dir: 'out', target: 'Actor' },
  ]),
  madeBy: links('MADE', 'in'),
  addressees: links('ADDRESSED_TO', 'out'),
  respondsTo: links('RESPONDS_TO', 'out'),
  responses: links('RESPONDS_TO', 'in'),
  concerns: links('CONCERNS', 'out'),
  fulfils: links('FULFILS', 'out'),
};

const PARTICIPATION = { MADE: 'MADE', ATTENDED: 'ATTENDED', CARRIED_OUT: 'CARRIED_OUT', ADDRESSED_TO: 'ADDRESSEE' } as const;

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
          requester: named.of(args.filter?.requester, 'filter.requester', farEndTypes('MADE', 'in', 'Request')),
          addressee: named.of(args.filter?.addressee, 'filter.addressee', farEndTypes('ADDRESSED_TO', 'out', 'Request')),
          descending: args.sort === 'DATE_DESC',
        },
        { ...window, named: named.keys },
      );
      named.check(page);
      return connection(page, window);
    },
  },
  Event: { __resolveType: (n) => n.__type as never },
  Meeting: { ...eventFields, location: (n) => (n.location as string | undefined) ?? null, attendees: links('ATTENDED', 'in') },
  MonitoringVisit: { ...eventFields, carriedOutBy: links('CARRIED_OUT', 'in') },
  Publication: { ...eventFields, carriedOutBy: links('CARRIED_OUT', 'in') },
  Request: {
    ...eventFields,
    subject: (n) => (n.subject as string | undefined) ?? null,
    requesters: links('MADE', 'in'),
    requester: link('MADE', 'in'),
    legalBasis: links('RELIES_ON', 'out'),
  },
  Appointment: { ...eventFields, tenure: links('STARTS', 'out') },
  Statement: {
    ...eventFields,
    text: (n) => n.text as string,
    speakers: links('MADE', 'in'),
    partOf: links('PART_OF', 'out'),
    findings: links('STATES', 'out'),
  },
  Discussion: { ...eventFields, subject: (n) => (n.subject as string | undefined) ?? null },
  ParticipantLink: {
    ...linkFields,
    participation: (l: LinkRecord) => PARTICIPATION[l.rel.type as keyof typeof PARTICIPATION],
  },
  EventLink: linkFields,
  RequestLink: linkFields,
  StatementLink: linkFields,
  MeetingLink: linkFields,
  AppointmentLink: linkFields,
};
