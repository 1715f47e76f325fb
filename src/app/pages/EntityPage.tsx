// An entity's page, by key: what every entity has (description, aliases, the passages that state
// it, what concerns it) and per kind what an analyst asks of it. Actor: posts and tenures,
// documents issued, requests made and received, obligations borne and imposed, statements.
// Document: issuer, recipients, obligations. Obligation: bearer, imposer, basis, consequence,
// deadlines and its status history.
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  EntityActorDocument,
  EntityActorObligationsDocument,
  EntityDocumentDocument,
  EntityHeadDocument,
  EntityObligationDocument,
  type EntityActorObligationsQuery,
  type EntityActorQuery,
  type EntityDocumentQuery,
  type EntityObligationQuery,
  type PassageFragment,
} from '../gql/graphql.js';
import { useTitle } from '../Layout.js';
import { fuzzy, isDay, STATUS_LABEL, typeLabel } from '../format.js';
import { Empty, Failure, Loading } from '../states.js';
import { useQuery } from '../useQuery.js';
import { StatusHistory } from './StatusHistory.js';

type Named = { __typename?: string; key: string; name: string };

export const entityHref = (key: string) => `/entity/${encodeURIComponent(key)}`;

export function EntityPage() {
  const { key = '' } = useParams();
  const [params] = useSearchParams();
  const day = isDay(params.get('day')) ? params.get('day') : null;
  const { data, error, loading, retry } = useQuery(EntityHeadDocument, { key });
  const entity = data?.entity;
  useTitle(entity?.name ?? key);
  if (error) return <Failure error={error} retry={retry} />;
  if (loading) return <Loading what={key} />;
  if (!entity)
    return (
      <>
        <h1>Not found</h1>
        <Empty>
          Nothing in the graph has the key “{key}”. <Link to="/">Search</Link> for it instead.
        </Empty>
      </>
    );
  return (
    <article className="entity" data-type={entity.__typename}>
      <p className="kicker">{typeLabel(entity.__typename)}</p>
      <h1>{entity.name}</h1>
      {entity.description && <p className="lede">{entity.description}</p>}
      {entity.aliases.length > 0 && <p className="aliases">Also: {entity.aliases.join(' · ')}</p>}
      <p className="actions">
        <Link to={`/graph/${encodeURIComponent(entity.key)}`}>Show in the graph</Link>
      </p>
      <Kind typename={entity.__typename} entityKey={entity.key} day={day} />
      <Section title="What the sources say" items={entity.evidence} empty="No passage states it directly.">
        {(p) => <Quote key={p.key} passage={p} fact={entity.key} />}
      </Section>
      <Section title="Concerned by" items={entity.concernedBy}>
        {(l) => (
          <li key={l.node.key}>
            <EntityName n={l.node} /> {l.inferred && <span className="tag">inferred</span>}
          </li>
        )}
      </Section>
    </article>
  );
}

/** The parts of a page that depend on the kind of entity, each loading on its own. */
function Kind({ typename, entityKey: key, day }: { typename: string; entityKey: string; day: string | null }) {
  switch (typename) {
    case 'Person':
    case 'Organisation':
      return (
        <>
          <Part document={EntityActorObligationsDocument} variables={{ key, day }} what="obligations">
            {(e) => <ActorObligations entity={e as ActorObligationsEntity} />}
          </Part>
          <Part document={EntityActorDocument} variables={{ key }} what="posts, documents and requests">
            {(e) => <ActorParts entity={e as ActorEntity} />}
          </Part>
        </>
      );
    case 'Obligation':
      return (
        <Part document={EntityObligationDocument} variables={{ key, day }} what="the obligation">
          {(e) => <ObligationParts entity={e as ObligationEntity} />}
        </Part>
      );
    case 'InspectionReport':
    case 'WarningNotice':
    case 'ImprovementPlan':
    case 'WrittenStatement':
    case 'Letter':
    case 'Framework':
      return (
        <Part document={EntityDocumentDocument} variables={{ key, day }} what="the document">
          {(e) => <DocumentParts entity={e as DocumentEntity} />}
        </Part>
      );
    default:
      return null;
  }
}

/** One part of a page: its own query, loading and error states. */
function Part<R extends { entity: unknown }, V>(props: {
  document: Parameters<typeof useQuery<R, V>>[0];
  variables: V;
  what: string;
  children: (entity: NonNullable<R['entity']>) => ReactNode;
}) {
  const { data, error, loading, retry } = useQuery(props.document, props.variables);
  if (error) return <Failure error={error} retry={retry} />;
  if (loading || !data?.entity) return <Loading what={props.what} />;
  return <>{props.children(data.entity as NonNullable<R['entity']>)}</>;
}

type ActorEntity = Extract<NonNullable<EntityActorQuery['entity']>, { __typename: 'Person' | 'Organisation' }>;
type ActorObligationsEntity = Extract<
  NonNullable<EntityActorObligationsQuery['entity']>,
  { obligationsBorne: unknown }
>;

function ActorObligations({ entity }: { entity: ActorObligationsEntity }) {
  return (
    <>
      <Section title="Obligations borne" items={entity.obligationsBorne}>
        {({ node }) => <ObligationItem key={node.key} o={node} />}
      </Section>
      <Section title="Obligations imposed" items={entity.obligationsImposed}>
        {({ node }) => <ObligationItem key={node.key} o={node} />}
      </Section>
    </>
  );
}

function ActorParts({ entity }: { entity: ActorEntity }) {
  return (
    <>
      {entity.__typename === 'Person' ? (
        <Section title="Posts held" items={entity.posts}>
          {({ node: t }) => (
            <li key={t.key}>
              {t.post ? <EntityName n={t.post.node} /> : t.name}
              {t.qualifier && <span className="tag">{t.qualifier.toLowerCase().replace('_', ' ')}</span>}
              <span className="meta">
                {' '}
                from {fuzzy(t.start)}
                {t.end && <> to {fuzzy(t.end)}</>}
              </span>
            </li>
          )}
        </Section>
      ) : (
        <Section title="Posts" items={entity.posts}>
          {({ node }) => (
            <li key={node.key}>
              <EntityName n={node} />
            </li>
          )}
        </Section>
      )}
      <Section title="Documents issued" items={entity.documentsIssued}>
        {({ node }) => (
          <li key={node.key}>
            <EntityName n={node} /> <span className="meta">{fuzzy(node.issued)}</span>
          </li>
        )}
      </Section>
      <Section title="Requests made" items={entity.requestsMade}>
        {({ node }) => <Dated key={node.key} n={node} />}
      </Section>
      <Section title="Requests received" items={entity.requestsReceived}>
        {({ node }) => <Dated key={node.key} n={node} />}
      </Section>
      <Section title="Statements" items={entity.statements}>
        {({ node }) => (
          <li key={node.key}>
            <blockquote>{node.text}</blockquote>
            <span className="meta">
              <EntityName n={node} /> · {fuzzy(node.date)}
            </span>
          </li>
        )}
      </Section>
    </>
  );
}

type DocumentEntity = Extract<NonNullable<EntityDocumentQuery['entity']>, { documentStatus: unknown }>;

function DocumentParts({ entity }: { entity: DocumentEntity }) {
  return (
    <>
      <dl className="facts">
        {entity.title && <Fact term="Title">{entity.title}</Fact>}
        <Fact term="Issued">{fuzzy(entity.issued)}</Fact>
        <Fact term="Status">{entity.documentStatus === 'REQUIRED' ? 'required, not yet seen' : 'issued'}</Fact>
      </dl>
      <Section title="Issued by" items={entity.issuedBy}>
        {({ node }) => (
          <li key={node.key}>
            <EntityName n={node} />
          </li>
        )}
      </Section>
      <Section title="Addressed to" items={entity.addressees}>
        {({ node }) => (
          <li key={node.key}>
            <EntityName n={node} />
          </li>
        )}
      </Section>
      <Section title="Obligations it imposes" items={entity.obligations}>
        {({ node }) => <ObligationItem key={node.key} o={node} due={fuzzy(node.dueDate)} />}
      </Section>
      {entity.obligations.length > 0 && (
        <p>
          <Link to={`/timeline?document=${encodeURIComponent(entity.key)}`}>These obligations on the timeline</Link>
        </p>
      )}
    </>
  );
}

type ObligationEntity = Extract<NonNullable<EntityObligationQuery['entity']>, { action: unknown }>;

function ObligationParts({ entity: o }: { entity: ObligationEntity }) {
  return (
    <>
      <p className={`status-line status-${o.status}`}>
        <span className={`status-tag status-${o.status}`}>{STATUS_LABEL[o.status]}</span>{' '}
        {o.statusAssessment.explanation}
      </p>
      <dl className="facts">
        <Fact term="Action">{o.action}</Fact>
        <Fact term="Kind">
          {o.obligationKind === 'DUTY' ? 'duty, imposed by another' : 'undertaking, given by the bearer'}
        </Fact>
        <Fact term="Bearer">{o.bearer ? <EntityName n={o.bearer.node} /> : 'not stated'}</Fact>
        <Fact term="Imposed by">{o.imposedBy ? <EntityName n={o.imposedBy.node} /> : 'not stated'}</Fact>
        <Fact term="Imposing document">
          {o.imposingDocument ? <EntityName n={o.imposingDocument.node} /> : 'not stated'}
        </Fact>
        <Fact term="Imposed">{fuzzy(o.imposedDate ?? o.imposingDocument?.node.issued)}</Fact>
        <Fact term="Due">
          {fuzzy(o.dueDate)}
          {o.dueDate?.inference && <span className="inference"> {o.dueDate.inference}</span>}
        </Fact>
        <Fact term="Legal basis">
          {o.legalBasis.length ? o.legalBasis.map((l) => <EntityName key={l.node.key} n={l.node} />) : 'not stated'}
        </Fact>
        <Fact term="If breached">
          {o.consequenceOfBreach.length
            ? o.consequenceOfBreach.map((l) => <EntityName key={l.node.key} n={l.node} />)
            : 'not stated'}
        </Fact>
        {o.statusNote && <Fact term="Curator’s note">{o.statusNote}</Fact>}
      </dl>
      <StatusHistory obligation={o} />
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function EntityName({ n }: { n: Named }) {
  return (
    <Link to={entityHref(n.key)} className="entity-name">
      {n.name}
    </Link>
  );
}

function ObligationItem({ o, due }: { o: Named & { status: ObligationEntity['status'] }; due?: string }) {
  return (
    <li>
      <span className={`status-tag status-${o.status}`}>{STATUS_LABEL[o.status]}</span> <EntityName n={o} />
      {due && <span className="meta"> · due {due}</span>}
    </li>
  );
}

function Dated({ n }: { n: Named & { date: Parameters<typeof fuzzy>[0] } }) {
  return (
    <li>
      <EntityName n={n} /> <span className="meta">{fuzzy(n.date)}</span>
    </li>
  );
}

export function Quote({ passage, fact }: { passage: PassageFragment; fact?: string }) {
  const to = `/sources/${encodeURIComponent(passage.source.key)}?${fact ? `fact=${encodeURIComponent(fact)}` : `passage=${encodeURIComponent(passage.key)}`}`;
  return (
    <li className="quote">
      <blockquote>“{passage.quote}”</blockquote>
      <span className="meta">
        <Link to={to}>
          {passage.source.title} ({passage.source.key}, characters {passage.start}–{passage.end})
        </Link>
      </span>
    </li>
  );
}

function Section<T>(props: { title: string; items: readonly T[]; empty?: string; children: (item: T) => ReactNode }) {
  if (props.items.length === 0 && !props.empty) return null;
  return (
    <section>
      <h2>{props.title}</h2>
      {props.items.length === 0 ? (
        <Empty>{props.empty}</Empty>
      ) : (
        <ul className="links">{props.items.map(props.children)}</ul>
      )}
    </section>
  );
}
