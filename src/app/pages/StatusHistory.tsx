// An obligation's status history: its status on each day where it can change (the day before it
// was imposed, the day it was, the day its due window closes and the day after, today), each with
// the API's own explanation. Statuses are computed, never stored, so the history is asked day by day.
import { ObligationStatusOnDocument, type DayFragment } from '../gql/graphql.js';
import { dayNumber, isoOf, STATUS_LABEL, today } from '../format.js';
import { Failure } from '../states.js';
import { useQuery } from '../useQuery.js';

interface Dated {
  key: string;
  imposedDate?: DayFragment | null;
  dueDate?: DayFragment | null;
  imposingDocument?: { node: { issued?: DayFragment | null } } | null;
}

export function turningDays(o: Dated): string[] {
  const imposed = o.imposedDate ?? o.imposingDocument?.node.issued;
  const days = new Set<number>();
  const start = imposed?.earliest ?? imposed?.latest;
  if (start) days.add(dayNumber(start) - 1);
  if (imposed?.latest) days.add(dayNumber(imposed.latest));
  if (o.dueDate?.latest) {
    days.add(dayNumber(o.dueDate.latest));
    days.add(dayNumber(o.dueDate.latest) + 1);
  }
  days.add(dayNumber(today()));
  return [...days].sort((a, b) => a - b).map(isoOf);
}

export function StatusHistory({ obligation }: { obligation: Dated }) {
  const days = turningDays(obligation);
  return (
    <section>
      <h2>Status history</h2>
      <ol className="history">
        {days.map((day) => (
          <StatusOn key={day} obligation={obligation.key} day={day} />
        ))}
      </ol>
    </section>
  );
}

function StatusOn({ obligation, day }: { obligation: string; day: string }) {
  const { data, error, retry } = useQuery(ObligationStatusOnDocument, { key: obligation, day });
  const assessment = data?.entity && 'statusAssessment' in data.entity ? data.entity.statusAssessment : null;
  return (
    <li>
      <span className="day">{day}</span> {error && <Failure error={error} retry={retry} />}
      {!error && !assessment && <span className="meta">…</span>}
      {assessment && (
        <>
          <span className={`status-tag status-${assessment.status}`}>{STATUS_LABEL[assessment.status]}</span>{' '}
          <span className="meta">
            {assessment.explanation}
            {assessment.basis !== 'STATED' && ` (${assessment.basis.toLowerCase()})`}
          </span>
        </>
      )}
    </li>
  );
}
