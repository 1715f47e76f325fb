// Validates curated records (shape, references, quotes located verbatim in their sources, the
// model's relationship ends, fuzzy dates) and compiles them into the nodes and relationships to
// write. Nothing is read or written here: the records come in memory, from the seed folder
// (seedFolder.ts) or from a mutation (src/db/curation.ts, which passes what the graph already
// holds as `existing`), and a set with any error is rejected whole, every error listed by file and
// record id with a code a client can act on.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { allowedEnds, labelsOf, nodeTypes, relTypes, type NodeType, type RelType } from '../model.js';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const fuzzyDate = z
  .object({
    text: z.string().optional(),
    value: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    precision: z.enum(['DAY', 'WEEK', 'MONTH', 'PART_OF_MONTH', 'YEAR', 'RANGE']),
    earliest: isoDay.optional(),
    latest: isoDay.optional(),
    inferred: z.boolean().default(false),
    inference: z.string().optional(),
    relative: z
      .object({
        anchor: z.string(),
        anchorField: z.string().default('issued'),
        offset: z.string().regex(/^P(\d+[YMWD])+$/),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((d) => !d.inferred || d.inference, { message: 'an inferred date needs an `inference`' })
  .refine((d) => !(d.earliest && d.latest) || d.earliest <= d.latest, { message: 'earliest is after latest' });
export type FuzzyDate = z.infer<typeof fuzzyDate>;
/** The fuzzy-date shape, for inputs that carry one outside a record (a source's publication date). */
export const fuzzyDateInput = fuzzyDate;

const evidenceRef = z
  .object({ source: z.string(), quote: z.string().min(1), at: z.number().int().min(0).optional() })
  .strict();

const link = z
  .object({
    rel: z.string(),
    to: z.string().optional(),
    from: z.string().optional(),
    evidence: z.array(evidenceRef).min(1, 'a link needs evidence'),
    inferred: z.boolean().optional(),
    inference: z.string().optional(),
    capacity: z.string().optional(),
    role: z.string().optional(),
    date: fuzzyDate.optional(),
  })
  .strict()
  .refine((l) => (l.to === undefined) !== (l.from === undefined), {
    message: 'a link has exactly one of `to` or `from`',
  })
  .refine((l) => !l.inferred || l.inference, { message: 'an inferred link needs an `inference`' });

const base = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and dashes'),
  name: z.string().min(1),
  description: z.string().optional(),
  aliases: z.array(z.string().min(1)).optional(),
  evidence: z.array(evidenceRef).min(1, 'every record needs evidence'),
  links: z.array(link).default([]),
};

const orgKinds = [
  'COUNCIL',
  'GOVERNMENT',
  'MINISTRY',
  'INSPECTORATE',
  'ASSOCIATION',
  'POLICE',
  'BOARD',
  'TEAM',
  'DEPARTMENT',
  'POLITICAL_GROUP',
  'POLITICAL_PARTY',
  'LEGISLATURE',
  'CABINET',
] as const;
const docProps = {
  issued: fuzzyDate.optional(),
  status: z.enum(['ISSUED', 'REQUIRED']).default('ISSUED'),
  title: z.string().optional(),
};
const eventProps = { date: fuzzyDate.optional() };

/** Type-specific properties; anything else on a record is an error. */
const propsByType: Record<Exclude<NodeType, 'Source' | 'Evidence'>, z.ZodRawShape> = {
  Person: { honorific: z.string().optional() },
  Organisation: { kind: z.enum(orgKinds) },
  Post: { title: z.string().optional() },
  Tenure: {
    qualifier: z.enum(['ACTING', 'INTERIM', 'NEWLY_APPOINTED']).optional(),
    start: fuzzyDate.optional(),
    end: fuzzyDate.optional(),
  },
  InspectionReport: docProps,
  WarningNotice: { ...docProps, notice: z.enum(['FIRST', 'FOLLOW_UP']) },
  ImprovementPlan: { ...docProps, revision: z.number().int().positive().optional() },
  WrittenStatement: docProps,
  Letter: docProps,
  Framework: docProps,
  Meeting: { ...eventProps, location: z.string().optional() },
  MonitoringVisit: eventProps,
  Publication: eventProps,
  Request: { ...eventProps, subject: z.string().optional() },
  Appointment: eventProps,
  Statement: { ...eventProps, text: z.string().min(1) },
  Discussion: { ...eventProps, subject: z.string().optional() },
  Legislation: { kind: z.enum(['ACT', 'MEASURE']), year: z.number().int().optional() },
  Provision: { fromSection: z.number().int().positive(), toSection: z.number().int().positive().optional() },
  Power: {},
  Obligation: {
    kind: z.enum(['DUTY', 'UNDERTAKING']).default('DUTY'),
    action: z.string().min(1),
    due: fuzzyDate.optional(),
    imposed: fuzzyDate.optional(),
    breached: fuzzyDate.optional(),
    withdrawn: fuzzyDate.optional(),
    statusNote: z.string().optional(),
  },
  Consequence: {},
  Finding: { kind: z.enum(['FAILING', 'RISK', 'DEFICIENCY']) },
  Figure: {
    kind: z.enum(['MONEY', 'DURATION']),
    amount: z.number().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    duration: z
      .string()
      .regex(/^P(\d+[YMWD])+$/)
      .optional(),
    approximate: z.boolean().default(false),
    text: z.string().min(1),
  },
  Initiative: { kind: z.enum(['SUPPORT_PACKAGE', 'PROGRAMME']) },
  Purpose: { text: z.string().min(1) },
};

const sourceRecord = z
  .object({
    // s000... for the curated seed; s-<16 hex> for a source added through the API or ingested
    // (its text's hash); doc-<16 hex> for a document ingested before both ways shared one key.
    id: z
      .string()
      .regex(
        /^(s\d{3}|s-[0-9a-f]{16}|doc-[0-9a-f]{16})$/,
        'source ids are s000, s001, ... (s-<hash> when added by the API or ingested, doc-<hash> when ingested earlier)',
      ),
    file: z.string(),
    title: z.string().min(1),
    titleInferred: z.boolean().default(false),
    publisher: z.string().nullable().default(null),
    publisherNote: z.string().optional(),
    url: z.string().optional(),
    licence: z.string().optional(),
    published: fuzzyDate,
    evidence: z.array(evidenceRef).optional(),
  })
  .strict();

/** Why a record was refused, as a code a client can act on (docs/curation.md lists them). */
export type SeedErrorCode =
  | 'INVALID_RECORD'
  | 'UNKNOWN_TYPE'
  | 'UNKNOWN_RELATIONSHIP'
  | 'MODEL_VIOLATION'
  | 'DUPLICATE_KEY'
  | 'EVIDENCE_NOT_FOUND'
  | 'NOT_FOUND';

export interface SeedError {
  file: string;
  id: string;
  message: string;
  code?: SeedErrorCode;
  /** For EVIDENCE_NOT_FOUND: the passage of the source closest to the quote. */
  nearest?: { quote: string; at: number };
}

export interface CompiledNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  hash: string;
}
export interface CompiledRel {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  hash: string;
}
export interface CompiledSeed {
  nodes: CompiledNode[];
  rels: CompiledRel[];
  errors: SeedError[];
  /** Ids of records that only add evidence or links to an entity the graph holds (mutations only). */
  additions?: string[];
  /** One hash of everything, to tell whether a database holds exactly this seed. */
  digest: string;
}

export const FUZZY_FIELDS = ['date', 'issued', 'start', 'end', 'due', 'imposed', 'breached', 'withdrawn', 'published'];

function toNeoDate(iso: string | undefined) {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

/** Fills earliest/latest from a value at its precision when the curator left them out. */
export function boundsOf(d: FuzzyDate): { earliest?: string; latest?: string } {
  let { earliest, latest } = d;
  if (d.value && (!earliest || !latest)) {
    const [y, m, day] = d.value.split('-').map(Number);
    if (day) {
      earliest ??= d.value;
      latest ??= d.value;
    } else if (m) {
      const last = new Date(Date.UTC(y!, m, 0)).getUTCDate();
      earliest ??= `${d.value}-01`;
      latest ??= `${d.value}-${String(last).padStart(2, '0')}`;
    } else {
      earliest ??= `${y}-01-01`;
      latest ??= `${y}-12-31`;
    }
  }
  return { earliest, latest };
}

export function flattenDate(field: string, d: FuzzyDate): Record<string, unknown> {
  const { earliest, latest } = boundsOf(d);
  return {
    [`${field}Text`]: d.text ?? null,
    [`${field}Value`]: d.value ?? null,
    [`${field}Precision`]: d.precision,
    [`${field}Earliest`]: toNeoDate(earliest),
    [`${field}Latest`]: toNeoDate(latest),
    [`${field}Inferred`]: d.inferred,
    [`${field}Inference`]: d.inference ?? null,
    [`${field}RelativeTo`]: d.relative?.anchor ?? null,
    [`${field}RelativeField`]: d.relative?.anchorField ?? null,
    [`${field}Offset`]: d.relative?.offset ?? null,
  };
}

/** Properties that are whole numbers in Neo4j (a JavaScript number would be stored as a float). */
const INTEGER_PROPS = new Set(['start', 'end', 'year', 'fromSection', 'toSection', 'revision']);

function withoutNulls(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, INTEGER_PROPS.has(k) && typeof v === 'number' ? neo4j.int(v) : v]),
  );
}

/** A source text's identity: ingestion finds a document it already holds by this hash. */
export function contentHashOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The Evidence node of a passage: one per source and span, shared by every fact it supports. */
export function evidenceNode(source: string, quote: string, start: number): CompiledNode {
  const end = start + quote.length;
  const id = `${source}@${start}-${end}`;
  const props = withoutNulls({
    id,
    name: quote.length > 60 ? `${quote.slice(0, 57)}...` : quote,
    quote,
    start,
    end,
    sourceId: source,
  });
  return { id, labels: labelsOf('Evidence'), props, hash: hashOf([labelsOf('Evidence'), props]) };
}

function hashOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, (_k, v) => (v instanceof neo4j.types.Date || neo4j.isInt(v) ? v.toString() : v)))
    .digest('hex')
    .slice(0, 16);
}

/** One file of records as read, or why it could not be read as a list of records. */
export interface RecordFile {
  file: string;
  records: unknown[];
  error?: string;
}

/** Everything a compilation needs: the source list, each source's text by file name, the facts. */
export interface SeedInput {
  sources: RecordFile;
  sourceText(file: string): string | undefined;
  facts: RecordFile[];
  /**
   * What the graph already holds, for records arriving by mutation: the type of each entity the
   * records name, and the texts of the sources they cite. A record whose id is here corrects that
   * entity (same type), or, written without a `type`, only adds evidence and links to it.
   */
  existing?: { types: Map<string, NodeType>; sourceTexts: Map<string, string> };
}

/** The passage of `text` closest to `quote` (a window of the quote's length, by edit distance), for an error message. */
export function nearestPassage(text: string, quote: string): { quote: string; at: number } | undefined {
  if (!text) return undefined;
  const len = Math.min(quote.length, text.length);
  // Candidate starts: where one of the quote's words occurs, so a long source costs little.
  const starts = new Set<number>();
  const lowered = text.toLowerCase();
  for (const word of new Set(
    quote
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 2),
  )) {
    const offset = quote.toLowerCase().indexOf(word);
    for (let i = lowered.indexOf(word); i >= 0 && starts.size < 5000; i = lowered.indexOf(word, i + 1))
      starts.add(Math.max(0, Math.min(text.length - len, i - offset)));
  }
  if (starts.size === 0) starts.add(0);
  let best: { quote: string; at: number; d: number } | undefined;
  for (const at of starts) {
    const window = text.slice(at, at + len);
    const d = editDistance(quote, window);
    if (!best || d < best.d) best = { quote: window, at, d };
  }
  if (!best) return undefined;
  // The passage may be a little shorter or longer than the quote ("late" for "early"): among the
  // lengths that end a word, the closest wins, then the one nearest the quote's length.
  let found: typeof best | undefined;
  for (let l = Math.max(1, len - 5); l <= len + 5 && best.at + l <= text.length; l++) {
    if (/\w/.test(text[best.at + l] ?? '') || !/\w/.test(text[best.at + l - 1]!)) continue;
    const window = text.slice(best.at, best.at + l);
    const d = editDistance(quote, window);
    if (!found || d < found.d || (d === found.d && Math.abs(l - len) < Math.abs(found.quote.length - len)))
      found = { quote: window, at: best.at, d };
  }
  const chosen = found ?? best;
  return { quote: chosen.quote, at: chosen.at };
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** How an error names the nearest passage: plainly, or as differing only in its spaces (a typed NBSP). */
function nearestText(quote: string, nearest: { quote: string; at: number } | undefined): string {
  if (!nearest) return '';
  if (nearest.quote.replace(/\s/g, ' ') === quote.replace(/\s/g, ' '))
    return `; the passage at ${nearest.at} differs from it only in its spaces (a non-breaking space?)`;
  return `; the nearest passage is "${nearest.quote}" at ${nearest.at}`;
}

/** A record of a mutation that only adds evidence or links to an entity the graph holds. */
const additionRecord = z
  .object({ id: z.string(), evidence: z.array(evidenceRef).default([]), links: z.array(link).default([]) })
  .strict()
  .refine((r) => r.evidence.length + r.links.length > 0, { message: 'an addition needs evidence or links' });

function recordsOf(f: RecordFile, errors: SeedError[]): unknown[] {
  if (f.error) errors.push({ file: f.file, id: '-', message: f.error, code: 'INVALID_RECORD' });
  return f.records;
}

export function compileRecords(input: SeedInput): CompiledSeed {
  const errors: SeedError[] = [];
  const nodes: CompiledNode[] = [];
  const rels = new Map<string, CompiledRel & { file: string; owner: string }>();
  const sourcesFile = input.sources.file;

  // Sources first: their texts are what every quote is checked against.
  const texts = new Map<string, string>(input.existing?.sourceTexts);
  const existingTypes = input.existing?.types ?? new Map<string, NodeType>();
  const additions: string[] = [];
  const sourceRecords: { id: string; evidence: z.infer<typeof evidenceRef>[] }[] = [];
  for (const raw of recordsOf(input.sources, errors)) {
    const parsed = sourceRecord.safeParse(raw);
    const id = (raw as { id?: string })?.id ?? '?';
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        errors.push({ file: sourcesFile, id, message: `${i.path.join('.')}: ${i.message}`, code: 'INVALID_RECORD' });
      continue;
    }
    const s = parsed.data;
    const content = input.sourceText(s.file);
    if (content === undefined) {
      errors.push({ file: sourcesFile, id, message: `source text ${s.file} is missing` });
      continue;
    }
    texts.set(s.id, content);
    sourceRecords.push({ id: s.id, evidence: s.evidence ?? [] });
    const props = withoutNulls({
      id: s.id,
      name: s.title,
      title: s.title,
      titleInferred: s.titleInferred,
      publisher: s.publisher,
      publisherNote: s.publisherNote,
      url: s.url,
      licence: s.licence,
      file: s.file,
      content,
      contentHash: contentHashOf(content),
      ...flattenDate('published', s.published),
    });
    nodes.push({ id: s.id, labels: labelsOf('Source'), props, hash: hashOf([labelsOf('Source'), props]) });
  }

  const raw = input.facts.map((f) => ({ file: f.file, records: recordsOf(f, errors) }));

  const types = new Map<string, NodeType>(existingTypes);
  const firstSeen = new Map<string, string>();
  const duplicates = new Set<unknown>();
  for (const n of nodes) {
    types.set(n.id, 'Source');
    firstSeen.set(n.id, sourcesFile);
  }
  for (const { file, records } of raw) {
    for (const r of records) {
      const { id, type } = (r ?? {}) as { id?: string; type?: string };
      if (typeof id !== 'string') continue;
      if (firstSeen.has(id)) {
        errors.push({ file, id, message: `duplicate id (first used in ${firstSeen.get(id)})`, code: 'DUPLICATE_KEY' });
        duplicates.add(r);
        continue;
      }
      firstSeen.set(id, file);
      if (
        typeof type === 'string' &&
        Object.hasOwn(nodeTypes, type) &&
        type !== 'Source' &&
        type !== 'Evidence' &&
        !existingTypes.has(id)
      )
        types.set(id, type as NodeType);
    }
  }

  const evidenceNodes = new Map<string, CompiledNode>();
  /** Resolves a quote to its Evidence node id, or records why it cannot. */
  const resolveEvidence = (file: string, owner: string, e: z.infer<typeof evidenceRef>): string | undefined => {
    const text = texts.get(e.source);
    if (text === undefined) {
      errors.push({ file, id: owner, message: `unknown source "${e.source}"`, code: 'NOT_FOUND' });
      return undefined;
    }
    let start: number;
    if (e.at !== undefined) {
      if (text.slice(e.at, e.at + e.quote.length) !== e.quote) {
        const found = text.indexOf(e.quote);
        errors.push({
          file,
          id: owner,
          message: `quote "${e.quote}" is not at ${e.at} in ${e.source}${found >= 0 ? ` (it is at ${found})` : ' (not found anywhere)'}`,
          code: 'EVIDENCE_NOT_FOUND',
          nearest: found >= 0 ? { quote: e.quote, at: found } : nearestPassage(text, e.quote),
        });
        return undefined;
      }
      start = e.at;
    } else {
      start = text.indexOf(e.quote);
      if (start < 0) {
        const nearest = nearestPassage(text, e.quote);
        errors.push({
          file,
          id: owner,
          message: `quote "${e.quote}" is not found verbatim in ${e.source}${nearestText(e.quote, nearest)}`,
          code: 'EVIDENCE_NOT_FOUND',
          nearest,
        });
        return undefined;
      }
      if (text.indexOf(e.quote, start + 1) >= 0) {
        errors.push({
          file,
          id: owner,
          message: `quote "${e.quote}" occurs more than once in ${e.source}: give \`at\``,
          code: 'INVALID_RECORD',
        });
        return undefined;
      }
    }
    const node = evidenceNode(e.source, e.quote, start);
    if (!evidenceNodes.has(node.id)) evidenceNodes.set(node.id, node);
    return node.id;
  };
  const evidenceIds = (file: string, owner: string, list: z.infer<typeof evidenceRef>[]) => [
    ...new Set(list.map((e) => resolveEvidence(file, owner, e)).filter((x): x is string => Boolean(x))),
  ];

  const addRel = (
    file: string,
    owner: string,
    type: string,
    from: string,
    to: string,
    props: Record<string, unknown>,
  ) => {
    const id = `${from}|${type}|${to}`;
    if (rels.has(id)) {
      errors.push({
        file,
        id: owner,
        message: `relationship ${id} is written twice (also on ${rels.get(id)!.owner})`,
        code: 'DUPLICATE_KEY',
      });
      return;
    }
    const full = withoutNulls({ id, ...props });
    rels.set(id, { id, type, from, to, props: full, hash: hashOf([type, from, to, full]), file, owner });
  };

  /** Checks one link written on record `id` and adds its relationship. */
  const compileLink = (file: string, id: string, l: z.infer<typeof link>) => {
    const relType = l.rel as RelType;
    const spec = Object.hasOwn(relTypes, relType) ? relTypes[relType] : undefined;
    if (!spec) {
      errors.push({ file, id, message: `unknown relationship type "${l.rel}"`, code: 'UNKNOWN_RELATIONSHIP' });
      return;
    }
    const other = (l.to ?? l.from)!;
    const [from, to] = l.to ? [id, l.to] : [l.from!, id];
    if (!types.has(other)) {
      errors.push({ file, id, message: `${l.rel} ${l.to ? 'to' : 'from'} unknown id "${other}"`, code: 'NOT_FOUND' });
      return;
    }
    const fromType = types.get(from)!;
    const toType = types.get(to)!;
    if (!allowedEnds(relType, fromType, toType)) {
      errors.push({
        file,
        id,
        message: `${l.rel} cannot go from ${fromType} "${from}" to ${toType} "${to}" (see docs/model.md)`,
        code: 'MODEL_VIOLATION',
      });
      return;
    }
    if (l.capacity && !('capacity' in spec)) {
      errors.push({
        file,
        id,
        message: `${l.rel} takes no capacity (only a link whose actor acts in a post does)`,
        code: 'MODEL_VIOLATION',
      });
    } else if (l.capacity && types.get(l.capacity) !== 'Post') {
      errors.push({ file, id, message: `capacity "${l.capacity}" is not a Post`, code: 'MODEL_VIOLATION' });
    }
    const roles: 'any' | readonly string[] | undefined = 'role' in spec ? spec.role : undefined;
    if (l.role !== undefined && (!roles || (roles !== 'any' && !roles.includes(l.role)))) {
      errors.push({
        file,
        id,
        message: roles ? `${l.rel} role "${l.role}" is not one of ${roles.join(', ')}` : `${l.rel} takes no role`,
        code: 'MODEL_VIOLATION',
      });
    }
    const evidence = evidenceIds(file, id, l.evidence);
    addRel(file, id, relType, from, to, {
      evidence,
      inferred: l.inferred ?? false,
      inference: l.inference,
      capacity: l.capacity,
      role: l.role,
      ...(l.date ? flattenDate('date', l.date) : {}),
    });
  };

  // A source's own metadata (its title, its date) cites the words it rests on, checked like any quote.
  for (const src of sourceRecords) {
    for (const ev of evidenceIds(sourcesFile, src.id, src.evidence))
      addRel(sourcesFile, src.id, 'EVIDENCED_BY', src.id, ev, {});
  }

  for (const { file, records } of raw) {
    for (const r of records) {
      if (duplicates.has(r)) continue;
      const rec = (r ?? {}) as Record<string, unknown>;
      const id = typeof rec.id === 'string' ? rec.id : '?';
      const type = rec.type as string;
      const known = existingTypes.get(id);
      if (input.existing && type === undefined) {
        // A mutation's record without a type adds evidence or links to an entity the graph holds.
        if (!known) {
          errors.push({
            file,
            id,
            message: `no entity "${id}" to add to (give a \`type\` to create it)`,
            code: 'NOT_FOUND',
          });
          continue;
        }
        const parsed = additionRecord.safeParse(rec);
        if (!parsed.success) {
          for (const i of parsed.error.issues)
            errors.push({ file, id, message: `${i.path.join('.') || 'record'}: ${i.message}`, code: 'INVALID_RECORD' });
          continue;
        }
        additions.push(id);
        for (const ev of evidenceIds(file, id, parsed.data.evidence)) addRel(file, id, 'EVIDENCED_BY', id, ev, {});
        for (const l of parsed.data.links) compileLink(file, id, l);
        continue;
      }
      if (typeof type !== 'string' || !Object.hasOwn(propsByType, type)) {
        errors.push({ file, id, message: `unknown type "${String(type)}"`, code: 'UNKNOWN_TYPE' });
        continue;
      }
      if (known && known !== type) {
        errors.push({
          file,
          id,
          message: `the key "${id}" is already a ${known}; a record of type ${type} cannot take it`,
          code: 'DUPLICATE_KEY',
        });
        continue;
      }
      const shape = z
        .object({ ...base, type: z.literal(type), ...propsByType[type as keyof typeof propsByType] })
        .strict();
      const parsed = shape.safeParse(rec);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          errors.push({ file, id, message: `${i.path.join('.') || 'record'}: ${i.message}`, code: 'INVALID_RECORD' });
        continue;
      }
      const {
        evidence,
        links,
        aliases,
        type: _t,
        ...rest
      } = parsed.data as Record<string, unknown> & {
        evidence: z.infer<typeof evidenceRef>[];
        links: z.infer<typeof link>[];
        aliases?: string[];
      };
      const props: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rest)) {
        if (FUZZY_FIELDS.includes(k) && v) {
          const d = v as FuzzyDate;
          if (d.relative && !types.has(d.relative.anchor))
            errors.push({
              file,
              id,
              message: `${k}.relative.anchor "${d.relative.anchor}" does not exist`,
              code: 'NOT_FOUND',
            });
          Object.assign(props, flattenDate(k, d));
        } else props[k] = v;
      }
      if (aliases?.length) {
        props.aliases = aliases;
        props.aliasesText = aliases.join(' | ');
      }
      const full = withoutNulls(props);
      nodes.push({
        id,
        labels: labelsOf(type as NodeType),
        props: full,
        hash: hashOf([labelsOf(type as NodeType), full]),
      });
      for (const ev of evidenceIds(file, id, evidence)) addRel(file, id, 'EVIDENCED_BY', id, ev, {});

      for (const l of links) compileLink(file, id, l);
    }
  }

  for (const ev of evidenceNodes.values()) {
    nodes.push(ev);
    addRel('-', ev.id, 'FROM_SOURCE', ev.id, ev.props.sourceId as string, {});
  }

  const relList = [...rels.values()].map(({ file: _f, owner: _o, ...r }) => r);
  nodes.sort((a, b) => a.id.localeCompare(b.id));
  relList.sort((a, b) => a.id.localeCompare(b.id));
  const digest = hashOf([nodes.map((n) => [n.id, n.labels, n.hash]), relList.map((r) => r.hash)]);
  return { nodes, rels: relList, errors, digest, additions };
}
