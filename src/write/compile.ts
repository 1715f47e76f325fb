// Validates curated records (shape, references, quotes located verbatim in their sources, the
// model's relationship ends, fuzzy dates) and compiles them into the nodes and relationships to
// write. Nothing is read or written here: the records come in memory (from the seed folder today,
// from mutations later), and a set with any error is rejected whole, every error listed by file
// and record id.
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
    // Curated sources are s000, s001, ...; ingested documents are named by their content hash.
    id: z.string().regex(/^(s\d{3}|doc-[0-9a-f]{16})$/, 'source ids are s000, s001, ... or doc-<16 hex digits>'),
    file: z.string(),
    title: z.string().min(1),
    titleInferred: z.boolean().default(false),
    publisher: z.string().nullable().default(null),
    publisherNote: z.string().optional(),
    published: fuzzyDate,
    evidence: z.array(evidenceRef).optional(),
  })
  .strict();

export interface SeedError {
  file: string;
  id: string;
  message: string;
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
  /** One hash of everything, to tell whether a database holds exactly this seed. */
  digest: string;
}

const FUZZY_FIELDS = ['date', 'issued', 'start', 'end', 'due', 'imposed', 'breached', 'published'];

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
}

function recordsOf(f: RecordFile, errors: SeedError[]): unknown[] {
  if (f.error) errors.push({ file: f.file, id: '-', message: f.error });
  return f.records;
}

export function compileRecords(input: SeedInput): CompiledSeed {
  const errors: SeedError[] = [];
  const nodes: CompiledNode[] = [];
  const rels = new Map<string, CompiledRel & { file: string; owner: string }>();
  const sourcesFile = input.sources.file;

  // Sources first: their texts are what every quote is checked against.
  const texts = new Map<string, string>();
  const sourceRecords: { id: string; evidence: z.infer<typeof evidenceRef>[] }[] = [];
  for (const raw of recordsOf(input.sources, errors)) {
    const parsed = sourceRecord.safeParse(raw);
    const id = (raw as { id?: string })?.id ?? '?';
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        errors.push({ file: sourcesFile, id, message: `${i.path.join('.')}: ${i.message}` });
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
      file: s.file,
      content,
      contentHash: contentHashOf(content),
      ...flattenDate('published', s.published),
    });
    nodes.push({ id: s.id, labels: labelsOf('Source'), props, hash: hashOf([labelsOf('Source'), props]) });
  }

  const raw = input.facts.map((f) => ({ file: f.file, records: recordsOf(f, errors) }));

  const types = new Map<string, NodeType>();
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
        errors.push({ file, id, message: `duplicate id (first used in ${firstSeen.get(id)})` });
        duplicates.add(r);
        continue;
      }
      firstSeen.set(id, file);
      if (type && type in nodeTypes && type !== 'Source' && type !== 'Evidence') types.set(id, type as NodeType);
    }
  }

  const evidenceNodes = new Map<string, CompiledNode>();
  /** Resolves a quote to its Evidence node id, or records why it cannot. */
  const resolveEvidence = (file: string, owner: string, e: z.infer<typeof evidenceRef>): string | undefined => {
    const text = texts.get(e.source);
    if (text === undefined) {
      errors.push({ file, id: owner, message: `unknown source "${e.source}"` });
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
        });
        return undefined;
      }
      start = e.at;
    } else {
      start = text.indexOf(e.quote);
      if (start < 0) {
        errors.push({ file, id: owner, message: `quote "${e.quote}" is not found verbatim in ${e.source}` });
        return undefined;
      }
      if (text.indexOf(e.quote, start + 1) >= 0) {
        errors.push({
          file,
          id: owner,
          message: `quote "${e.quote}" occurs more than once in ${e.source}: give \`at\``,
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
      errors.push({ file, id: owner, message: `relationship ${id} is written twice (also on ${rels.get(id)!.owner})` });
      return;
    }
    const full = withoutNulls({ id, ...props });
    rels.set(id, { id, type, from, to, props: full, hash: hashOf([type, from, to, full]), file, owner });
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
      if (!(type in propsByType)) {
        errors.push({ file, id, message: `unknown type "${String(type)}"` });
        continue;
      }
      const shape = z
        .object({ ...base, type: z.literal(type), ...propsByType[type as keyof typeof propsByType] })
        .strict();
      const parsed = shape.safeParse(rec);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          errors.push({ file, id, message: `${i.path.join('.') || 'record'}: ${i.message}` });
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
            errors.push({ file, id, message: `${k}.relative.anchor "${d.relative.anchor}" does not exist` });
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

      for (const l of links) {
        const relType = l.rel as RelType;
        const spec = relTypes[relType];
        if (!spec) {
          errors.push({ file, id, message: `unknown relationship type "${l.rel}"` });
          continue;
        }
        const other = (l.to ?? l.from)!;
        const [from, to] = l.to ? [id, l.to] : [l.from!, id];
        if (!types.has(other)) {
          errors.push({ file, id, message: `${l.rel} ${l.to ? 'to' : 'from'} unknown id "${other}"` });
          continue;
        }
        const fromType = types.get(from)!;
        const toType = types.get(to)!;
        if (!allowedEnds(relType, fromType, toType)) {
          errors.push({
            file,
            id,
            message: `${l.rel} cannot go from ${fromType} "${from}" to ${toType} "${to}" (see docs/model.md)`,
          });
          continue;
        }
        if (l.capacity && !('capacity' in spec)) {
          errors.push({
            file,
            id,
            message: `${l.rel} takes no capacity (only a link whose actor acts in a post does)`,
          });
        } else if (l.capacity && types.get(l.capacity) !== 'Post') {
          errors.push({ file, id, message: `capacity "${l.capacity}" is not a Post` });
        }
        const roles: 'any' | readonly string[] | undefined = 'role' in spec ? spec.role : undefined;
        if (l.role !== undefined && (!roles || (roles !== 'any' && !roles.includes(l.role)))) {
          errors.push({
            file,
            id,
            message: roles ? `${l.rel} role "${l.role}" is not one of ${roles.join(', ')}` : `${l.rel} takes no role`,
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
      }
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
  return { nodes, rels: relList, errors, digest };
}
