// The rule engine: deterministic patterns for the language of official documents (notices,
// statements, reports, letters, news of them). Every rule quotes a slice of the text, records its
// name and a confidence, and proposes a record in the seed's shape; nothing is written until a
// reviewer accepts it. docs/extraction.md lists the rules and how to add one.
import type { NodeType } from '../model.js';
import type { FuzzyDate } from '../write/compile.js';
import { findDates, numberOf, NUMBER_WORDS, type DateMatch } from './dates.js';
import { sentences, sub, trimSpan, type Span } from './text.js';
import type { DocumentInput, Extractor, GraphView, Proposal, ProposedLink, RecordDraft } from './types.js';

/** A name found in the text: an entity of the graph, or a candidate for a new one. */
interface Mention {
  start: number;
  end: number;
  /** Key of the graph's entity, when it is one. */
  key?: string;
  type: NodeType;
  name: string;
}

const ACTOR_TYPES: NodeType[] = ['Person', 'Organisation'];
/** What a document names by a proper name; tenures, statements and duties are described, not named. */
const LEXICON_TYPES = new Set<NodeType>([
  'Person',
  'Organisation',
  'Post',
  'InspectionReport',
  'WarningNotice',
  'ImprovementPlan',
  'WrittenStatement',
  'Letter',
  'Framework',
  'Legislation',
  'Initiative',
]);
/** The kinds of thing an ENTITY proposal is about (documents and laws have kinds of their own). */
const ENTITY_TYPES = new Set<NodeType>(['Person', 'Organisation', 'Post']);
const HONORIFIC = String.raw`(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Professor|Prof|Lord|Baroness)\.?`;
const NAME_WORD = String.raw`[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*`;
const PERSON_NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){1,2}`;
const TITLE_HEAD = String.raw`(?:AM|MP|MS|MSP|Assembly Member|Member of Parliament|Minister|Cabinet Secretary|Secretary|Leader|Chief Executive|Director|Commissioner|Chair|Chairman|Chairwoman|Chief Inspector|Inspector|Chief Constable|Mayor|Deputy [A-Z][a-z]+|Head)`;
const POST = String.raw`(?:(?:Acting|Interim|Deputy|Council|Corporate) )?${TITLE_HEAD}(?: (?:for|of) (?:the )?[A-Z][A-Za-z-]+(?:(?:,| and| for| of| &)? [A-Z][A-Za-z-]+)*)?`;
const ORG_HEAD = String.raw`(?:Council|Government|Inspectorate|Association|Board|Authority|Department|Agency|Commission|Office|Police|Committee|Cabinet|Assembly|Parliament|Trust|Ombudsman|Tribunal|Executive)\b`;
const ORG = String.raw`(?:[A-Z][A-Za-z'’&-]+ ){1,5}${ORG_HEAD}(?: (?:Wales|England|Scotland|of [A-Z][a-z]+|for [A-Z][a-z]+(?: [A-Z][a-z]+)*))?`;
const GENERIC_ORG = /^(The|A|An|This|That|Our|Their|Its|Local|County|Senior|Welsh)$/;

const ORG_KINDS: [RegExp, string][] = [
  [/Council$/, 'COUNCIL'],
  [/Government$/, 'GOVERNMENT'],
  [/Inspectorate|Inspector/, 'INSPECTORATE'],
  [/Association$/, 'ASSOCIATION'],
  [/Police/, 'POLICE'],
  [/Department$/, 'DEPARTMENT'],
  [/Cabinet$/, 'CABINET'],
  [/Assembly|Parliament/, 'LEGISLATURE'],
];

function orgKind(name: string): string {
  return ORG_KINDS.find(([re]) => re.test(name))?.[1] ?? 'BOARD';
}

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Mentions of the graph's entities by name or alias, longest first, case as written. */
function knownMentions(text: string, graph: GraphView): Mention[] {
  const names: { name: string; key: string; type: NodeType; canonical: string }[] = [];
  for (const e of graph.entities) {
    if (!LEXICON_TYPES.has(e.type)) continue;
    for (const n of e.names) {
      // One lower-case word ("government", "inspectors") names too many things to be a mention.
      if (n.length < 4 || (!/\s/.test(n) && n === n.toLowerCase())) continue;
      names.push({ name: n, key: e.key, type: e.type, canonical: e.names[0]! });
    }
    // People are named again by honorific and surname ("Ms Harris", "Mr Davies").
    if (e.type === 'Person') {
      const surname = e.names[0]!.split(' ').pop()!;
      if (surname.length >= 3)
        for (const h of ['Cllr', 'Councillor', 'Mr', 'Mrs', 'Ms', 'Dr'])
          names.push({ name: `${h} ${surname}`, key: e.key, type: e.type, canonical: e.names[0]! });
    }
  }
  names.sort((a, b) => b.name.length - a.name.length);
  const out: Mention[] = [];
  for (const n of names) {
    const re = new RegExp(String.raw`(?<![\w-])${escapeRe(n.name)}(?![\w-])`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      // "Deputy Leader of X" is another post than "Leader of X".
      if (
        n.type === 'Post' &&
        /\b(Deputy|Vice|Assistant|Shadow|Former|former)[ -]$/.test(text.slice(Math.max(0, start - 10), start))
      )
        continue;
      out.push({ start, end, key: n.key, type: n.type, name: n.canonical });
    }
  }
  return out;
}

/** Capitalised words that are not parts of people's names: days, months, and the words of titles and bodies. */
const NOT_A_NAME = new Set(
  (
    'On In At By The This That Last Next After Before During Since Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December Social Care Services Service ' +
    'Children Health Education Local Public Government Council Wales England Scotland Welsh National County Minister ' +
    'Secretary Director Leader Chief Executive Cabinet Assembly Department Affairs Justice Finance Housing Development ' +
    'Integration Economy Transport Families Communities Older People Police Board Member Members Inspectorate Association'
  ).split(' '),
);

/** Names of people, posts and organisations the graph does not hold yet. */
function candidateMentions(text: string, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  const add = (start: number, end: number, type: NodeType, name: string) => {
    if (type === 'Person' && name.split(/[\s-]+/).some((w) => NOT_A_NAME.has(w))) return;
    // A post may contain its body's name ("Deputy Leader of Powys County Council"); nothing else overlaps.
    const clash = (o: Mention) => start < o.end && end > o.start && !(type === 'Post' && o.type === 'Organisation');
    if ([...known, ...out].some(clash)) return;
    out.push({ start, end, type, name });
  };
  const scan = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    for (let m = re.exec(text); m; m = re.exec(text)) f(m);
  };
  // "Cllr Jane Jones", "Dr Ann Smith"
  scan(new RegExp(String.raw`\b${HONORIFIC} (${PERSON_NAME})`, 'g'), (m) => {
    const at = m.index + m[0].length - m[1]!.length;
    add(at, at + m[1]!.length, 'Person', m[1]!);
  });
  // "Minister for Health Jane Jones", "Chief Executive David Powell"
  scan(new RegExp(String.raw`\b${TITLE_HEAD}(?: (?:for|of) [A-Z][\w ]*?)? (${PERSON_NAME})\b`, 'g'), (m) => {
    const at = m.index + m[0].length - m[1]!.length;
    if (!new RegExp(`^${ORG_HEAD}$`).test(m[1]!.split(' ').pop()!)) add(at, at + m[1]!.length, 'Person', m[1]!);
  });
  // "Jane Jones, Minister for Health" / "Jane Jones, the chief executive"
  scan(
    new RegExp(
      String.raw`\b(${PERSON_NAME}), (?:the )?(?:newly appointed |acting |interim )?(?:[A-Z][\w/]* ){0,4}${TITLE_HEAD}\b`,
      'g',
    ),
    (m) => {
      add(m.index, m.index + m[1]!.length, 'Person', m[1]!);
    },
  );
  // A letter's signature or address block: a name on its own line, a title on the next.
  scan(new RegExp(String.raw`^(${PERSON_NAME})[ \t]*\r?\n[ \t]*(?:[A-Z][\w/]* ){0,3}${TITLE_HEAD}\b`, 'gm'), (m) => {
    add(m.index, m.index + m[1]!.length, 'Person', m[1]!);
  });
  // "Huw Price MS", "Jane Hutt AM": a name with a member's post-nominal letters.
  scan(new RegExp(String.raw`\b(${PERSON_NAME}) (?:AM|MS|MP|MSP|MBE|OBE|CBE|QC|KC)\b`, 'g'), (m) => {
    add(m.index, m.index + m[1]!.length, 'Person', m[1]!);
  });
  // "has appointed Sarah Lloyd as", "named Tom Evans as": a person taking a post.
  scan(new RegExp(String.raw`\b(?:appointed|named|appoint|appoints) (${PERSON_NAME}) as\b`, 'g'), (m) => {
    const at = m.index + m[0].length - m[1]!.length - 3;
    add(at, at + m[1]!.length, 'Person', m[1]!);
  });
  scan(new RegExp(String.raw`\b${POST}`, 'g'), (m) => {
    if (/ (?:for|of) /.test(m[0]) || /^(Acting|Interim|Deputy|Council) /.test(m[0]))
      add(m.index, m.index + m[0].length, 'Post', m[0]);
  });
  scan(new RegExp(String.raw`\b${ORG}`, 'g'), (m) => {
    let start = m.index;
    let name = m[0];
    while (GENERIC_ORG.test(name.split(' ')[0]!) && name.split(' ').length > 2) {
      const cut = name.indexOf(' ') + 1;
      start += cut;
      name = name.slice(cut);
    }
    // "Chief Executive" ends like a body ("Executive") but is a post.
    if (new RegExp(String.raw`^(?:${POST})$`).test(name)) return;
    if (name.split(' ').length >= 2 && !GENERIC_ORG.test(name.split(' ')[0]!))
      add(start, start + name.length, 'Organisation', name);
  });
  return out;
}

interface Ctx {
  text: string;
  doc: DocumentInput;
  graph: GraphView;
  mentions: Mention[];
  dates: DateMatch[];
  out: Proposal[];
}

function quote(ctx: Ctx, s: Span) {
  return { quote: ctx.text.slice(s.start, s.end), start: s.start, end: s.end };
}

const actorsIn = (ctx: Ctx, start: number, end: number) =>
  ctx.mentions.filter((m) => m.start >= start && m.end <= end && ACTOR_TYPES.includes(m.type) && m.key);

/**
 * The actor a clause is about: the last named actor before `at` in it; for "the council", "the
 * authority", "it" or "they", the last body named before with a name of that kind (a candidate
 * body has no key, so no link is proposed to it).
 */
function subjectOf(ctx: Ctx, clause: Span, at: number): Mention | undefined {
  const inClause = actorsIn(ctx, clause.start, at);
  if (inClause.length) return inClause[inClause.length - 1];
  const lead = ctx.text.slice(clause.start, at);
  const bodies = ctx.mentions
    .filter((m) => m.type === 'Organisation' && m.end <= clause.start)
    .sort((a, b) => a.start - b.start);
  let wanted: RegExp | undefined;
  if (/\b(the|this) (county |borough |city )?council\b/i.test(lead)) wanted = /council/i;
  else if (/\b(the|this) (local )?authority\b/i.test(lead)) wanted = /council|authority/i;
  else if (/^\s*(it|they)\b/i.test(lead)) wanted = /./;
  if (!wanted) return undefined;
  const candidates = bodies.filter((m) => wanted.test(m.name) || ctx.text.slice(m.start, m.end).match(wanted));
  return candidates[candidates.length - 1];
}

function linkTo(rel: ProposedLink['rel'], dir: ProposedLink['dir'], m: Mention | undefined): ProposedLink[] {
  return m?.key ? [{ rel, dir, key: m.key, start: m.start, end: m.end }] : [];
}

function shortName(words: string, max = 90): string {
  const one = words.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).replace(/\s\S*$/, '')}…` : one;
}

// ------------------------------------------------------------------ entities

function entityRules(ctx: Ctx, candidates: Mention[]) {
  const seen = new Set<string>();
  for (const m of [...ctx.mentions].sort((a, b) => a.start - b.start)) {
    const id = m.key ?? `${m.type}:${m.name}`;
    if (seen.has(id) || !ENTITY_TYPES.has(m.type)) continue; // one proposal per entity per document
    seen.add(id);
    const q = quote(ctx, { start: m.start, end: m.end, text: '' });
    if (m.key) {
      ctx.out.push({ kind: 'ENTITY', rule: 'entity.known-name', ...q, confidence: 0.9, entity: m.key });
    } else {
      const isCandidate = candidates.includes(m);
      const record: RecordDraft = {
        type: m.type as RecordDraft['type'],
        name: m.name,
        props: m.type === 'Organisation' ? { kind: orgKind(m.name) } : m.type === 'Post' ? { title: m.name } : {},
        links: [],
      };
      ctx.out.push({
        kind: 'ENTITY',
        rule: `entity.new-${m.type.toLowerCase()}`,
        ...q,
        confidence: isCandidate && m.type === 'Person' ? 0.7 : 0.5,
        record,
      });
    }
  }
}

// ------------------------------------------------------------------ dates

function dateRules(ctx: Ctx) {
  for (const d of ctx.dates) {
    const q = quote(ctx, { start: d.start, end: d.end, text: '' });
    ctx.out.push({ kind: 'DATE', rule: d.rule, ...q, confidence: d.date.inferred ? 0.7 : 0.9, date: d.date });
  }
}

// ------------------------------------------------------------------ obligations

const OBLIGATION_TRIGGER = new RegExp(
  [
    String.raw`\bmust\b`,
    String.raw`\bshall\b`,
    String.raw`\b(?:is|are|was|were|will be|shall be|has been|have been) (?:also )?(?:required|obliged|expected|directed) to\b`,
    String.raw`\b(?:is|are) to (?!be\b)[a-z]+`,
    String.raw`\bwill need to\b`,
    String.raw`\bneeds to\b`,
    String.raw`\b(?:has|have) (?:until|a deadline)\b`,
    String.raw`\b(?:will|shall) be (?:needed|provided|submitted|required|published|delivered|produced)\b`,
    String.raw`\bthere will be\b`,
    String.raw`\b(?:we|it|they|the council|the authority|and|Government|Council|Ministers?|Inspectorate|Wales|Board|Authority) will (?:provide|submit|deliver|publish|produce|report|ensure|fund)\b`,
    String.raw`\b(?:\w+)[ -](?:day|week|month|year) deadline\b`,
    // Active voice, the bearer named after the verb: "the direction requires the council to",
    // "I expect the authority to" (not "requires improvement to", an inspection grade).
    String.raw`\b(?:requires?|requiring|directs?|directed|directing|obliges?|obliged|instructs?|instructed|expects?|expected)\s+(?!improvement\b|attention\b|action\b|work\b|that\b|to\b)(?:[\w’'.-]+\s+){1,6}?to\s+(?!be\b|date\b|the\b|a\b|an\b)[a-z]+`,
    // A recommendation of an inspectorate or a minister: a weaker duty (lower confidence).
    String.raw`\bshould\b(?!\s+(?:not|be noted|have|be seen|also be noted)\b)`,
  ].join('|'),
  'gi',
);
/** Triggers whose bearer is the object after the verb, not the subject before it. */
const ACTIVE_VOICE = /^(?:requir|direct|oblig|instruct|expect)[a-z]*\s+(?!to\b)/i;
/** Subjects that make "is required to" a judgement, not a duty ("further work is required to"). */
const NOT_A_BEARER =
  /\b(work|effort|action|improvement|progress|time|resources|change|more|what|this|goal|aim|intention|purpose|priority|objective|ambition|vision|hope)\s+(?:is|are|was|were|will be)\s*$/i;

function obligationRules(ctx: Ctx, s: Span) {
  const triggers: RegExpExecArray[] = [];
  OBLIGATION_TRIGGER.lastIndex = 0;
  for (let m = OBLIGATION_TRIGGER.exec(s.text); m; m = OBLIGATION_TRIGGER.exec(s.text)) triggers.push(m);
  // A conditional ("If the council does not ...") or a question is not a duty.
  if (/^(if|whether|unless)\b/i.test(s.text) && !triggers.length) return;
  triggers.forEach((t, i) => {
    const lead = s.text.slice(0, t.index);
    if (NOT_A_BEARER.test(lead.replace(/\s+(required|expected)\s*$/, ''))) return;
    if (
      /\b(required|expected|obliged)\b/.test(t[0]) &&
      NOT_A_BEARER.test(s.text.slice(0, t.index + t[0].indexOf(' ') + 1))
    )
      return;
    const prevEnd = i ? triggers[i - 1]!.index + triggers[i - 1]![0].length : 0;
    // The clause starts after the last "and", ";" or sentence start before the trigger.
    let from = 0;
    const between = s.text.slice(prevEnd, t.index);
    const cut = Math.max(between.lastIndexOf(' and '), between.lastIndexOf('; '), between.lastIndexOf(', and '));
    if (i > 0 && cut >= 0) from = prevEnd + cut + (between[cut] === ';' ? 2 : 5);
    else if (i > 0) from = prevEnd;
    const to = i + 1 < triggers.length ? nextClauseEnd(s.text, t.index, triggers[i + 1]!.index) : s.text.length;
    const clause = sub(ctx.text, s, from, to);
    const deadlines = ctx.dates.filter(
      (d) => d.start >= clause.start && d.end <= clause.end && d.start > s.start + t.index,
    );
    const undertaking =
      /\b(we|it|they|Government|Council|Ministers?|Inspectorate|Wales|Board|Authority) will\b|there will be|will be provided/i.test(
        t[0],
      ) || /\bwe\b/i.test(lead);
    const objectEnd = s.start + t.index + t[0].length;
    const bearer = ACTIVE_VOICE.test(t[0])
      ? subjectOf(ctx, { ...clause, start: s.start + t.index }, objectEnd)
      : subjectOf(ctx, clause, s.start + t.index);
    const advice = /^should$/i.test(t[0]);
    const duration = /deadline/i.test(t[0]) ? deadlineOf(ctx, clause, t) : undefined;
    if (duration) {
      const at = s.start + t.index + t[0].search(/\S/);
      const span = trimSpan(ctx.text, at, s.start + t.index + t[0].length);
      ctx.out.push({
        kind: 'DATE',
        rule: 'date.deadline-period',
        ...quote(ctx, span),
        confidence: 0.6,
        date: duration,
      });
    }
    const emit = (span: Span, due: FuzzyDate | undefined, rule: string, confidence: number) => {
      // A trigger that ends in the verb keeps it: "requires the council to *commission*", "will *provide*".
      const actionAt = /\b(?:to|will) [a-z]+$/i.test(t[0])
        ? s.start + t.index + t[0].length - t[0].split(/\s+/).pop()!.length
        : s.start + t.index + t[0].length;
      const action = actionOf(ctx.text, span, actionAt);
      ctx.out.push({
        kind: 'OBLIGATION',
        rule,
        ...quote(ctx, span),
        confidence,
        date: due,
        record: {
          type: 'Obligation',
          name: shortName(action),
          props: { kind: undertaking ? 'UNDERTAKING' : 'DUTY', action, ...(due ? { due } : {}) },
          links: linkTo('BEARS', 'in', bearer),
        },
      });
    };
    if (deadlines.length <= 1) {
      emit(
        clause,
        deadlines[0]?.date ?? duration,
        deadlines.length || duration ? 'obligation.modal-deadline' : 'obligation.modal',
        (deadlines.length || duration ? 0.85 : 0.6) - (advice ? 0.2 : 0),
      );
    } else {
      // "within six months, a year later and up to January 2020": one duty per horizon.
      for (const d of deadlines) emit(trimSpan(ctx.text, clause.start, d.end), d.date, 'obligation.horizon', 0.75);
    }
  });
}

/** Where a clause ends before the next trigger: at the "and" or ";" that joins them. */
function nextClauseEnd(text: string, from: number, next: number): number {
  const between = text.slice(from, next);
  const cut = Math.max(between.lastIndexOf(' and '), between.lastIndexOf('; '));
  return cut >= 0 ? from + cut : next;
}

/** The action words: from the trigger to the end of the clause, less its deadline. */
function actionOf(text: string, span: Span, after: number): string {
  const words = text.slice(Math.max(span.start, Math.min(after, span.end)), span.end);
  const trimmed = words.replace(/\s*(?:no later than|by|within|before|until|up to)\b.*$/i, '').trim();
  const action = (trimmed || span.text).replace(/\s+/g, ' ');
  return action.charAt(0).toUpperCase() + action.slice(1);
}

/** "one month into a three month deadline": due the rest of the period after publication. */
function deadlineOf(ctx: Ctx, clause: Span, t: RegExpExecArray): FuzzyDate | undefined {
  const m = /\b(\w+)[ -](day|week|month|year) deadline/i.exec(t[0]);
  const pub = ctx.doc.published;
  if (!m || !pub?.earliest || !pub.latest) return undefined;
  const total = numberOf(m[1]!);
  if (total === undefined) return undefined;
  const into = new RegExp(String.raw`\b(\w+) ${m[2]}s? into\b`, 'i').exec(clause.text);
  const elapsed = into ? (numberOf(into[1]!) ?? 0) : 0;
  const rest = total - elapsed;
  const shift = (iso: string) => {
    const d = new Date(`${iso}T00:00:00Z`);
    const unit = m[2]!.toLowerCase();
    if (unit === 'day') d.setUTCDate(d.getUTCDate() + rest);
    else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * rest);
    else d.setUTCMonth(d.getUTCMonth() + (unit === 'year' ? 12 * rest : rest));
    return d.toISOString().slice(0, 10);
  };
  return {
    text: t[0].trim(),
    precision: 'RANGE',
    earliest: shift(pub.earliest),
    latest: shift(pub.latest),
    inferred: true,
    inference: `${rest} ${m[2]}(s) left of "${t[0].trim()}"${into ? ` ("${into[0]}")` : ''}, counted from the document's date.`,
  };
}

// ------------------------------------------------------------------ events

const REQUEST =
  /\b(?:asked|asking|asks|ask|urged|urging|called on|calling on|requested|requesting)\b(?: [\w’' ]{0,60}?)? (?:to|for)\b|\ba request (?:to|for|that)\b|\bseeks?\b[\w’' ]{0,40}\bhelp\b|\bapplied (?:to|for)\b/i;
const MEETING =
  /\b(?:met|meets|meet with|to meet|(?:for|after|when|before|at) meeting|(?<!been )visited|(?:the|an|this) inspection (?:was )?(?:carried out|took place|held)|(?:a |the )?(?:monitoring |inspection )?visit (?:to|of|in|on)|(?:a |the )monitoring visit|(?:a |the )meeting (?:with|of|between|on))\b/i;
const APPOINTMENT =
  /(?<!newly )\b(?:appointed|appointment (?:of|as)|[’']s? appointment|has been named|was named|took up (?:the|his|her) post)\b/i;

/** A date that opens the document ("date 2017-11-25 ...") dates the document, not an event. */
function isDateline(text: string, d: DateMatch): boolean {
  return d.start < 30 && /^\W*(?:date[d:]?\s*)?$/i.test(text.slice(0, d.start));
}

function eventRules(ctx: Ctx, s: Span) {
  const dated = (kind: 'REQUEST' | 'MEETING' | 'APPOINTMENT', re: RegExp, type: RecordDraft['type'], rule: string) => {
    const m = re.exec(s.text);
    if (!m) return;
    const at = s.start + m.index;
    // The date of the event's own clause, nearest the trigger; a dateline is the document's date.
    const rest = s.text.slice(m.index);
    const stop = /,? and that |; |, while /.exec(rest);
    const clauseEnd = stop ? at + stop.index : s.end;
    const near = ctx.dates
      .filter((d) => d.start >= s.start && d.end <= clauseEnd && !d.deadline && !isDateline(ctx.text, d))
      .sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at));
    let date = near[0]?.date;
    const before = actorsIn(ctx, s.start, at);
    // Who is asked or met is named inside the trigger's words too ("asked the Welsh Government to").
    const after = actorsIn(ctx, at + m[0].trimStart().split(/\s/)[0]!.length, s.end);
    const links: ProposedLink[] =
      kind === 'REQUEST'
        ? [...linkTo('MADE', 'in', before[before.length - 1]), ...linkTo('ADDRESSED_TO', 'out', after[0])]
        : kind === 'MEETING'
          ? [...before, ...after]
              .filter((a, i, all) => all.findIndex((b) => b.key === a.key) === i)
              .flatMap((a) => linkTo(type === 'Meeting' ? 'ATTENDED' : 'CARRIED_OUT', 'in', a))
              .slice(0, type === 'Meeting' ? 6 : 1)
          : [];
    if (!date && kind === 'MEETING') {
      // "met Cllr Harris ... to discuss": the same meeting as a dated one with a participant in common.
      const keys = new Set(links.map((l) => l.key));
      const same = ctx.out.find((p) => p.kind === 'MEETING' && p.date && p.record?.links.some((l) => keys.has(l.key)));
      if (same?.date)
        date = {
          ...same.date,
          inferred: true,
          inference: `The meeting dated "${same.date.text}" earlier in the document, read as the same meeting (a participant in common).`,
        };
    }
    const name = shortName(
      `${kind === 'REQUEST' ? 'Request' : type === 'MonitoringVisit' ? 'Visit' : kind === 'MEETING' ? 'Meeting' : 'Appointment'}: ${s.text}`,
    );
    ctx.out.push({
      kind,
      rule,
      ...quote(ctx, s),
      confidence: date ? 0.8 : 0.6,
      date,
      record: { type, name, props: date ? { date } : {}, links },
    });
  };
  dated('REQUEST', REQUEST, 'Request', 'request.asked');
  const visit = /\bvisit|inspection/i.test(MEETING.exec(s.text)?.[0] ?? '');
  dated('MEETING', MEETING, visit ? 'MonitoringVisit' : 'Meeting', visit ? 'meeting.visit' : 'meeting.met');
  dated('APPOINTMENT', APPOINTMENT, 'Appointment', 'appointment.appointed');
}

// ------------------------------------------------------------------ law

const LEGISLATION =
  /\b((?:[A-Z][\w'’-]*|\((?:Wales|Scotland|England|Northern Ireland)\))(?: (?:[A-Z][\w'’-]*|\((?:Wales|Scotland|England|Northern Ireland)\)|and|of|for|the|to))*) (Act|Measure|Regulations|Order|Rules) ((?:19|20)\d{2})\b/g;
const SECTION = /\b(?:[Ss]ections?|ss?\.)\s?(\d+[A-Z]?)(?:\s?(?:-|–|to|and)\s?(\d+[A-Z]?))?(?:\(\d+\))*/g;
const POWER = /\b(?:their|its|his|her|the|statutory|legal) powers? (?:to [a-z]+(?: [a-z]+){0,6}|under [^,.;]+)/g;

function lawRules(ctx: Ctx) {
  const { text } = ctx;
  const acts: Span[] = [];
  for (let m = LEGISLATION.exec(text); m; m = LEGISLATION.exec(text)) {
    // Drop leading lower-case words and a leading "The".
    let start = m.index;
    let words = m[0];
    const lead = /^(?:(?:the|of|and|for|to|The) )+/.exec(words);
    if (lead) {
      start += lead[0].length;
      words = words.slice(lead[0].length);
    }
    acts.push({ start, end: start + words.length, text: words });
    ctx.out.push({
      kind: 'LEGAL_REFERENCE',
      rule: 'law.act',
      quote: words,
      start,
      end: start + words.length,
      confidence: 0.9,
      record: {
        type: 'Legislation',
        name: words,
        props: { kind: m[2] === 'Act' ? 'ACT' : 'MEASURE', year: Number(m[3]) },
        links: [],
      },
    });
  }
  for (let m = SECTION.exec(text); m; m = SECTION.exec(text)) {
    const act = acts.find((a) => a.start >= m!.index + m![0].length && a.start - (m!.index + m![0].length) <= 8);
    const span = trimSpan(text, m.index, act ? act.end : m.index + m[0].length);
    const from = parseInt(m[1]!, 10);
    const to = m[2] ? parseInt(m[2], 10) : undefined;
    ctx.out.push({
      kind: 'LEGAL_REFERENCE',
      rule: 'law.section',
      ...quote(ctx, span),
      confidence: act ? 0.85 : 0.6,
      record: {
        type: 'Provision',
        name: `Section${to ? 's' : ''} ${m[1]}${to ? `-${m[2]}` : ''}${act ? `, ${act.text}` : ''}`,
        props: { fromSection: from, ...(to && to > from ? { toSection: to } : {}) },
        links: [],
      },
    });
  }
  for (let m = POWER.exec(text); m; m = POWER.exec(text)) {
    const span = trimSpan(text, m.index, m.index + m[0].length);
    ctx.out.push({
      kind: 'LEGAL_REFERENCE',
      rule: 'law.power',
      ...quote(ctx, span),
      confidence: 0.6,
      record: {
        type: 'Power',
        name: shortName(`Power ${span.text.replace(/^\w+ powers? /, '')}`),
        props: {},
        links: [],
      },
    });
  }
}

// ------------------------------------------------------------------ amounts

const MONEY =
  /(?:\b(around|about|approximately|some|nearly|almost|over|more than|up to|an estimated) )?£\s?(\d[\d,]*(?:\.\d+)?)(?: ?(million|billion|bn|m|k)\b)?/g;
const DURATION = new RegExp(String.raw`\b(\d+|${NUMBER_WORDS})[ -](days?|weeks?|months?|years?)\b`, 'gi');

function amountRules(ctx: Ctx) {
  const { text } = ctx;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const scale = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, k: 1e3 }[m[3] as 'm'] ?? 1;
    const amount = Number(m[2]!.replace(/,/g, '')) * scale;
    const span = trimSpan(text, m.index, m.index + m[0].length);
    ctx.out.push({
      kind: 'AMOUNT',
      rule: 'amount.money',
      ...quote(ctx, span),
      confidence: 0.9,
      record: {
        type: 'Figure',
        name: span.text,
        props: { kind: 'MONEY', amount, currency: 'GBP', approximate: Boolean(m[1]), text: span.text },
        links: [],
      },
    });
  }
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const n = numberOf(m[1]!);
    // "a year" only as a span of time ("a year later", "a year's"), not "a year of".
    if (
      n === undefined ||
      (/^an?$/i.test(m[1]!) && !/^\s*(later|earlier|ago|on)\b/.test(text.slice(m.index + m[0].length)))
    )
      continue;
    const unit = m[2]!.toLowerCase()[0]!.toUpperCase();
    ctx.out.push({
      kind: 'AMOUNT',
      rule: 'amount.duration',
      quote: m[0],
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.8,
      record: {
        type: 'Figure',
        name: m[0],
        props: { kind: 'DURATION', duration: `P${n}${unit}`, approximate: false, text: m[0] },
        links: [],
      },
    });
  }
}

// ------------------------------------------------------------------ findings

const FINDING =
  /\b(?:failing|failings|failed to|at risk|(?:considerable|significant|serious) risk|lack of|missed opportunit\w*|inadequate|insufficient|deficien\w+|weakness\w*|further work is required|requires? improvement|not (?:fit for purpose|adequate|sufficient)|poor (?:quality|practice|performance|follow))\b/i;
const FINDING_KIND = (t: string) =>
  /risk/i.test(t) ? 'RISK' : /further work|deficien|weakness|requires? improvement/i.test(t) ? 'DEFICIENCY' : 'FAILING';

function findingRules(ctx: Ctx, s: Span) {
  const m = FINDING.exec(s.text);
  if (!m) return;
  // "failing ... in a number of areas including: A, B and C": one finding per area.
  const list = /\b(?:includ\w*|namely|areas?)\s*:\s*/i.exec(s.text);
  const spans: Span[] = [];
  if (list && list.index > m.index) {
    let at = list.index + list[0].length;
    for (const part of s.text.slice(at).split(/,\s+|\s+and\s+(?=[a-z])/)) {
      const span = sub(ctx.text, s, at, at + part.length);
      if (span.text.length > 3) spans.push(span);
      at += part.length;
      const sep = /^(,\s+|\s+and\s+)/.exec(s.text.slice(at));
      at += sep ? sep[0].length : 0;
    }
  } else spans.push(s);
  for (const span of spans) {
    ctx.out.push({
      kind: 'FINDING',
      rule: spans.length > 1 ? 'finding.listed-area' : 'finding.cue',
      ...quote(ctx, span),
      confidence: 0.6,
      record: { type: 'Finding', name: shortName(span.text), props: { kind: FINDING_KIND(s.text) }, links: [] },
    });
  }
}

// ------------------------------------------------------------------ fulfilments

const DONE =
  /\b(?:has|have|had) (?:now )?(submitted|published|delivered|produced|completed|provided|introduced|drafted|achieved|implemented|sent)\b|\b(?:was|were) (submitted|published|delivered|completed|introduced|implemented) (?:on|in|by)\b/i;
const STOP = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'and',
  'its',
  'their',
  'for',
  'by',
  'in',
  'on',
  'with',
  'be',
  'will',
  'that',
  'this',
]);
const contentWords = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^a-z\s]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map((w) => w.replace(/(s|ed|ing)$/, '')),
  );

function fulfilmentRules(ctx: Ctx, s: Span) {
  const m = DONE.exec(s.text);
  if (!m) return;
  const words = contentWords(s.text.slice(m.index));
  // Who did it: the subject before the verb ("The council has submitted ..."), not whoever else is named.
  const doer = subjectOf(ctx, s, s.start + m.index)?.key;
  let best: { key: string; score: number } | undefined;
  for (const o of ctx.graph.openObligations) {
    const want = contentWords(o.action);
    const shared = [...want].filter((w) => words.has(w)).length;
    // The bearer as the doer (or no doer known) and at least three content words shared.
    const bearerOk = !doer || !o.bearers.length || o.bearers.includes(doer);
    if (bearerOk && shared >= 3 && (!best || shared > best.score)) best = { key: o.key, score: shared };
  }
  if (!best) return;
  const date = ctx.dates.find((d) => d.start >= s.start && d.end <= s.end)?.date;
  ctx.out.push({
    kind: 'FULFILMENT',
    rule: 'fulfilment.done-verb',
    ...quote(ctx, s),
    confidence: date ? 0.6 : 0.4,
    date,
    fulfils: best.key,
  });
}

/** The rule engine: every rule over every sentence, proposals in text order. */
export class RuleExtractor implements Extractor {
  readonly name = 'rules';

  async extract(doc: DocumentInput, graph: GraphView): Promise<Proposal[]> {
    return this.extractSync(doc, graph);
  }

  extractSync(original: DocumentInput, graph: GraphView): Proposal[] {
    // Rules read no-break and other fixed-width spaces as spaces; the text keeps its length, so
    // every offset is an offset of the stored text, and quotes are cut from that.
    const doc = { ...original, text: original.text.replace(/[\u00a0\u2007\u202f]/g, ' ') };
    const text = doc.text;
    const known = knownMentions(text, graph);
    const candidates = candidateMentions(text, known);
    const ctx: Ctx = {
      text,
      doc,
      graph,
      mentions: [...known, ...candidates],
      dates: findDates(text, doc.published),
      out: [],
    };
    entityRules(ctx, candidates);
    dateRules(ctx);
    for (const s of sentences(text)) {
      obligationRules(ctx, s);
      eventRules(ctx, s);
      findingRules(ctx, s);
      fulfilmentRules(ctx, s);
    }
    lawRules(ctx);
    amountRules(ctx);
    // One proposal per kind and span: two rules saying the same thing are one proposal.
    const seen = new Set<string>();
    for (const p of ctx.out) p.quote = original.text.slice(p.start, p.end);
    return ctx.out
      .filter((p) => {
        const k = `${p.kind}|${p.start}|${p.end}`;
        return !seen.has(k) && seen.add(k);
      })
      .sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
  }
}
