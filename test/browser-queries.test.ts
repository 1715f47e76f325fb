// The analysts' Neo4j Browser kit (browser/queries.cypher, browser/style.grss) against the seeded
// test database: every saved query runs and answers; three answers are checked in detail; the
// overdue query repeats STATUS_AS_OF word for word; the style sheet covers every label in the graph.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STATUS_AS_OF } from '../src/db/obligations.js';
import { testDriver } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUERIES_FILE = path.join(root, 'browser', 'queries.cypher');
const STYLE_FILE = path.join(root, 'browser', 'style.grss');

interface SavedQuery {
  title: string;
  text: string;
  params: string[];
}

/** Splits the file on `;` at line ends; each query keeps its leading `// Title: explanation` line. */
function parseQueries(file: string): SavedQuery[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((text) => {
      const first = text.split('\n', 1)[0]!;
      const title = first.startsWith('//') ? first.replace(/^\/\/\s*/, '') : '';
      const params = [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
      return { title, text, params };
    });
}

const queries = parseQueries(QUERIES_FILE);

function byTitle(prefix: string): SavedQuery {
  const q = queries.find((x) => x.title.startsWith(prefix));
  if (!q) throw new Error(`no saved query titled "${prefix}..."`);
  return q;
}

/** Neo4j Browser sends every parameter it knows; analysts set `:param asOf => null` for the default. */
function nullParams(q: SavedQuery): Record<string, unknown> {
  return Object.fromEntries(q.params.map((p) => [p, null]));
}

const neoDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
};

let driver: Driver;
let database: string;

async function run(q: SavedQuery | string, params: Record<string, unknown> = {}): Promise<RecordShape[]> {
  const text = typeof q === 'string' ? q : q.text;
  const all = typeof q === 'string' ? params : { ...nullParams(q), ...params };
  const res = await driver.executeQuery(text, all, { database });
  return res.records.map((r) => r.toObject());
}

beforeAll(() => {
  driver = testDriver();
  database = inject('neo4jDatabase');
});

afterAll(async () => {
  await driver?.close();
});

describe('browser/queries.cypher', () => {
  it('holds at least 12 queries, each under a "// Title: explanation" line and ending with ;', () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const q of queries) {
      expect(q.title, q.text.slice(0, 80)).toMatch(/^[^:]+: .+/);
      // A `;` inside a query would make Neo4j Browser split it into several statements.
      expect(q.text.includes(';'), q.title).toBe(false);
    }
    const titles = queries.map((q) => q.title.split(':')[0]);
    expect(new Set(titles).size).toBe(titles.length);
    expect(fs.readFileSync(QUERIES_FILE, 'utf8').trimEnd().endsWith(';')).toBe(true);
  });

  it('uses no parameter other than $asOf, so the rest run as saved', () => {
    for (const q of queries) for (const p of q.params) expect([q.title, p]).toEqual([q.title, 'asOf']);
  });

  it.each(queries.map((q) => [q.title, q] as const))('runs and answers: %s', async (_title, q) => {
    const rows = await run(q);
    expect(rows.length).toBeGreaterThanOrEqual(1);
  });

  it('requests: Rosemarie Harris asked the Welsh Ministers under the Local Government (Wales) Measure 2009, per s000 and s001', async () => {
    const rows = await run(byTitle('Requests for support'));
    const row = rows.find(
      (r) =>
        r.request ===
        "Request to the Welsh Ministers to exercise their powers to provide statutory support (Cllr Harris's letter)",
    );
    expect(row).toBeDefined();
    expect(row!.requesters).toContain('Rosemarie Harris (as Leader of Powys County Council)');
    expect(row!.requesters).toContain('Powys County Council');
    expect(row!.addressees).toEqual(['Welsh Ministers']);
    expect(row!.legislation).toEqual(['Local Government (Wales) Measure 2009']);
    expect(row!.powerHeldBy).toEqual(['Welsh Ministers']);
    expect((row!.citedBy as string[]).map((s) => s.split(' ')[0])).toEqual(['s000', 's001']);
    expect(
      (row!.quotes as string[]).some((q) => q.includes('Cllr Rosemarie Harris wrote to Welsh Government Ministers')),
    ).toBe(true);
    // The meeting's request and the council's undated "asked for help" are their own rows, with no legal basis.
    const others = rows.filter((r) => r !== row);
    expect(others.map((r) => r.request).sort()).toEqual([
      "Council's request to the Welsh Government for help with its children's services",
      'Request at the meeting of 20 November 2017 to provide a support package',
    ]);
    for (const other of others) expect(other.legislation, String(other.request)).toEqual([]);
  });

  describe('obligations open or overdue as of a date', () => {
    const q = () => byTitle('Obligations open or overdue as of a date');
    const statusOf = (rows: RecordShape[], id: string) => rows.find((r) => r.id === id)?.status;

    it('repeats STATUS_AS_OF from src/db/obligations.ts word for word (with asOf for $asOf)', () => {
      const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(squash(q().text)).toContain(squash(STATUS_AS_OF.replaceAll('$asOf', 'asOf')));
    });

    it('gives the February 7 plan as OVERDUE on 2018-03-01 and OPEN on 2018-02-01', async () => {
      const after = await run(q(), { asOf: new neo4j.types.Date(2018, 3, 1) });
      expect(statusOf(after, 'obl-submit-revised-improvement-plan')).toBe('OVERDUE');
      expect(after.every((r) => String(r.asOf) === '2018-03-01')).toBe(true);
      const before = await run(q(), { asOf: new neo4j.types.Date(2018, 2, 1) });
      expect(statusOf(before, 'obl-submit-revised-improvement-plan')).toBe('OPEN');
    });

    it('falls back to 2018-02-15 when $asOf is null', async () => {
      const rows = await run(q(), { asOf: null });
      expect(rows.every((r) => String(r.asOf) === '2018-02-15')).toBe(true);
      expect(statusOf(rows, 'obl-improve-within-three-months')).toBe('OVERDUE');
      expect(statusOf(rows, 'obl-qa-framework-draft')).toBe('OPEN');
    });

    it('agrees with STATUS_AS_OF on every obligation, on several days', async () => {
      for (const day of [
        '2017-06-01',
        '2017-11-01',
        '2018-01-15',
        '2018-02-07',
        '2018-02-08',
        '2018-07-01',
        '2019-01-01',
      ]) {
        const asOf = neoDate(day);
        const expected = await run(`MATCH (n:Obligation) RETURN n.id AS id, ${STATUS_AS_OF} AS status ORDER BY id`, {
          asOf,
        });
        const wanted = expected.filter((r) => r.status === 'OPEN' || r.status === 'OVERDUE');
        const got = (await run(q(), { asOf })).map((r) => ({ id: r.id, status: r.status }));
        got.sort((a, b) => String(a.id).localeCompare(String(b.id)));
        expect(got, day).toEqual(wanted);
      }
    });
  });

  it('shortest path: Kirsty Williams to Care Inspectorate Wales, with no provenance edge on the way', async () => {
    const rows = await run(byTitle('Shortest path between two actors'));
    expect(rows).toHaveLength(1);
    const p = rows[0]!.path;
    expect(neo4j.isPath(p)).toBe(true);
    if (!neo4j.isPath(p)) return;
    expect(p.start.properties.name).toBe('Kirsty Williams');
    expect(p.end.properties.name).toBe('Care Inspectorate Wales');
    expect(p.length).toBeGreaterThan(0);
    for (const seg of p.segments) expect(['EVIDENCED_BY', 'FROM_SOURCE']).not.toContain(seg.relationship.type);
  });
});

describe('browser/style.grss', () => {
  /** The GraSS reader of Neo4j Browser 5, in short: `selector { key: value; ... }`, quotes kept apart. */
  function parseGrass(text: string): Record<string, Record<string, string>> {
    const rules: Record<string, Record<string, string>> = {};
    let inString = false;
    let inProps = false;
    let selector = '';
    let body = '';
    for (const c of text) {
      if (c === "'" || c === '"') {
        inString = !inString;
        continue;
      }
      if (!inString && c === '{') {
        if (inProps) throw new Error(`unquoted { inside ${selector}`);
        inProps = true;
        continue;
      }
      if (!inString && c === '}') {
        if (!inProps) throw new Error(`stray } after ${selector || 'the start'}`);
        inProps = false;
        rules[selector] = Object.fromEntries(
          body
            .split(';')
            .map((p) => p.split(':').map((s) => s.trim()))
            .filter((kv) => kv.length === 2 && kv[0])
            .map(([k, v]) => [k!, v!]),
        );
        selector = '';
        body = '';
        continue;
      }
      if (inProps) body += c;
      else if (!/\s/.test(c)) selector += c;
    }
    if (inProps || inString || selector) throw new Error('unterminated rule');
    return rules;
  }

  const rules = parseGrass(fs.readFileSync(STYLE_FILE, 'utf8'));

  it('gives every type label in the graph a caption, a colour of its own and a size', async () => {
    const res = await run('CALL db.labels() YIELD label RETURN collect(label) AS labels');
    const labels = (res[0]!.labels as string[]).filter(
      (l) => !['Entity', 'Actor', 'Document', 'Event', 'SeedState'].includes(l),
    );
    expect(labels.length).toBeGreaterThan(20);
    const colours = new Map<string, string>();
    for (const label of labels) {
      const rule = rules[`node.${label}`];
      expect(rule, label).toBeDefined();
      expect(rule!.caption, label).toBe('{name}');
      expect(rule!.color, label).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(rule!.diameter, label).toMatch(/^\d+px$/);
      expect(colours.get(rule!.color!.toUpperCase()), `${label} shares a colour`).toBeUndefined();
      colours.set(rule!.color!.toUpperCase(), label);
    }
  });

  it('draws Evidence smallest and grey, and captions relationships with their type', () => {
    const px = (s: string | undefined) => Number(String(s).replace('px', ''));
    const evidence = rules['node.Evidence']!;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(evidence.color!.slice(i, i + 2), 16));
    expect(r).toBe(g);
    expect(g).toBe(b);
    for (const [sel, rule] of Object.entries(rules)) {
      if (sel.startsWith('node.') && sel !== 'node.Evidence')
        expect(px(rule.diameter), sel).toBeGreaterThan(px(evidence.diameter));
    }
    expect(rules.relationship?.caption).toBe('{type}');
  });
});
