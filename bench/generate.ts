// A deterministic synthetic graph shaped like the seed: regions (a government, its ministers, an
// inspectorate, legislation and powers) and many councils over twenty years, each with posts and
// tenures, inspection reports and findings, warning notices imposing obligations (due dates,
// fulfilment, breaches, supersession), improvement plans, meetings and requests. Every fact cites
// one Evidence passage, a sentence of the council-year's Source whose offsets are exact. Same
// labels, properties and relationship types as the seed (src/model.ts), so the API serves it as is.
import neo4j, { type Driver } from 'neo4j-driver';
import { labelsOf, type NodeType, type RelType } from '../src/model.js';

export interface GenNode {
  type: NodeType;
  props: Record<string, unknown>;
}
export interface GenRel {
  type: RelType | 'EVIDENCED_BY' | 'FROM_SOURCE';
  from: string;
  to: string;
  props: Record<string, unknown>;
}
export interface Graph {
  nodes: GenNode[];
  rels: GenRel[];
  councils: number;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

const SYL = [
  'aber',
  'llan',
  'pen',
  'caer',
  'bryn',
  'dol',
  'glan',
  'mor',
  'tre',
  'rhos',
  'cwm',
  'nant',
  'gwyn',
  'fair',
  'ash',
  'brook',
  'mill',
  'stone',
  'wick',
  'ford',
  'ham',
  'by',
  'dale',
  'wood',
  'ley',
  'ton',
  'mouth',
  'field',
];
const FIRST = [
  'Alys',
  'Bethan',
  'Carys',
  'Dafydd',
  'Elin',
  'Ffion',
  'Gareth',
  'Huw',
  'Ieuan',
  'Jane',
  'Kate',
  'Lowri',
  'Mared',
  'Nia',
  'Owain',
  'Peter',
  'Rhys',
  'Sian',
  'Tomos',
  'Wyn',
  'Amira',
  'Ben',
  'Chloe',
  'David',
  'Emma',
  'Faisal',
  'Grace',
  'Harry',
  'Isla',
  'James',
  'Leila',
  'Mohammed',
  'Noah',
  'Olivia',
  'Priya',
  'Ravi',
  'Sarah',
  'Tom',
  'Zara',
];
const LAST = [
  'Jones',
  'Davies',
  'Evans',
  'Thomas',
  'Roberts',
  'Hughes',
  'Lewis',
  'Morgan',
  'Griffiths',
  'Price',
  'Owen',
  'Powell',
  'Harris',
  'Lloyd',
  'Rees',
  'Jenkins',
  'Bevan',
  'Parry',
  'Edwards',
  'Walker',
  'Khan',
  'Patel',
  'Shah',
  'Smith',
  'Brown',
  'Taylor',
  'Wilson',
  'Clarke',
  'Hall',
  'Wood',
];
const AREAS = [
  'children’s services',
  'adult social care',
  'safeguarding',
  'education',
  'housing',
  'highways',
  'waste collection',
  'financial management',
  'corporate governance',
  'planning',
];
const ACTIONS = [
  'Submit an improvement plan for',
  'Appoint an interim director for',
  'Report monthly progress on',
  'Reduce the backlog in',
  'Commission an independent review of',
  'Recruit permanent staff for',
  'Set up an improvement board for',
];
const FINDINGS = [
  'Serious and widespread failings in',
  'A risk of harm to people relying on',
  'Poor leadership and oversight of',
  'Inadequate case recording in',
  'Unsafe staffing levels in',
];
const HONORIFICS = ['Cllr', 'Mr', 'Ms', 'Dr'];

const YEARS = 20;
const FIRST_YEAR = 2000;
const COUNCILS_PER_REGION = 22;

const d = (y: number, m: number, day: number) => new neo4j.types.Date(y, m, Math.min(day, 28));
const iso = (y: number, m: number, day: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
const pad = (n: number, w = 4) => String(n).padStart(w, '0');

/** A day-precision fuzzy date, flattened as the seed does. */
function dayDate(field: string, y: number, m: number, day: number, text?: string): Record<string, unknown> {
  return {
    [`${field}Text`]: text ?? null,
    [`${field}Value`]: iso(y, m, day),
    [`${field}Precision`]: 'DAY',
    [`${field}Earliest`]: d(y, m, day),
    [`${field}Latest`]: d(y, m, day),
    [`${field}Inferred`]: false,
  };
}
/** A month-precision fuzzy date (earliest = 1st, latest = 28th as a simple bound). */
function monthDate(field: string, y: number, m: number, text?: string): Record<string, unknown> {
  return {
    [`${field}Text`]: text ?? null,
    [`${field}Value`]: `${y}-${String(m).padStart(2, '0')}`,
    [`${field}Precision`]: 'MONTH',
    [`${field}Earliest`]: d(y, m, 1),
    [`${field}Latest`]: d(y, m, 28),
    [`${field}Inferred`]: false,
  };
}
const clean = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

/**
 * Generates councils (each with 20 years of history) until nodes + relationships reach `target`
 * (not counting the seed). The same councils come out in the same order at every scale, so
 * `x-council-0001` is the same body at 10k and at 1m.
 */
export function generate(target: number, seed = 42): Graph {
  const rnd = prng(seed);
  const nodes: GenNode[] = [];
  const rels: GenRel[] = [];
  const ids = new Set<string>();

  // The source being written and its text so far: every fact's evidence is one sentence of it.
  let source: { id: string; parts: string[]; length: number } | undefined;
  const openSource = (id: string) => {
    source = { id, parts: [], length: 0 };
  };
  const cite = (sentence: string): string => {
    const s = source!;
    const start = s.length;
    s.parts.push(sentence + ' ');
    s.length += sentence.length + 1;
    const end = start + sentence.length;
    const evId = `${s.id}@${start}-${end}`;
    nodes.push({
      type: 'Evidence',
      props: {
        id: evId,
        name: sentence.length > 60 ? `${sentence.slice(0, 57)}...` : sentence,
        quote: sentence,
        start: neo4j.int(start),
        end: neo4j.int(end),
        sourceId: s.id,
      },
    });
    rels.push({ type: 'FROM_SOURCE', from: evId, to: s.id, props: { id: `${evId}|FROM_SOURCE|${s.id}` } });
    return evId;
  };
  const closeSource = (title: string, publisher: string, y: number) => {
    const s = source!;
    nodes.push({
      type: 'Source',
      props: clean({
        id: s.id,
        name: title,
        title,
        titleInferred: false,
        publisher,
        file: `${s.id}.txt`,
        content: s.parts.join(''),
        ...dayDate('published', y, 12, 20),
      }),
    });
    source = undefined;
  };
  /** A fact node, with its evidence; returns the evidence id so its relationships can cite it. */
  const fact = (type: NodeType, props: Record<string, unknown>, sentence: string): string => {
    const id = props.id as string;
    if (ids.has(id)) throw new Error(`duplicate id ${id}`);
    ids.add(id);
    if (Array.isArray(props.aliases) && props.aliases.length)
      props.aliasesText = (props.aliases as string[]).join(' | ');
    nodes.push({ type, props: clean(props) });
    const ev = cite(sentence);
    rels.push({ type: 'EVIDENCED_BY', from: id, to: ev, props: { id: `${id}|EVIDENCED_BY|${ev}` } });
    return ev;
  };
  const rel = (type: RelType, from: string, to: string, ev: string, extra: Record<string, unknown> = {}) => {
    rels.push({
      type,
      from,
      to,
      props: clean({ id: `${from}|${type}|${to}`, evidence: [ev], inferred: false, ...extra }),
    });
  };
  const personName = () => `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
  const placeName = (used: Set<string>) => {
    for (;;) {
      const n = rnd.int(2, 3);
      let p = '';
      for (let i = 0; i < n; i++) p += rnd.pick(SYL);
      p = p[0]!.toUpperCase() + p.slice(1);
      if (!used.has(p)) {
        used.add(p);
        return p;
      }
    }
  };
  const usedPlaces = new Set<string>();
  let personSeq = 0;

  interface Region {
    gov: string;
    ministry: string;
    inspectorate: string;
    ministers: string[];
    powers: string[];
    consequences: string[];
    name: string;
  }
  let region: Region | undefined;
  let councils = 0;
  const newRegion = (r: number) => {
    const name = placeName(usedPlaces);
    openSource(`src-r${pad(r, 3)}`);
    const gov = `x-gov-${pad(r, 3)}`;
    const ministry = `x-ministers-${pad(r, 3)}`;
    const inspectorate = `x-inspectorate-${pad(r, 3)}`;
    const evGov = fact(
      'Organisation',
      { id: gov, name: `${name} Government`, kind: 'GOVERNMENT', aliases: [`${name} Govt`] },
      `The ${name} Government oversees local councils.`,
    );
    const evMin = fact(
      'Organisation',
      { id: ministry, name: `${name} Ministers`, kind: 'MINISTRY' },
      `${name} Ministers may intervene in failing councils.`,
    );
    rel('PART_OF', ministry, gov, evMin);
    fact(
      'Organisation',
      { id: inspectorate, name: `Care Inspectorate ${name}`, kind: 'INSPECTORATE', aliases: [`CI${name.slice(0, 1)}`] },
      `Care Inspectorate ${name} inspects social services.`,
    );
    rel('ESTABLISHED', gov, inspectorate, evGov);
    const leg = `x-act-${pad(r, 3)}`;
    fact(
      'Legislation',
      {
        id: leg,
        name: `Local Government (${name}) Act ${1990 + (r % 20)}`,
        kind: 'ACT',
        year: neo4j.int(1990 + (r % 20)),
      },
      `The Local Government (${name}) Act ${1990 + (r % 20)} applies.`,
    );
    const powers: string[] = [];
    const consequences: string[] = [];
    const ministers: string[] = [];
    for (let i = 1; i <= 2; i++) {
      const prov = `x-act-${pad(r, 3)}-s${i * 10}`;
      const evP = fact(
        'Provision',
        {
          id: prov,
          name: `Section ${i * 10} of the ${name} Act`,
          fromSection: neo4j.int(i * 10),
          toSection: neo4j.int(i * 10 + 3),
        },
        `Sections ${i * 10} to ${i * 10 + 3} of the ${name} Act confer powers of intervention.`,
      );
      rel('PART_OF', prov, leg, evP);
      const power = `x-power-${pad(r, 3)}-${i}`;
      const evPw = fact(
        'Power',
        {
          id: power,
          name: i === 1 ? `Power to issue a warning notice (${name})` : `Power to direct a council (${name})`,
        },
        `Ministers may ${i === 1 ? 'issue a warning notice' : 'direct a council'} under section ${i * 10}.`,
      );
      rel('CONFERRED_BY', power, prov, evPw);
      rel('HELD_BY', power, ministry, evPw);
      powers.push(power);
      const cons = `x-consequence-${pad(r, 3)}-${i}`;
      const evC = fact(
        'Consequence',
        { id: cons, name: i === 1 ? 'Ministers take over the service' : 'Commissioners are appointed' },
        `Failure could lead to ${i === 1 ? 'ministers taking over the service' : 'commissioners being appointed'}.`,
      );
      rel('RELIES_ON', cons, power, evC);
      rel('THREATENS', ministry, cons, evC);
      consequences.push(cons);
      const pid = `x-person-${pad(++personSeq, 6)}`;
      const pname = personName();
      const evM = fact(
        'Person',
        { id: pid, name: pname, honorific: 'Mr', aliases: [`Minister ${pname.split(' ')[1]}`] },
        `${pname} is a minister of the ${name} Government.`,
      );
      rel('MEMBER_OF', pid, ministry, evM);
      ministers.push(pid);
    }
    closeSource(`${name} Government: intervention powers`, `${name} Government`, FIRST_YEAR);
    region = { gov, ministry, inspectorate, ministers, powers, consequences, name };
  };

  const newCouncil = (c: number) => {
    const r = region!;
    const place = placeName(usedPlaces);
    const council = `x-council-${pad(c)}`;
    const cname = `${place} County Council`;
    const key = pad(c);
    openSource(`src-c${key}-setup`);
    const evC = fact(
      'Organisation',
      {
        id: council,
        name: cname,
        kind: 'COUNCIL',
        aliases: [`${place} Council`, `${place.slice(0, 2).toUpperCase()}CC`],
        description: `Local authority for ${place}.`,
      },
      `${cname} is the local authority for ${place}.`,
    );
    rel('PART_OF', council, r.gov, evC);
    const dept = `x-council-${key}-social-services`;
    const evD = fact(
      'Organisation',
      { id: dept, name: `${place} Social Services`, kind: 'DEPARTMENT' },
      `${place} Social Services is a department of ${cname}.`,
    );
    rel('PART_OF', dept, council, evD);
    const posts = ['Leader', 'Chief Executive', 'Director of Social Services'].map((title, i) => {
      const id = `x-post-${key}-${i + 1}`;
      const ev = fact(
        'Post',
        { id, name: `${title} of ${cname}`, title, aliases: [`${place} ${title}`] },
        `The ${title} of ${cname} is a statutory post.`,
      );
      rel('POST_IN', id, council, ev);
      return id;
    });
    closeSource(`${cname}: who is who`, `${place} Gazette`, FIRST_YEAR);

    const holders: { person: string; tenure: string; name: string; props: Record<string, unknown> }[] = [];
    let prevNotice: string | undefined;
    let prevPlan: string | undefined;
    let prevObligations: string[] = [];
    let planRevision = 0;
    for (let yi = 0; yi < YEARS; yi++) {
      const y = FIRST_YEAR + yi;
      openSource(`src-c${key}-${y}`);
      // Posts change hands now and then; a new holder starts a tenure and ends the previous one.
      posts.forEach((post, i) => {
        const prev = holders[i];
        if (prev && !rnd.chance(0.3)) return;
        const m = rnd.int(1, 12);
        const pid = `x-person-${pad(++personSeq, 6)}`;
        const pname = personName();
        const hon = i === 0 ? 'Cllr' : rnd.pick(HONORIFICS);
        const evP = fact(
          'Person',
          { id: pid, name: pname, honorific: hon, aliases: [`${hon} ${pname.split(' ')[1]}`] },
          `${hon} ${pname} became ${['Leader', 'Chief Executive', 'Director of Social Services'][i]} of ${cname} in ${y}.`,
        );
        if (i === 0) rel('MEMBER_OF', pid, council, evP);
        const tid = `x-tenure-${pid.slice(9)}-${i + 1}`;
        const qualifier = rnd.chance(0.15) ? rnd.pick(['ACTING', 'INTERIM']) : undefined;
        const evT = fact(
          'Tenure',
          {
            id: tid,
            name: `${pname} as ${['Leader', 'Chief Executive', 'Director of Social Services'][i]} of ${cname}`,
            qualifier,
            ...monthDate('start', y, m),
          },
          `${pname} took up the post ${qualifier ? `on an ${qualifier.toLowerCase()} basis ` : ''}in ${y}.`,
        );
        rel('HAS_TENURE', pid, tid, evT);
        rel('IN_POST', tid, post, evT);
        // The end of the previous tenure: set on that node (already emitted) in place.
        if (prev) Object.assign(prev.props, clean(monthDate('end', y, m)));
        holders[i] = { person: pid, tenure: tid, name: pname, props: nodes[nodes.length - 2]!.props };
      });
      const leader = holders[0]!;
      const chief = holders[1]!;

      // The inspectorate's annual report and what it found.
      const area = rnd.pick(AREAS);
      const rep = `x-report-${key}-${y}`;
      const rm = rnd.int(2, 6);
      const evR = fact(
        'InspectionReport',
        {
          id: rep,
          name: `Inspection of ${area} in ${place}, ${y}`,
          title: `Inspection of ${area}: ${cname}`,
          status: 'ISSUED',
          ...dayDate('issued', y, rm, rnd.int(1, 28)),
        },
        `${r.name}'s inspectorate published its inspection of ${area} at ${cname} in ${y}.`,
      );
      rel('ISSUED', r.inspectorate, rep, evR);
      rel('ADDRESSED_TO', rep, council, evR);
      rel('CONCERNS', rep, dept, evR);
      for (let f = 1; f <= 2; f++) {
        const fid = `x-finding-${key}-${y}-${f}`;
        const text = `${rnd.pick(FINDINGS)} ${area}`;
        const evF = fact(
          'Finding',
          { id: fid, name: text, kind: rnd.pick(['FAILING', 'RISK', 'DEFICIENCY']) },
          `The report found ${text.toLowerCase()} at ${cname}.`,
        );
        rel('STATES', rep, fid, evF);
        rel('CONCERNS', fid, council, evF);
      }

      // A warning notice most years, with the obligations it imposes and the plan it requires.
      if (rnd.chance(0.6)) {
        const nm = Math.min(12, rm + rnd.int(1, 3));
        const nday = rnd.int(1, 28);
        const notice = `x-notice-${key}-${y}`;
        const minister = rnd.pick(r.ministers);
        const evN = fact(
          'WarningNotice',
          {
            id: notice,
            name: `${prevNotice ? 'Follow-up warning' : 'Warning'} notice to ${cname}, ${y}`,
            notice: prevNotice ? 'FOLLOW_UP' : 'FIRST',
            status: 'ISSUED',
            ...dayDate('issued', y, nm, nday),
          },
          `${r.name} Ministers issued a ${prevNotice ? 'follow-up ' : ''}warning notice to ${cname} about ${area} in ${y}.`,
        );
        rel('ISSUED', r.ministry, notice, evN);
        rel('ADDRESSED_TO', notice, council, evN);
        rel('RESPONDS_TO', notice, rep, evN);
        rel('RELIES_ON', notice, r.powers[0]!, evN);
        if (prevNotice) rel('FOLLOWS_UP', notice, prevNotice, evN);
        planRevision++;
        const plan = `x-plan-${key}-${y}`;
        const delivered = rnd.chance(0.7);
        const pm = Math.min(12, nm + rnd.int(1, 4));
        const evPl = fact(
          'ImprovementPlan',
          {
            id: plan,
            name: `${place} improvement plan ${planRevision}`,
            revision: neo4j.int(planRevision),
            status: delivered ? 'ISSUED' : 'REQUIRED',
            ...(delivered ? dayDate('issued', y, pm, 15) : {}),
          },
          `${cname} ${delivered ? 'submitted' : 'must submit'} improvement plan ${planRevision} on ${area}.`,
        );
        rel('ISSUED', council, plan, evPl);
        rel('RESPONDS_TO', plan, notice, evPl);
        if (prevPlan) rel('REVISES', plan, prevPlan, evPl);
        const k = rnd.int(2, 4);
        const obligations: string[] = [];
        for (let o = 1; o <= k; o++) {
          const oid = `x-obl-${key}-${y}-${o}`;
          const action = `${rnd.pick(ACTIONS)} ${area}`;
          const dueM = nm + rnd.int(1, 9);
          const dueY = y + Math.floor((dueM - 1) / 12);
          const dueMo = ((dueM - 1) % 12) + 1;
          const breached = !delivered && rnd.chance(0.3);
          const evO = fact(
            'Obligation',
            {
              id: oid,
              name: `${place}: ${action}`,
              kind: 'DUTY',
              action: `${action} by the deadline.`,
              ...monthDate('due', dueY, dueMo, `by ${dueMo}/${dueY}`),
              ...(breached ? monthDate('breached', dueY, dueMo) : {}),
              statusNote: breached ? 'The notice says the deadline was missed.' : undefined,
            },
            `The notice requires ${cname} to ${action.toLowerCase()} by ${dueMo}/${dueY}.`,
          );
          rel('IMPOSES', notice, oid, evO);
          rel('IMPOSED', minister, oid, evO);
          rel('BEARS', council, oid, evO);
          rel('OWED_TO', oid, r.ministry, evO);
          rel('REQUIRES', oid, plan, evO);
          rel('RELIES_ON', oid, r.powers[1]!, evO);
          rel('ON_BREACH', oid, rnd.pick(r.consequences), evO);
          if (delivered && rnd.chance(0.6)) rel('FULFILS', plan, oid, evPl, dayDate('date', y, pm, 15));
          obligations.push(oid);
        }
        if (prevObligations.length && rnd.chance(0.2)) rel('SUPERSEDES', obligations[0]!, prevObligations[0]!, evN);
        prevNotice = notice;
        prevPlan = plan;
        prevObligations = obligations;
      }

      // Meetings between the council's leadership and a minister, and one request for support.
      for (let mi = 1; mi <= 2; mi++) {
        const mid = `x-meeting-${key}-${y}-${mi}`;
        const minister = rnd.pick(r.ministers);
        const mm = mi * 5;
        const evMt = fact(
          'Meeting',
          {
            id: mid,
            name: `Meeting on ${area}, ${place}, ${y}`,
            location: `${place} Council Offices`,
            ...dayDate('date', y, mm, rnd.int(1, 28)),
          },
          `${leader.name} and ${chief.name} met the minister about ${area} in ${y}.`,
        );
        rel('ATTENDED', leader.person, mid, evMt);
        rel('ATTENDED', chief.person, mid, evMt);
        rel('ATTENDED', minister, mid, evMt);
        rel('CONCERNS', mid, council, evMt);
      }
      const req = `x-request-${key}-${y}`;
      const evQ = fact(
        'Request',
        {
          id: req,
          name: `${place} asks for support with ${area}`,
          subject: `support with ${area}`,
          ...monthDate('date', y, rnd.int(1, 12)),
        },
        `${leader.name} asked ${r.name} Ministers for support with ${area}.`,
      );
      rel('MADE', leader.person, req, evQ, { capacity: posts[0] });
      rel('ADDRESSED_TO', req, r.ministry, evQ);
      rel('RELIES_ON', req, r.powers[0]!, evQ);
      closeSource(`${cname} in ${y}`, `${place} Gazette`, y);
    }
  };

  while (nodes.length + rels.length < target) {
    if (councils % COUNCILS_PER_REGION === 0) newRegion(councils / COUNCILS_PER_REGION + 1);
    newCouncil(++councils);
  }
  return { nodes, rels, councils };
}

const BATCH = 10_000;

/** Writes a generated graph with batched UNWIND: nodes per label set, then relationships per type. */
export async function load(
  driver: Driver,
  database: string,
  g: Graph,
  log: (l: string) => void,
): Promise<{ seconds: number }> {
  const t0 = Date.now();
  const total = g.nodes.length + g.rels.length;
  let done = 0;
  let lastLog = 0;
  const progress = (force = false) => {
    if (force || Date.now() - lastLog > 2000) {
      lastLog = Date.now();
      const s = (Date.now() - t0) / 1000;
      log(
        `load: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${Math.round((100 * done) / total)}%) in ${s.toFixed(1)} s, ${Math.round(done / Math.max(s, 0.001)).toLocaleString('en')}/s`,
      );
    }
  };
  const byType = new Map<string, Record<string, unknown>[]>();
  for (const n of g.nodes) {
    const list = byType.get(n.type) ?? [];
    list.push(n.props);
    byType.set(n.type, list);
  }
  for (const [type, rows] of byType) {
    const labels = labelsOf(type as NodeType)
      .map((l) => `:${l}`)
      .join('');
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await driver.executeQuery(`UNWIND $rows AS row CREATE (n${labels}) SET n = row`, { rows: batch }, { database });
      done += batch.length;
      progress();
    }
  }
  const relsByType = new Map<string, GenRel[]>();
  for (const r of g.rels) {
    const list = relsByType.get(r.type) ?? [];
    list.push(r);
    relsByType.set(r.type, list);
  }
  for (const [type, rows] of relsByType) {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH).map((r) => ({ f: r.from, t: r.to, p: r.props }));
      await driver.executeQuery(
        `UNWIND $rows AS row MATCH (a:Entity {id: row.f}) MATCH (b:Entity {id: row.t}) CREATE (a)-[r:${type}]->(b) SET r = row.p`,
        { rows: batch },
        { database },
      );
      done += batch.length;
      progress();
    }
  }
  progress(true);
  return { seconds: (Date.now() - t0) / 1000 };
}
