// What an obligation's status rests on. The status itself comes from the one rule in
// src/db/status.ts; this names the fact that rule turned on for that status and reads, from the
// graph, whether the sources state that fact or the curators inferred or computed it, so that an
// OVERDUE resting on an inferred deadline says so in the answer, not only in a note.
import type { Context } from '../context.js';
import type { FuzzyDateRecord, LinkRecord, NodeRecord } from '../db/records.js';
import type { StatusAssessment, StatusBasis, StatusGround } from '../generated/graphql.js';
import { fuzzyDate } from './fields.js';
import { declarations, linksAt, queryOf } from './relationships.js';
import { linkKey } from '../db/projection.js';
import type { GraphQLResolveInfo } from 'graphql';

const consultedKey = (field: string) => linkKey(queryOf(declarations.fields.get(`Obligation.${field}`)!, 1));

type Status = StatusAssessment['status'];

/** The basis of a fuzzy date: computed by a rule from another date, inferred, or in the words. */
function dateBasis(d: FuzzyDateRecord): StatusBasis {
  if (d.relativeTo || d.offset) return 'COMPUTED';
  return d.inferred ? 'INFERRED' : 'STATED';
}

function linkBasis(l: LinkRecord | undefined): { basis: StatusBasis; inference: string | null } {
  const date = l ? fuzzyDate(l.rel, 'date') : null;
  if (!l) return { basis: 'STATED', inference: null };
  if (l.rel.inferred) return { basis: 'INFERRED', inference: l.rel.inference ?? null };
  if (date && dateBasis(date) !== 'STATED') return { basis: dateBasis(date), inference: date.inference };
  return { basis: 'STATED', inference: null };
}

const bound = (d: FuzzyDateRecord, which: 'earliest' | 'latest') => d[which] ?? d.value ?? '?';
const firmly = (basis: StatusBasis) => (basis === 'STATED' ? 'stated' : basis === 'INFERRED' ? 'inferred' : 'computed');

export async function assess(
  n: NodeRecord,
  status: Status,
  asOf: string,
  ctx: Context,
  info: GraphQLResolveInfo,
  known?: string,
): Promise<StatusAssessment> {
  const out = (ground: StatusGround, basis: StatusBasis, inference: string | null, why: string): StatusAssessment => ({
    status,
    asOf,
    ground,
    basis,
    inference,
    explanation: `${status} on ${asOf}${known ? `, as the record stood on ${known}` : ''}: ${why}`,
  });
  // The links it consults are planned with the obligation (CONSULTS in lookahead.ts).
  const one = async (field: string) => (await linksAt(n, consultedKey(field), ctx, info))[0];
  switch (status) {
    case 'FULFILLED':
    case 'FULFILLED_LATE': {
      const l = await one('fulfilledBy');
      const b = linkBasis(l);
      const late = status === 'FULFILLED_LATE' ? ', after its latest possible due date' : '';
      return out(
        'FULFILMENT',
        b.basis,
        b.inference,
        `${l?.node.name ?? 'a document or event'} fulfils it${late} (${firmly(b.basis)}).`,
      );
    }
    case 'WITHDRAWN': {
      const d = fuzzyDate(n, 'withdrawn');
      const basis = d ? dateBasis(d) : 'STATED';
      return out('WITHDRAWAL', basis, d?.inference ?? null, `a source states its withdrawal (date ${firmly(basis)}).`);
    }
    case 'SUPERSEDED': {
      const l = await one('supersededBy');
      const b = linkBasis(l);
      return out(
        'SUPERSESSION',
        b.basis,
        b.inference,
        `${l?.node.name ?? 'a later obligation'} replaces it (${firmly(b.basis)}).`,
      );
    }
    case 'BREACHED': {
      const d = fuzzyDate(n, 'breached');
      const basis = d ? dateBasis(d) : 'STATED';
      return out('BREACH', basis, d?.inference ?? null, `a source states the breach (date ${firmly(basis)}).`);
    }
    case 'NOT_YET_IMPOSED': {
      let d = fuzzyDate(n, 'imposed');
      let whose = 'its own imposed date';
      if (!d) {
        const doc = await one('imposingDocument');
        d = doc ? fuzzyDate(doc.node, 'issued') : null;
        whose = `the issue date of ${doc?.node.name ?? 'its imposing document'}`;
      }
      const basis = d ? dateBasis(d) : 'STATED';
      const at = d ? `, earliest ${bound(d, 'earliest')}` : '';
      return out('IMPOSED_DATE', basis, d?.inference ?? null, `${whose}${at}, is after that day (${firmly(basis)}).`);
    }
    default: {
      const d = fuzzyDate(n, 'due');
      if (!d) return out('NO_DUE_DATE', 'STATED', null, 'no due date is stated.');
      const basis = dateBasis(d);
      const why =
        status === 'OVERDUE'
          ? `the latest possible due date, ${bound(d, 'latest')}, has passed with no fulfilment recorded; that date is ${firmly(basis)}.`
          : `the latest possible due date, ${bound(d, 'latest')}, is not past; that date is ${firmly(basis)}.`;
      return out('DUE_DATE', basis, d.inference, why);
    }
  }
}
