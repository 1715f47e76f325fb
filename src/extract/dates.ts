// Date expressions of official prose, found and resolved against the document's publication date
// into the seed's fuzzy dates (docs/seed-format.md): a precision, the earliest and latest day it
// can be, and `inferred` with the reason whenever any part (most often the year) is not in the
// words. Deadlines ("by", "no later than", "within") look forward from publication; other dates
// without a year look back, as news and notices report what has happened.
import type { FuzzyDate } from '../write/compile.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};
export const NUMBER_WORDS = Object.keys(NUMBERS).join('|');

export function numberOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : NUMBERS[w];
}

type Day = Date;
const day = (y: number, m: number, d: number): Day => new Date(Date.UTC(y, m, d));
const iso = (d: Day) => d.toISOString().slice(0, 10);
const parse = (s: string): Day => new Date(`${s}T00:00:00Z`);
const addDays = (d: Day, n: number) => day(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
const lastOfMonth = (y: number, m: number) => day(y, m + 1, 0);
function addPeriod(d: Day, n: number, unit: string): Day {
  if (unit.startsWith('day')) return addDays(d, n);
  if (unit.startsWith('week')) return addDays(d, 7 * n);
  const months = unit.startsWith('year') ? 12 * n : n;
  const target = day(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
  const last = lastOfMonth(target.getUTCFullYear(), target.getUTCMonth()).getUTCDate();
  return day(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last));
}
/** Monday of the week `d` falls in (weeks run Monday to Sunday, as in the seed). */
const mondayOf = (d: Day) => addDays(d, -((d.getUTCDay() + 6) % 7));

/** The publication interval; without one, nothing relative can be resolved. */
export interface Anchor {
  earliest: Day;
  latest: Day;
  exact: boolean;
  describe: string;
}

export function anchorOf(published: FuzzyDate | undefined): Anchor | undefined {
  if (!published) return undefined;
  const e = published.earliest ?? (published.value?.length === 10 ? published.value : undefined);
  const l = published.latest ?? e;
  if (!e || !l) return undefined;
  const exact = e === l;
  return {
    earliest: parse(e),
    latest: parse(l),
    exact,
    describe: exact ? `a document dated ${e}` : `a document dated ${e} to ${l}`,
  };
}

function fuzzy(
  text: string,
  precision: FuzzyDate['precision'],
  earliest: Day,
  latest: Day,
  inference?: string,
  value?: string,
): FuzzyDate {
  return {
    text,
    precision,
    value,
    earliest: iso(earliest),
    latest: iso(latest),
    inferred: inference !== undefined,
    inference,
  };
}

/** The year that puts month `m` (day `d`) after (forward) or before the anchor. */
function yearFor(m: number, d: number, a: Anchor, forward: boolean): number {
  if (forward) {
    const y = a.earliest.getUTCFullYear();
    return day(y, m, d) >= a.earliest ? y : y + 1;
  }
  const y = a.latest.getUTCFullYear();
  return day(y, m, d) <= a.latest ? y : y - 1;
}

export interface DateMatch {
  start: number;
  end: number;
  date: FuzzyDate;
  /** True for deadline forms ("by", "no later than", "within", "up to"). */
  deadline: boolean;
  rule: string;
}

const MONTH = `(${MONTHS.join('|')})`;
const WEEKDAY = `(${DAYS.join('|')})`;
const DEADLINE_CUE = String.raw`(?:no later than|not later than|by the end of|by|before|until|up to|in time for)`;

interface Pattern {
  rule: string;
  re: RegExp;
  resolve(m: RegExpExecArray, a: Anchor | undefined, forward: boolean): FuzzyDate | undefined;
}

function cap(s: string) {
  return s.toLowerCase();
}

const patterns: Pattern[] = [
  {
    rule: 'date.iso',
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      const d = day(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      return Number.isNaN(d.getTime()) ? undefined : fuzzy(m[0], 'DAY', d, d, undefined, iso(d));
    },
  },
  {
    // "between 19 and 23 September 2022", "from 4 to 6 June", "19-23 September": one span of days.
    rule: 'date.day-range',
    re: new RegExp(
      String.raw`(?<!\d)(?:between |from )?(\d{1,2})(?:st|nd|rd|th)?(?: and | to |\s?[-–]\s?)(\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\d{4}))?\b`,
      'gi',
    ),
    resolve: (m, a, forward) => {
      const mo = MONTHS.indexOf(cap(m[3]!));
      const [d1, d2] = [Number(m[1]), Number(m[2])];
      const last = dayMonth(m[0], d2, mo, m[4], a, forward);
      if (!last || d1 < 1 || d1 >= d2) return undefined;
      const y = Number(last.latest!.slice(0, 4));
      return fuzzy(
        m[0],
        'RANGE',
        day(y, mo, d1),
        day(y, mo, d2),
        last.inferred ? last.inference : undefined,
        undefined,
      );
    },
  },
  {
    // "early 2023", "mid-2018", "late 2017", "the end of 2019": a third of the year (or its end).
    rule: 'date.part-of-year',
    re: /\b(early|mid|late|the middle of|the end of|the start of|the beginning of)[ -]((?:19|20)\d{2})\b/gi,
    resolve: (m) => {
      const y = Number(m[2]);
      const part = m[1]!.toLowerCase();
      const [from, to] = /early|start|beginning/.test(part) ? [0, 3] : /late|end/.test(part) ? [8, 11] : [4, 7];
      return fuzzy(m[0], 'RANGE', day(y, from, 1), lastOfMonth(y, to), undefined);
    },
  },
  {
    // "in the autumn", "spring 2024": the season (meteorological, northern), next or last one.
    rule: 'date.season',
    re: /\b(?:in |by |during |this |next |last )?(?:the )?(spring|summer|autumn|winter)(?: of)?(?: ((?:19|20)\d{2}))?\b/gi,
    resolve: (m, a, forward) => {
      const first = { spring: 2, summer: 5, autumn: 8, winter: 11 }[m[1]!.toLowerCase() as 'spring'];
      let y = m[2] ? Number(m[2]) : undefined;
      if (y === undefined) {
        if (!a) return undefined;
        const next = forward || /^next/i.test(m[0]);
        y = yearFor(first, next ? 1 : 28, a, next && !/^last/i.test(m[0]));
      }
      return fuzzy(
        m[0],
        'RANGE',
        day(y, first, 1),
        lastOfMonth(y, first + 2),
        m[2] ? undefined : `"${m[0]}" without a year in ${a!.describe}: ${y}.`,
      );
    },
  },
  {
    // "20 November 2017", "Monday 20 November", "7 February"
    rule: 'date.day-month',
    re: new RegExp(String.raw`(?<!\d)(?:${WEEKDAY},? )?(\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\d{4}))?\b`, 'gi'),
    resolve: (m, a, forward) => dayMonth(m[0], Number(m[2]), MONTHS.indexOf(cap(m[3]!)), m[4], a, forward),
  },
  {
    // "November 20", "on Monday, November 20", "February 7, 2018"
    rule: 'date.month-day',
    re: new RegExp(String.raw`\b(?:${WEEKDAY},? )?${MONTH} (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b`, 'gi'),
    resolve: (m, a, forward) => dayMonth(m[0], Number(m[3]), MONTHS.indexOf(cap(m[2]!)), m[4], a, forward),
  },
  {
    // "mid January", "early 2018", "late March 2018"
    rule: 'date.part-of-month',
    re: new RegExp(
      String.raw`\b(early|mid|late|the middle of|the end of|the start of)[ -]${MONTH}(?: (\d{4}))?\b`,
      'gi',
    ),
    resolve: (m, a, forward) => {
      const mo = MONTHS.indexOf(cap(m[2]!));
      const part = m[1]!.toLowerCase();
      const y = m[3] ? Number(m[3]) : a ? yearFor(mo, 15, a, forward) : undefined;
      if (y === undefined) return undefined;
      const last = lastOfMonth(y, mo).getUTCDate();
      const [from, to] =
        part === 'early' || part === 'the start of'
          ? [1, 10]
          : part === 'late' || part === 'the end of'
            ? [21, last]
            : [11, 20];
      return fuzzy(
        m[0],
        'PART_OF_MONTH',
        day(y, mo, from),
        day(y, mo, to),
        m[3] ? undefined : `"${m[0]}" without a year in ${a!.describe}: ${y}; "${part}" taken as days ${from}-${to}.`,
        `${y}-${String(mo + 1).padStart(2, '0')}`,
      );
    },
  },
  {
    // "October 2017", "in October", "January 2020"
    rule: 'date.month',
    re: new RegExp(String.raw`\b(?:in |of |since |during )?${MONTH}(?: (\d{4}))?\b`, 'gi'),
    resolve: (m, a, forward) => {
      const mo = MONTHS.indexOf(cap(m[1]!));
      // "may" is a modal verb far more often than a month: only with a year or a preposition.
      if (mo === 4 && !m[2] && !/^(in|of|since|during) /i.test(m[0])) return undefined;
      if (!m[2] && !/^(in|of|since|during) /i.test(m[0]) && !/^[A-Z]/.test(m[1]!)) return undefined;
      const y = m[2] ? Number(m[2]) : a ? yearFor(mo, forward ? 28 : 1, a, forward) : undefined;
      if (y === undefined) return undefined;
      return fuzzy(
        m[0],
        'MONTH',
        day(y, mo, 1),
        lastOfMonth(y, mo),
        m[2] ? undefined : `"${m[0]}" without a year in ${a!.describe}: ${y}.`,
        `${y}-${String(mo + 1).padStart(2, '0')}`,
      );
    },
  },
  {
    rule: 'date.relative-week',
    re: /\b(last|this|next) week\b/gi,
    resolve: (m, a) => {
      if (!a) return undefined;
      const shift = { last: -7, this: 0, next: 7 }[m[1]!.toLowerCase() as 'last']!;
      const from = addDays(mondayOf(a.earliest), shift);
      const to = addDays(mondayOf(a.latest), shift + 6);
      return fuzzy(m[0], a.exact ? 'WEEK' : 'RANGE', from, to, `"${m[0]}" in ${a.describe}.`);
    },
  },
  {
    rule: 'date.relative-month',
    re: /\b(last|this|next) month\b/gi,
    resolve: (m, a) => {
      if (!a) return undefined;
      const shift = { last: -1, this: 0, next: 1 }[m[1]!.toLowerCase() as 'last']!;
      const from = day(a.earliest.getUTCFullYear(), a.earliest.getUTCMonth() + shift, 1);
      const to = lastOfMonth(a.latest.getUTCFullYear(), a.latest.getUTCMonth() + shift);
      return fuzzy(
        m[0],
        a.exact || from.getUTCMonth() === to.getUTCMonth() ? 'MONTH' : 'RANGE',
        from,
        to,
        `"${m[0]}" in ${a.describe}.`,
      );
    },
  },
  {
    rule: 'date.yesterday-today',
    re: /\b(yesterday|today)\b/gi,
    resolve: (m, a) => {
      if (!a) return undefined;
      const shift = m[1]!.toLowerCase() === 'yesterday' ? -1 : 0;
      return fuzzy(
        m[0],
        a.exact ? 'DAY' : 'RANGE',
        addDays(a.earliest, shift),
        addDays(a.latest, shift),
        `"${m[0]}" in ${a.describe}.`,
      );
    },
  },
  {
    // "on Tuesday": the last such day before publication (reports look back).
    rule: 'date.weekday',
    re: new RegExp(String.raw`\b(?:on|last|this|next) ${WEEKDAY}\b(?!,? (?:\d|${MONTH}))`, 'gi'),
    resolve: (m, a, forward) => {
      if (!a) return undefined;
      const wd = DAYS.indexOf(cap(m[1]!));
      const next = /^next/i.test(m[0]) || (forward && !/^last/i.test(m[0]));
      const step = (d: Day) => {
        const diff = next ? (wd - d.getUTCDay() + 7) % 7 || 7 : -((d.getUTCDay() - wd + 7) % 7 || 7);
        return addDays(d, diff);
      };
      const from = step(a.earliest);
      const to = step(a.latest);
      const [e, l] = from <= to ? [from, to] : [to, from];
      return fuzzy(
        m[0],
        a.exact ? 'DAY' : 'RANGE',
        e,
        l,
        `"${m[0]}" in ${a.describe}: the ${next ? 'next' : 'last'} ${m[1]} ${next ? 'after' : 'before'} it.`,
      );
    },
  },
  {
    // "within 20 days", "within six months of the date of this notice"
    rule: 'date.within',
    re: new RegExp(
      String.raw`\bwithin (\d+|${NUMBER_WORDS})[ -](days?|weeks?|months?|years?)(?: (?:of|from) (?:the date of |receipt of )?(?:this|the) (?:notice|letter|report|decision|direction|statement|plan|date))?(?: of (?:this|the) (?:notice|letter|report|decision|direction|statement|plan))?`,
      'gi',
    ),
    resolve: (m, a) => {
      const n = numberOf(m[1]!);
      if (!a || n === undefined) return undefined;
      return fuzzy(
        m[0],
        a.exact ? 'DAY' : 'RANGE',
        addPeriod(a.earliest, n, m[2]!),
        addPeriod(a.latest, n, m[2]!),
        `"${m[0]}" counted from ${a.describe}.`,
      );
    },
  },
  {
    // "a year later", "two months later": counted from the document's date.
    rule: 'date.later',
    re: new RegExp(String.raw`\b(\d+|${NUMBER_WORDS})[ -](days?|weeks?|months?|years?) later\b`, 'gi'),
    resolve: (m, a) => {
      const n = numberOf(m[1]!);
      if (!a || n === undefined) return undefined;
      return fuzzy(
        m[0],
        'RANGE',
        addPeriod(a.earliest, n, m[2]!),
        addPeriod(a.latest, n, m[2]!),
        `"${m[0]}" counted from ${a.describe}; the words do not say later than what.`,
      );
    },
  },
  {
    rule: 'date.year',
    re: /\b(?:in|during|since|by|of) ((?:19|20)\d{2})\b(?![-–]\d)/g,
    resolve: (m) => {
      const y = Number(m[1]);
      return fuzzy(m[0], 'YEAR', day(y, 0, 1), day(y, 11, 31), undefined, String(y));
    },
  },
];

function dayMonth(
  text: string,
  d: number,
  mo: number,
  year: string | undefined,
  a: Anchor | undefined,
  forward: boolean,
): FuzzyDate | undefined {
  if (mo < 0 || d < 1 || d > 31) return undefined;
  const y = year ? Number(year) : a ? yearFor(mo, d, a, forward) : undefined;
  if (y === undefined) return undefined;
  const date = day(y, mo, d);
  if (date.getUTCMonth() !== mo) return undefined;
  return fuzzy(
    text,
    'DAY',
    date,
    date,
    year ? undefined : `"${text}" without a year in ${a!.describe}: the ${forward ? 'next' : 'last'} one, ${y}.`,
    iso(date),
  );
}

/** Every date expression in `text` (non-overlapping, earlier patterns first), with its deadline cue. */
export function findDates(text: string, published: FuzzyDate | undefined): DateMatch[] {
  const a = anchorOf(published);
  const taken: [number, number][] = [];
  const out: DateMatch[] = [];
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      let start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const before = text.slice(Math.max(0, start - 40), start);
      const cue = new RegExp(String.raw`${DEADLINE_CUE}\s+$`, 'i').exec(before);
      const deadline = Boolean(cue) || p.rule === 'date.within';
      // Future tense or a deadline cue looks forward from publication.
      const clause = text.slice(Math.max(0, start - 120), start);
      const forward =
        deadline || /\b(will|shall|must|needs? to|to be|is to|are to|expected|required|due)\b[^.]*$/i.test(clause);
      const date = p.resolve(m, a, forward);
      if (!date) continue;
      // The cue belongs to the words of a deadline ("no later than February 7"), as in the seed.
      let words = m[0];
      if (cue) {
        start -= cue[0].length;
        words = text.slice(start, end);
      }
      date.text = words;
      taken.push([start, end]);
      out.push({ start, end, date, deadline, rule: p.rule });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
