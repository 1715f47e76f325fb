// The seed pipeline: compileSeed rejects bad curation with errors that name the file and record;
// writeSeed is idempotent (a second load of the same seed changes nothing) and atomic (a write
// that fails part-way leaves the database exactly as it was).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadedDigest, writeSeed } from '../src/db/curation.js';
import type { CompiledNode, CompiledRel, CompiledSeed, SeedError } from '../src/write/compile.js';
import { compileSeed, seedDir } from '../src/write/seedFolder.js';
import { testDriver } from './helpers.js';

// ---------------------------------------------------------------------------- (a) validation

/** A temp copy of the curated seed (sources.yaml, sources/, facts/) to break one thing in. */
function copySeed(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-test-'));
  fs.cpSync(path.join(seedDir, 'sources.yaml'), path.join(dir, 'sources.yaml'));
  fs.cpSync(path.join(seedDir, 'sources'), path.join(dir, 'sources'), { recursive: true });
  fs.cpSync(path.join(seedDir, 'facts'), path.join(dir, 'facts'), { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in one seed file; `from` must occur exactly once, so a change to the
 * curated seed breaks the test loudly instead of letting it pass without injecting anything. */
function edit(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  const count = text.split(from).length - 1;
  expect(count, `"${from}" should occur exactly once in ${file}`).toBe(1);
  fs.writeFileSync(
    full,
    text.replace(from, () => to),
  );
}

function append(dir: string, file: string, text: string): void {
  fs.appendFileSync(path.join(dir, file), text);
}

const temps: string[] = [];
function tempSeed(): string {
  const dir = copySeed();
  temps.push(dir);
  return dir;
}

/** Errors as file, record and message (their codes are checked by the write bad-input suite). */
const withoutCodes = (errors: SeedError[]) => errors.map(({ file, id, message }) => ({ file, id, message }));

describe('seed validation (compileSeed on a broken copy of seed/)', () => {
  afterEach(() => {
    for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an unbroken copy compiles with no errors and the same digest as seed/', () => {
    const real = compileSeed();
    const copy = compileSeed(tempSeed());
    expect(real.errors).toEqual([]);
    expect(copy.errors).toEqual([]);
    expect(copy.digest).toBe(real.digest);
    expect(copy.nodes.length).toBe(real.nodes.length);
  });

  it('an unknown reference id is reported on the record that holds the link', () => {
    const dir = tempSeed();
    edit(
      dir,
      'facts/actors.yaml',
      '    - rel: MEMBER_OF\n      to: powys-county-council\n',
      '    - rel: MEMBER_OF\n      to: powys-county-counsel\n',
    );
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toEqual([
      {
        file: 'facts/actors.yaml',
        id: 'rosemarie-harris',
        message: expect.stringContaining('MEMBER_OF to unknown id "powys-county-counsel"'),
      },
    ]);
  });

  it('a quote that is not in its source is reported with the quote and the source', () => {
    const dir = tempSeed();
    edit(dir, 'facts/actors.yaml', '"Acting Chief Executive David Powell"', '"Acting Chief Executive Dave Powell"');
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toEqual([
      {
        file: 'facts/actors.yaml',
        id: 'david-powell',
        // The error also names the passage closest to the mistyped quote.
        message: expect.stringMatching(
          /^quote "Acting Chief Executive Dave Powell" is not found verbatim in s001; the nearest passage is "Acting Chief Executive David/,
        ),
      },
    ]);
  });

  it('a quote given at the wrong `at` is reported with where it really is', () => {
    const dir = tempSeed();
    const s001 = fs.readFileSync(path.join(seedDir, 'sources', '001_4743017df9bf2786.txt'), 'utf8');
    const at = s001.indexOf('Acting Chief Executive David Powell');
    expect(at).toBeGreaterThan(0);
    edit(
      dir,
      'facts/actors.yaml',
      '{ source: s001, quote: "Acting Chief Executive David Powell" }',
      `{ source: s001, quote: "Acting Chief Executive David Powell", at: ${at + 1} }`,
    );
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toEqual([
      {
        file: 'facts/actors.yaml',
        id: 'david-powell',
        message: `quote "Acting Chief Executive David Powell" is not at ${at + 1} in s001 (it is at ${at})`,
      },
    ]);
  });

  it('a relationship written in the wrong direction is reported with both ends and their types', () => {
    const dir = tempSeed();
    // Organisation MEMBER_OF Person: the model allows only Person -> Organisation.
    edit(
      dir,
      'facts/actors.yaml',
      '    - rel: MEMBER_OF\n      to: powys-county-council\n',
      '    - rel: MEMBER_OF\n      from: powys-county-council\n',
    );
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toEqual([
      {
        file: 'facts/actors.yaml',
        id: 'rosemarie-harris',
        message:
          'MEMBER_OF cannot go from Organisation "powys-county-council" to Person "rosemarie-harris" (see docs/model.md)',
      },
    ]);
  });

  it('a duplicate id is reported on the later record, in its own file', () => {
    const dir = tempSeed();
    append(
      dir,
      'facts/posts.yaml',
      `\n- id: wlga\n  type: Organisation\n  kind: ASSOCIATION\n  name: A second WLGA\n  evidence:\n    - { source: s000, quote: "the WLGA [Welsh Local Government Association]" }\n`,
    );
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toEqual([
      { file: 'facts/posts.yaml', id: 'wlga', message: 'duplicate id (first used in facts/actors.yaml)' },
    ]);
    // Nothing else is blamed on other records or files.
    expect(errors.every((e) => e.file === 'facts/posts.yaml' && e.id === 'wlga')).toBe(true);
  });

  it('a record without evidence is reported', () => {
    const dir = tempSeed();
    edit(
      dir,
      'facts/figures.yaml',
      '  text: three-year programme of change\n  evidence:\n    - { source: s002, quote: "a three-year programme of change" }\n',
      '  text: three-year programme of change\n',
    );
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toEqual([
      { file: 'facts/figures.yaml', id: 'figure-three-years', message: expect.stringMatching(/^evidence: /) },
    ]);
  });

  it('a record with an empty evidence list, and a link with none, are reported', () => {
    const dir = tempSeed();
    edit(
      dir,
      'facts/actors.yaml',
      '  evidence:\n    - { source: s001, quote: "Acting Chief Executive David Powell" }\n',
      '  evidence: []\n',
    );
    edit(
      dir,
      'facts/actors.yaml',
      '    - rel: MEMBER_OF\n      to: welsh-liberal-democrats\n      evidence:\n        - { source: s002, quote: "Kirsty Williams, Welsh Lib Dem AM" }\n',
      '    - rel: MEMBER_OF\n      to: welsh-liberal-democrats\n      evidence: []\n',
    );
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toEqual(
      expect.arrayContaining([
        { file: 'facts/actors.yaml', id: 'david-powell', message: 'evidence: every record needs evidence' },
        { file: 'facts/actors.yaml', id: 'kirsty-williams', message: 'links.0.evidence: a link needs evidence' },
      ]),
    );
    expect(errors).toHaveLength(2);
  });

  it('a bad date precision is reported with the field path and the allowed values', () => {
    const dir = tempSeed();
    edit(
      dir,
      'facts/events.yaml',
      "    text: on Monday, November 20\n    value: '2017-11-20'\n    precision: DAY\n",
      "    text: on Monday, November 20\n    value: '2017-11-20'\n    precision: DAILY\n",
    );
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'facts/events.yaml', id: 'meeting-2017-11-20' });
    expect(errors[0]!.message).toMatch(/^date\.precision: /);
    expect(errors[0]!.message).toContain('DAY');
    expect(errors[0]!.message).toContain('PART_OF_MONTH');
  });

  it('malformed YAML is reported on the file, with a line number, and nothing else is blamed', () => {
    const dir = tempSeed();
    // One space short of the record's indentation.
    edit(dir, 'facts/findings.yaml', '  type: Finding\n  kind: RISK\n', '  type: Finding\n kind: RISK\n');
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.id).toBe('-');
    expect(errors[0]!.message).toMatch(/^not valid YAML: .*line \d+/);
    expect(errors[0]!.file).toBe('facts/findings.yaml');
  });

  it('a YAML error names its file relative to the seed folder, like every other error', () => {
    const dir = tempSeed();
    edit(dir, 'facts/findings.yaml', '  type: Finding\n  kind: RISK\n', '  type: Finding\n kind: RISK\n');
    expect(withoutCodes(compileSeed(dir).errors)[0]).toMatchObject({ file: 'facts/findings.yaml', id: '-' });
  });

  it('a quote in a source record (sources.yaml) that is not in that source is reported', () => {
    const dir = tempSeed();
    edit(
      dir,
      'sources.yaml',
      '{ source: s001, quote: "date 2017-11-25" }',
      '{ source: s001, quote: "date 2017-11-26" }',
    );
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'sources.yaml', id: 's001' }));
  });

  it('a capacity on a relationship type that takes none, and a developer role outside LEAD and PARTNER, are reported', () => {
    const dir = tempSeed();
    edit(
      dir,
      'facts/actors.yaml',
      '    - rel: MEMBER_OF\n      to: welsh-liberal-democrats\n',
      '    - rel: MEMBER_OF\n      to: welsh-liberal-democrats\n      capacity: post-am-brecon-radnorshire\n',
    );
    edit(
      dir,
      'facts/initiatives.yaml',
      '      from: wlga\n      role: PARTNER\n',
      '      from: wlga\n      role: SPONSOR\n',
    );
    const errors = withoutCodes(compileSeed(dir).errors);
    expect(errors).toEqual([
      {
        file: 'facts/actors.yaml',
        id: 'kirsty-williams',
        message: 'MEMBER_OF takes no capacity (only a link whose actor acts in a post does)',
      },
      {
        file: 'facts/initiatives.yaml',
        id: 'support-package',
        message: 'DEVELOPS role "SPONSOR" is not one of LEAD, PARTNER',
      },
    ]);
  });
});

// ---------------------------------------------------------------------------- curation rules

/**
 * Rules the curated seed keeps beyond what compileSeed enforces (docs/model.md, "The seed corpus:
 * choices"), checked on every record and link of the compiled seed.
 */
describe('the curated seed keeps its own rules', () => {
  const seed = compileSeed();
  const nodes = new Map(seed.nodes.map((n) => [n.id, n]));
  const num = (v: unknown) => Number(String(v));
  const passage = (id: string) => {
    const e = nodes.get(id)!.props;
    return { source: e.sourceId as string, quote: e.quote as string, start: num(e.start), end: num(e.end) };
  };
  const links = seed.rels.filter((r) => r.type !== 'EVIDENCED_BY' && r.type !== 'FROM_SOURCE');
  const cited = (r: CompiledRel) => (r.props.evidence as string[]).map(passage);
  const nodeEvidence = new Map<string, ReturnType<typeof passage>[]>();
  for (const r of seed.rels)
    if (r.type === 'EVIDENCED_BY') nodeEvidence.set(r.from, [...(nodeEvidence.get(r.from) ?? []), passage(r.to)]);
  const isA = (id: string, label: string) => nodes.get(id)?.labels.includes(label) ?? false;
  const day = (n: CompiledNode, field: string, bound: 'Earliest' | 'Latest') => {
    const v = n.props[`${field}${bound}`];
    return v == null ? undefined : String(v);
  };
  /** Titles a post is known by, lower-cased. */
  const titlesOf = (post: string) => {
    const p = nodes.get(post)!.props;
    return [p.name, p.title, ...((p.aliases as string[] | undefined) ?? [])]
      .filter((t): t is string => typeof t === 'string')
      .map((t) => t.toLowerCase());
  };
  /** Posts a person holds (through a tenure). */
  const postsOf = (person: string) =>
    links
      .filter((h) => h.type === 'HAS_TENURE' && h.from === person)
      .flatMap((h) => links.filter((i) => i.type === 'IN_POST' && i.from === h.to).map((i) => i.to));

  it('one evidence entry per document: a document whose one sentence names both ends of a link is cited by the link', () => {
    const sentenceIndex = (source: string, at: number) => {
      const text = nodes.get(source)!.props.content as string;
      return (text.slice(0, at).match(/[.!?]["”’]?\s+|\n/g) ?? []).length;
    };
    const sentences = (id: string) =>
      new Set(
        (nodeEvidence.get(id) ?? []).flatMap((e) => [
          `${e.source}#${sentenceIndex(e.source, e.start)}`,
          `${e.source}#${sentenceIndex(e.source, e.end - 1)}`,
        ]),
      );
    // Named together, but the sentence states another link between them.
    const exempt: Record<string, string> = {
      'support-package|CONCERNS|powys-county-council s000':
        's000 names the council as a partner in developing the package (DEVELOPS cites it), not as its subject',
    };
    const missing: string[] = [];
    for (const r of links) {
      const sources = new Set(cited(r).map((e) => e.source));
      const a = sentences(r.from);
      const shared = new Set([...sentences(r.to)].filter((s) => a.has(s)).map((s) => s.split('#')[0]!));
      for (const s of shared) if (!sources.has(s) && !exempt[`${r.id} ${s}`]) missing.push(`${r.id} ${s}`);
    }
    expect(missing).toEqual([]);
    expect(
      Object.keys(exempt).every((k) => links.some((r) => k.startsWith(`${r.id} `))),
      'every exemption names a link that exists',
    ).toBe(true);
  });

  it("one evidence entry per document: a membership is cited wherever the member's post in that body is", () => {
    const missing: string[] = [];
    for (const m of links.filter((r) => r.type === 'MEMBER_OF' && isA(r.from, 'Person'))) {
      const sources = new Set(cited(m).map((e) => e.source));
      for (const h of links.filter((r) => r.type === 'HAS_TENURE' && r.from === m.from)) {
        for (const i of links.filter((r) => r.type === 'IN_POST' && r.from === h.to)) {
          if (!links.some((r) => r.type === 'POST_IN' && r.from === i.to && r.to === m.to)) continue;
          for (const e of cited(i)) if (!sources.has(e.source)) missing.push(`${m.id} ${e.source} (${i.id})`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The rule has something to check: Cllr Harris's membership, stated in all three articles.
    expect(
      new Set(
        cited(links.find((r) => r.id === 'rosemarie-harris|MEMBER_OF|powys-county-council')!).map((e) => e.source),
      ),
    ).toEqual(new Set(['s000', 's001', 's002']));
  });

  it('a capacity is a post the actor holds, named by the words the link cites', () => {
    const bad: string[] = [];
    for (const r of links.filter((l) => l.props.capacity)) {
      const post = r.props.capacity as string;
      if (isA(r.from, 'Person') && !postsOf(r.from).includes(post))
        bad.push(`${r.id}: ${r.from} holds no tenure of ${post}`);
      const titles = titlesOf(post);
      if (!cited(r).some((e) => titles.some((t) => e.quote.toLowerCase().includes(t))))
        bad.push(`${r.id}: no quote names ${post}`);
    }
    expect(bad).toEqual([]);
  });

  it("where the words name a person's post on a link that takes one (issuer, attendee, agent), the capacity is recorded", () => {
    const unrecorded: string[] = [];
    for (const r of links.filter(
      (l) => ['ISSUED', 'ATTENDED', 'MADE'].includes(l.type) && isA(l.from, 'Person') && !l.props.capacity,
    )) {
      const named = postsOf(r.from).filter((post) =>
        cited(r).some((e) => titlesOf(post).some((t) => e.quote.toLowerCase().includes(t))),
      );
      if (named.length) unrecorded.push(`${r.id}: ${named.join(', ')}`);
    }
    expect(unrecorded).toEqual([]);
    const withCapacity = (type: string) =>
      links
        .filter((l) => l.type === type && l.props.capacity)
        .map((l) => l.id)
        .sort();
    expect(withCapacity('ISSUED')).toEqual([
      'alun-davies|ISSUED|joint-written-statement-2017-11-21',
      'huw-irranca-davies|ISSUED|follow-up-warning-notice',
      'huw-irranca-davies|ISSUED|joint-written-statement-2017-11-21',
      'huw-irranca-davies|ISSUED|minister-written-statement-s002',
    ]);
    expect(withCapacity('ATTENDED')).toEqual([
      'alun-davies|ATTENDED|meeting-2017-11-20',
      'david-powell|ATTENDED|meeting-2017-11-20',
      'rosemarie-harris|ATTENDED|meeting-2017-11-20',
    ]);
  });

  it('a qualifier of the holder (acting, interim, newly appointed) is on the tenure, never an alias of the post', () => {
    const qualified = seed.nodes
      .filter((n) => n.labels.includes('Post'))
      .flatMap((n) =>
        ((n.props.aliases as string[] | undefined) ?? [])
          .filter((a) => /^(acting|interim|newly appointed)\b/i.test(a))
          .map((a) => `${n.id}: ${a}`),
      );
    expect(qualified).toEqual([]);
  });

  it("a statement's text is the speaker's words: no bracketed insertion of the journalist", () => {
    const bracketed = seed.nodes
      .filter((n) => n.labels.includes('Statement') && /\[[^\]]*\]/.test(n.props.text as string))
      .map((n) => n.id);
    expect(bracketed).toEqual([]);
  });

  it("a statement that is part of a document is dated within the document's date", () => {
    const outside: string[] = [];
    for (const r of links.filter((l) => l.type === 'PART_OF' && isA(l.from, 'Statement'))) {
      const st = nodes.get(r.from)!;
      const doc = nodes.get(r.to)!;
      const [se, sl, de, dl] = [
        day(st, 'date', 'Earliest'),
        day(st, 'date', 'Latest'),
        day(doc, 'issued', 'Earliest'),
        day(doc, 'issued', 'Latest'),
      ];
      if (de && (!se || se < de)) outside.push(`${r.id}: from ${se ?? '?'}, the document from ${de}`);
      if (dl && (!sl || sl > dl)) outside.push(`${r.id}: to ${sl ?? '?'}, the document to ${dl}`);
    }
    expect(outside).toEqual([]);
  });

  it('a document is not dated later than the obligations it imposes', () => {
    const later: string[] = [];
    for (const r of links.filter((l) => l.type === 'IMPOSES')) {
      const issued = day(nodes.get(r.from)!, 'issued', 'Latest');
      const imposed = day(nodes.get(r.to)!, 'imposed', 'Latest');
      if (issued && imposed && issued > imposed) later.push(`${r.id}: issued up to ${issued}, imposed by ${imposed}`);
    }
    expect(later).toEqual([]);
  });

  it('every relationship in the model that takes a role or a capacity is used with one', () => {
    // Roles given where the sources state them: developers (partners of the support package) and figures.
    expect(
      links
        .filter((l) => l.type === 'DEVELOPS' && l.props.role)
        .map((l) => `${l.from}:${l.props.role}`)
        .sort(),
    ).toEqual(['powys-county-council:LEAD', 'powys-county-council:PARTNER', 'wlga:PARTNER']);
  });
});

// ---------------------------------------------------------------------------- database state

/** A JSON string that does not depend on key order, with Neo4j temporals as ISO strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (
      neo4j.isDate(v as never) ||
      neo4j.isDateTime(v as never) ||
      neo4j.isLocalDateTime(v as never) ||
      neo4j.isDuration(v as never)
    ) {
      return `${(v as { constructor: { name: string } }).constructor.name}(${String(v)})`;
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

interface Snapshot {
  nodes: number;
  rels: number;
  entityIds: string[];
  relIds: string[];
  digest: string | undefined;
  /** sha256 over every node (labels and all properties, seedHash included) and every relationship. */
  hash: string;
}

async function snapshot(driver: Driver, database: string): Promise<Snapshot> {
  const nodes = await driver.executeQuery(
    // Revisions and the revision each record is at are the history of loads, not the seed's content.
    `MATCH (n) WHERE NOT n:Revision RETURN labels(n) AS labels, n { .*, lastRevision: null } AS props`,
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, r { .*, lastRevision: null } AS props`,
    {},
    { database },
  );
  const nodeRows = nodes.records
    .map((r) => canonical([[...(r.get('labels') as string[])].sort(), r.get('props')]))
    .sort();
  const relRows = rels.records
    .map((r) => canonical([r.get('type'), r.get('from'), r.get('to'), r.get('props')]))
    .sort();
  const entityIds = nodes.records
    .filter((r) => (r.get('labels') as string[]).includes('Entity'))
    .map((r) => (r.get('props') as { id: string }).id)
    .sort();
  const relIds = rels.records.map((r) => (r.get('props') as { id: string }).id).sort();
  return {
    nodes: nodeRows.length,
    rels: relRows.length,
    entityIds,
    relIds,
    digest: await loadedDigest(driver, database),
    hash: createHash('sha256')
      .update(canonical([nodeRows, relRows]))
      .digest('hex'),
  };
}

/** A deep copy of a compiled seed to tamper with (Neo4j Date objects are shared, never mutated). */
function cloneSeed(seed: CompiledSeed): CompiledSeed {
  return {
    nodes: seed.nodes.map((n) => ({ ...n, labels: [...n.labels], props: { ...n.props } })),
    rels: seed.rels.map((r) => ({ ...r, props: { ...r.props } })),
    errors: [],
    digest: `${seed.digest}-tampered`,
  };
}

const PROBE = 'atomicity-probe';

/** `count` valid new nodes, as compileSeed would make them. */
function probeNodes(count: number): CompiledNode[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `${PROBE}-${String(i).padStart(4, '0')}`;
    return {
      id,
      labels: ['Entity', 'Figure'],
      props: { id, name: `probe ${i}`, kind: 'DURATION', text: 'probe', approximate: false },
      hash: `h-${id}`,
    };
  });
}

/** Valid new relationships from the probe nodes to a real node. */
function probeRels(nodes: CompiledNode[], to: string): CompiledRel[] {
  return nodes.map((n) => {
    const id = `${n.id}|CONCERNS|${to}`;
    return {
      id,
      type: 'CONCERNS',
      from: n.id,
      to,
      props: { id, evidence: ['s000@0-55'], inferred: false },
      hash: `h-${id}`,
    };
  });
}

describe('writing the seed', () => {
  let driver: Driver;
  let database: string;
  let seed: CompiledSeed;
  let baseline: Snapshot;

  /** Puts the database back to the real seed and checks that it is exactly as it was. */
  async function restore(): Promise<void> {
    await writeSeed(driver, database, seed);
    expect(await snapshot(driver, database)).toEqual(baseline);
  }

  beforeAll(async () => {
    driver = testDriver();
    database = inject('neo4jDatabase');
    seed = compileSeed();
    expect(seed.errors).toEqual([]);
    baseline = await snapshot(driver, database);
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('the test database holds exactly the compiled seed', () => {
    expect(baseline.entityIds).toEqual(seed.nodes.map((n) => n.id).sort());
    expect(baseline.relIds).toEqual(seed.rels.map((r) => r.id).sort());
    expect(baseline.nodes).toBe(seed.nodes.length + 1); // + the SeedState node
    expect(baseline.rels).toBe(seed.rels.length);
    expect(baseline.digest).toBe(seed.digest);
  });

  // ------------------------------------------------------------------------ (b) idempotency

  it('writing the same seed again changes nothing and reports zero changes', async () => {
    for (let run = 0; run < 2; run++) {
      const report = await writeSeed(driver, database, compileSeed());
      expect(report).toEqual({
        nodesWritten: 0,
        relsWritten: 0,
        nodesRemoved: 0,
        relsRemoved: 0,
        unchanged: seed.nodes.length + seed.rels.length,
      });
      expect(await snapshot(driver, database)).toEqual(baseline);
    }
  });

  it('a changed record is rewritten alone, and reloading the seed puts it back', async () => {
    const changed = cloneSeed(seed);
    const node = changed.nodes.find((n) => n.id === 'david-powell')!;
    node.props = { ...node.props, name: 'David Powell (changed)' };
    node.hash = 'changed';
    const rel = changed.rels.find((r) => r.id === 'rosemarie-harris|MEMBER_OF|powys-county-council')!;
    rel.props = { ...rel.props, inferred: true, inference: 'changed' };
    rel.hash = 'changed';
    try {
      const report = await writeSeed(driver, database, changed);
      expect(report).toMatchObject({ nodesWritten: 1, relsWritten: 1, nodesRemoved: 0, relsRemoved: 0 });
      const after = await snapshot(driver, database);
      expect(after.hash).not.toBe(baseline.hash);
      expect(after.digest).toBe(changed.digest);
      const back = await writeSeed(driver, database, seed);
      expect(back).toMatchObject({ nodesWritten: 1, relsWritten: 1, nodesRemoved: 0, relsRemoved: 0 });
    } finally {
      await restore();
    }
  });

  // ------------------------------------------------------------------------ (c) atomicity

  it('control: the probe rows the atomicity tests add are written when nothing is wrong with them', async () => {
    // Without this, the tests below could pass because the probe rows are never written at all.
    const probes = probeNodes(600);
    const good = cloneSeed(seed);
    good.nodes.push(...probes);
    good.rels.push(...probeRels(probes, 'powys-county-council'));
    try {
      const report = await writeSeed(driver, database, good);
      expect(report).toMatchObject({ nodesWritten: 600, relsWritten: 600, nodesRemoved: 0, relsRemoved: 0 });
      const after = await snapshot(driver, database);
      expect(after.entityIds.filter((id) => id.startsWith(PROBE))).toHaveLength(600);
      // Reloading the real seed removes them again.
      const back = await writeSeed(driver, database, seed);
      expect(back).toMatchObject({ nodesWritten: 0, relsWritten: 0, nodesRemoved: 600, relsRemoved: 600 });
    } finally {
      await restore();
    }
  });

  it('a node that Neo4j rejects, in a later batch, leaves nothing written (no new nodes, no changed nodes, same digest)', async () => {
    const bad = cloneSeed(seed);
    // Batch 1 changes a real node and adds new ones; the nested map is in batch 2 (writeSeed's
    // batches are 500 rows), after more valid new nodes.
    const powell = bad.nodes.find((n) => n.id === 'david-powell')!;
    powell.props = { ...powell.props, name: 'half-written' };
    powell.hash = 'half-written';
    bad.nodes.push(...probeNodes(600));
    bad.nodes.push({
      id: `${PROBE}-bad`,
      labels: ['Entity', 'Figure'],
      props: { id: `${PROBE}-bad`, name: 'bad', nested: { a: 1 } },
      hash: 'bad',
    });
    const badAt = bad.nodes.length - 1;
    expect(bad.nodes.findIndex((n) => n.id === 'david-powell')).toBeLessThan(500);
    expect(badAt).toBeGreaterThanOrEqual(500); // a later batch than the changed node...
    expect(bad.nodes[500]!.id.startsWith(PROBE) && badAt > 500).toBe(true); // ...after valid new nodes in its own batch
    try {
      await expect(writeSeed(driver, database, bad)).rejects.toThrow(/Property values can only be of primitive types/);
      expect(await snapshot(driver, database)).toEqual(baseline);
    } finally {
      await restore();
    }
  });

  it('a relationship that Neo4j rejects, after every node and the relationships of other types, leaves nothing written', async () => {
    const bad = cloneSeed(seed);
    const probes = probeNodes(40);
    const powell = bad.nodes.find((n) => n.id === 'david-powell')!;
    powell.props = { ...powell.props, name: 'half-written' };
    powell.hash = 'half-written';
    bad.nodes.push(...probes);
    const rel = bad.rels.find((r) => r.id === 'rosemarie-harris|MEMBER_OF|powys-county-council')!;
    rel.props = { ...rel.props, inference: 'half-written' };
    rel.hash = 'half-written';
    bad.rels.push(...probeRels(probes, 'powys-county-council'));
    // Links are written type by type in the types' order: one of the last type, with a property
    // Neo4j refuses (a map), fails after the changed MEMBER_OF and the probes' CONCERNS were sent.
    const lastType = [...new Set(bad.rels.map((r) => r.type))].sort().at(-1)!;
    expect(lastType > rel.type && lastType > 'CONCERNS').toBe(true);
    bad.rels.push({
      id: `${PROBE}-bad`,
      type: lastType,
      from: probes[0]!.id,
      to: 'powys-county-council',
      props: { id: `${PROBE}-bad`, evidence: [], detail: { not: 'a property value' } },
      hash: 'bad',
    });
    try {
      await expect(writeSeed(driver, database, bad)).rejects.toThrow(/primitive types/);
      expect(await snapshot(driver, database)).toEqual(baseline);
    } finally {
      await restore();
    }
  });

  it('a seed with errors is refused before anything is written', async () => {
    const withErrors: CompiledSeed = {
      ...cloneSeed(seed),
      errors: [{ file: 'x', id: 'y', message: 'z' } satisfies SeedError],
    };
    withErrors.nodes.push(...probeNodes(1));
    await expect(writeSeed(driver, database, withErrors)).rejects.toThrow('refusing to write a seed with errors');
    expect(await snapshot(driver, database)).toEqual(baseline);
  });

  // ------------------------------------------------------------------------ relabelling

  it('a record whose type changes but whose properties do not is relabelled', async () => {
    const dir = copySeed();
    try {
      const text = fs.readFileSync(path.join(dir, 'facts/events.yaml'), 'utf8');
      const from = '- id: monitoring-visit-2017-12\n  type: MonitoringVisit\n';
      expect(text.split(from).length - 1).toBe(1);
      fs.writeFileSync(
        path.join(dir, 'facts/events.yaml'),
        text.replace(from, '- id: monitoring-visit-2017-12\n  type: Publication\n'),
      );
      const retyped = compileSeed(dir);
      expect(retyped.errors).toEqual([]);
      expect(retyped.nodes.find((n) => n.id === 'monitoring-visit-2017-12')!.labels).toEqual([
        'Entity',
        'Event',
        'Publication',
      ]);
      try {
        await writeSeed(driver, database, retyped);
        const res = await driver.executeQuery(
          `MATCH (n:Entity {id: 'monitoring-visit-2017-12'}) RETURN labels(n) AS labels`,
          {},
          { database },
        );
        expect([...(res.records[0]!.get('labels') as string[])].sort()).toEqual(['Entity', 'Event', 'Publication']);
      } finally {
        await writeSeed(driver, database, seed);
        expect(await snapshot(driver, database)).toEqual(baseline);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('after every test above, the database is exactly the seed it started as', async () => {
    expect(await snapshot(driver, database)).toEqual(baseline);
  });
});
