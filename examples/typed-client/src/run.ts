// npm run example:run — asks the API (API_URL, default http://127.0.0.1:4000/graphql, loopback
// only) every question in examples/operations/ and prints the answers, a few lines each. Every field
// is read through the generated types, so an operation the schema breaks fails `tsc`.
import { pathToFileURL } from 'node:url';
import { execute, loopbackApiUrl } from './client.js';
import {
  DocumentsCitingFactDocument,
  EntityByKeyDocument,
  NeighbourhoodDocument,
  NoticeDemandsDocument,
  ObligationsOfBodyDocument,
  OverdueOnDocument,
  PathBetweenDocument,
  PersonPostsDocument,
  RequestsForSupportDocument,
  SearchDocument,
  StatementsByPersonDocument,
  TimelineDocument,
  WhichNoticeDemandsWhatDocument,
  WhoRequestedSupportDocument,
} from './gql/graphql.js';

/** The questions the runner asks, by seed key and day. */
export const questions = {
  body: 'powys-county-council',
  person: 'phil-evans',
  speaker: 'rosemarie-harris',
  fact: 'request-statutory-support',
  notice: 'follow-up-warning-notice',
  asOf: '2018-03-01',
  search: 'CSSIW',
  pathFrom: 'kirsty-williams',
  pathTo: 'care-inspectorate-wales',
  centre: 'alun-davies',
  timeline: { from: '2017-10-01', to: '2018-03-31' },
} as const;

type Log = (line: string) => void;

const cut = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const quoted = (s: string | null | undefined) => (s ? `"${s}"` : '');

/** A fuzzy date as one short phrase: its words, then the interval it could fall in. */
function when(d: { text: string | null; earliest: string | null; latest: string | null } | null | undefined): string {
  if (!d) return 'undated';
  const { earliest, latest } = d;
  const span =
    earliest === latest
      ? (latest ?? '')
      : !earliest
        ? `by ${latest}`
        : !latest
          ? `from ${earliest}`
          : `${earliest}..${latest}`;
  return [quoted(d.text), span].filter(Boolean).join(' ');
}

/** When a source was published: its date, or the interval it was inferred to fall in. */
const published = (p: { text: string | null; value: string | null; earliest: string | null; latest: string | null }) =>
  p.value ?? when(p);

/** The opaque global id of a seed key, from the API itself (clients never build ids). */
export async function idOf(key: string, url?: string): Promise<string> {
  const { entity } = await execute(EntityByKeyDocument, { key }, { url });
  if (!entity) throw new Error(`no entity with key ${key}`);
  return entity.id;
}

/** Asks every question and logs the answers; returns the names of the operations it ran. */
export async function runAll(options: { url?: string; log?: Log } = {}): Promise<string[]> {
  const url = loopbackApiUrl(options.url);
  const log = options.log ?? ((line: string) => console.log(line));
  const ran: string[] = ['EntityByKey'];
  const q = questions;
  const heading = (name: string, question: string) => {
    ran.push(name);
    log('');
    log(`== ${name}: ${question}`);
  };

  // Ids first: the operations that take an ID get it from entity(key:).
  const [bodyId, fromId, toId, centreId] = await Promise.all([
    idOf(q.body, url),
    idOf(q.pathFrom, url),
    idOf(q.pathTo, url),
    idOf(q.centre, url),
  ]);
  log(`EntityByKey: ${q.body} → ${bodyId}`);

  heading('RequestsForSupport', 'who asked whom for support, in which capacity, under which power, per which sources?');
  const requests = await execute(RequestsForSupportDocument, {}, { url });
  for (const { node: r } of requests.requests.edges) {
    log(`${r.name} (${when(r.date)}${r.date?.inferred ? ', inferred' : ''})`);
    log(
      `  asked by: ${r.requesters.map((x) => x.node.name + (x.capacity ? ` (as ${x.capacity.name})` : '')).join('; ')}`,
    );
    log(`  asked:    ${r.addressees.map((x) => x.node.name).join('; ')}`);
    for (const { node: basis } of r.legalBasis) {
      const law = basis.__typename === 'Power' ? basis.conferredBy.map((c) => c.node.name) : [];
      log(`  under:    ${cut(basis.name, 70)}${law.length ? ` — ${law.join(', ')}` : ''}`);
    }
    for (const e of r.evidence)
      log(
        `  source:   ${e.source.key} (${e.source.publisher ?? 'publisher unknown'}, published ${published(e.source.published)}) ${quoted(cut(e.quote, 70))}`,
      );
  }

  heading('ObligationsOfBody', `what must ${q.body} do, soonest first, and where does it stand on ${q.asOf}?`);
  const borne = await execute(ObligationsOfBodyDocument, { bearer: bodyId, asOf: q.asOf }, { url });
  log(`${borne.obligations.totalCount} obligations`);
  for (const { node: o } of borne.obligations.edges) {
    const by = o.imposingDocument
      ? o.imposingDocument.node.key
      : o.kind === 'UNDERTAKING'
        ? 'its own undertaking'
        : (o.imposedBy?.node.name ?? 'imposer unknown');
    log(
      `  ${(o.dueDate?.latest ?? 'no due date').padEnd(11)} ${o.status.padEnd(8)} ${cut(o.action, 60)} [${by}; ${o.evidence.length} passage(s)]`,
    );
  }

  heading('OverdueOn', `which obligations are overdue on ${q.asOf}?`);
  const overdue = await execute(OverdueOnDocument, { asOf: q.asOf }, { url });
  for (const { node: o } of overdue.obligations.edges) {
    log(
      `  ${o.status} since ${o.dueDate?.latest} ${quoted(o.dueDate?.text)}: ${o.bearer?.node.name} — ${cut(o.action, 60)}`,
    );
  }

  heading('PersonPosts', `which posts did ${q.person} hold, and when?`);
  const posts = await execute(PersonPostsDocument, { key: q.person }, { url });
  if (posts.entity?.__typename !== 'Person') throw new Error(`${q.person} is not a person`);
  for (const { node: t } of posts.entity.posts) {
    const post = t.post?.node;
    log(
      `  ${posts.entity.name}: ${t.qualifier ? `${t.qualifier} ` : ''}${post?.name ?? '?'}${post?.organisation ? ` (${post.organisation.node.name})` : ''}`,
    );
    log(
      `    start ${when(t.start)}, end ${t.end ? when(t.end) : 'not stated'}; per ${t.evidence.map((e) => e.source.key).join(', ')}`,
    );
    for (const a of t.startedBy)
      log(`    started by: ${a.node.name} (${a.node.madeBy.map((m) => m.node.name).join(', ')})`);
  }

  heading('StatementsByPerson', `what did ${q.speaker} say, when, in which capacity, per which source?`);
  const said = await execute(StatementsByPersonDocument, { key: q.speaker }, { url });
  if (!said.entity || !('statements' in said.entity)) throw new Error(`${q.speaker} is not an actor`);
  log(`${said.entity.name}: ${said.entity.statements.length} statements`);
  for (const s of said.entity.statements.slice(0, 4)) {
    log(
      `  ${when(s.node.date)} as ${s.capacity?.name ?? '?'} (${s.evidence.map((e) => e.source.key).join(', ')}): ${quoted(cut(s.node.text, 70))}`,
    );
  }
  if (said.entity.statements.length > 4) log(`  … and ${said.entity.statements.length - 4} more`);

  heading('DocumentsCitingFact', `which sources state ${q.fact}, in which words?`);
  const cited = await execute(DocumentsCitingFactDocument, { key: q.fact }, { url });
  if (!cited.entity) throw new Error(`no entity with key ${q.fact}`);
  log(`${cited.entity.__typename} ${cited.entity.name}`);
  for (const e of cited.entity.evidence) {
    const s = e.source;
    log(`  ${s.key} [${e.start}-${e.end}] ${quoted(cut(e.quote, 80))}`);
    log(
      `    in "${cut(s.title, 70)}"${s.titleInferred ? ' (title by the curator)' : ''}, ${s.publisher ?? 'publisher unknown'}, published ${published(s.published)}${s.published.inferred ? ' (inferred)' : ''}`,
    );
  }

  heading('NoticeDemands', `what does ${q.notice} demand, of whom, by when, and what if not?`);
  const demands = await execute(NoticeDemandsDocument, { key: q.notice, asOf: q.asOf }, { url });
  if (demands.entity?.__typename !== 'WarningNotice') throw new Error(`${q.notice} is not a warning notice`);
  const notice = demands.entity;
  log(`${notice.name} (${notice.notice}, issued ${when(notice.issued)})`);
  log(
    `  by ${notice.issuedBy.map((x) => x.node.name).join(', ')} to ${notice.addressees.map((x) => x.node.name).join(', ')}`,
  );
  const obligations = [...notice.obligations].sort((a, b) =>
    (a.node.dueDate?.latest ?? '9999').localeCompare(b.node.dueDate?.latest ?? '9999'),
  );
  for (const { node: o } of obligations) {
    const owed = o.owedTo.map((x) => x.node.name);
    log(
      `  ${o.dueDate?.latest ?? 'no due date'} ${quoted(o.dueDate?.text)} ${o.status} ${o.bearer?.node.name}: ${cut(o.action, 60)}${owed.length ? ` → ${owed.join('; ')}` : ''}`,
    );
  }
  const consequences = new Map(
    obligations.flatMap(({ node: o }) => o.consequenceOfBreach.map((c) => [c.node.name, c.node] as const)),
  );
  for (const c of consequences.values()) {
    log(
      `  if breached: ${c.name} (threatened by ${c.threatenedBy.map((t) => t.node.name).join(', ')}; under ${c.legalBasis.map((l) => l.node.name).join(', ')})`,
    );
  }

  heading('Search', `what matches "${q.search}"?`);
  const hits = await execute(SearchDocument, { text: q.search, first: 5 }, { url });
  for (const h of hits.search.slice(0, 3))
    log(`  ${h.score.toFixed(2).padStart(6)} ${h.type} ${h.node.key}: ${h.node.name}`);

  heading('PathBetween', `how are ${q.pathFrom} and ${q.pathTo} connected?`);
  const path = await execute(PathBetweenDocument, { from: fromId, to: toId }, { url });
  if (!path.path) log('  not connected within 6 hops');
  else {
    const { nodes, edges } = path.path;
    log(`  length ${path.path.length}: ${nodes[0]?.name}`);
    edges.forEach((e, i) => {
      const arrow = e.from === nodes[i]?.id ? `-${e.type}→` : `←${e.type}-`;
      log(
        `    ${arrow} ${cut(nodes[i + 1]?.name ?? '?', 70)} (${[...new Set(e.evidence.map((x) => x.source.key))].join(', ')})`,
      );
    });
  }

  heading('Neighbourhood', `what is around ${q.centre}?`);
  const around = await execute(NeighbourhoodDocument, { id: centreId, depth: 1 }, { url });
  const n = around.neighbourhood;
  const byType = new Map<string, number>();
  for (const node of n.nodes) byType.set(node.__typename, (byType.get(node.__typename) ?? 0) + 1);
  log(`  ${n.centre.name}: ${n.nodes.length} nodes, ${n.edges.length} edges${n.truncated ? ' (truncated)' : ''}`);
  log(`  ${[...byType].map(([t, k]) => `${k} ${t}`).join(', ')}`);
  log(`  relationship types: ${[...new Set(n.edges.map((e) => e.type))].sort().join(', ')}`);

  heading('Timeline', `what happened from ${q.timeline.from} to ${q.timeline.to} (statements aside)?`);
  const timeline = await execute(
    TimelineDocument,
    { ...q.timeline, types: ['MEETING', 'MONITORING_VISIT', 'PUBLICATION', 'REQUEST', 'APPOINTMENT', 'DISCUSSION'] },
    { url },
  );
  for (const { node: e } of timeline.events.edges) {
    log(`  ${when(e.date)} ${e.__typename}: ${cut(e.name, 70)} — ${e.participants.map((p) => p.node.name).join(', ')}`);
  }

  heading('WhoRequestedSupport', 'the design question: who requested support from whom?');
  const who = await execute(WhoRequestedSupportDocument, {}, { url });
  for (const { node: r } of who.requests.edges) {
    log(`  ${r.requesters.map((x) => x.node.name).join('; ')} → ${r.addressees.map((x) => x.node.name).join('; ')}`);
  }

  heading('WhichNoticeDemandsWhat', `the design question: which warning notice demands what, as of ${q.asOf}?`);
  const which = await execute(WhichNoticeDemandsWhatDocument, { asOf: q.asOf }, { url });
  for (const { node: d } of which.documents.edges) {
    const demands = 'obligations' in d ? d.obligations.map((o) => o.node.status) : [];
    log(`  ${d.key}: ${demands.length} obligations, ${demands.filter((s) => s === 'OVERDUE').length} overdue`);
  }
  return ran;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const url = loopbackApiUrl();
    console.log(`API: ${url}`);
    const ran = await runAll({ url });
    console.log(`\n${ran.length} operations: ${ran.join(', ')}`);
  } catch (err) {
    console.error(`example:run: ${(err as Error).message}`);
    process.exit(1);
  }
}
