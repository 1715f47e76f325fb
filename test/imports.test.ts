// The drawing of the house: src/ is the API and its domain, so its imports stay inside src/ (or
// reach installed packages), and they form no circle. Workshop code (neo4j/, scripts/, bench/,
// seed/, test/) may import src/, never the other way round. The one exception is the entry
// point, src/main.ts, which provisions a local Neo4j through neo4j/ before the API exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config.js';

const srcDir = path.join(projectRoot, 'src');
const ENTRY_POINT = 'src/main.ts';
const ENTRY_POINT_MAY_REACH = ['neo4j/'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every module specifier of a file: static imports and re-exports (type-only ones too) and import(). */
export function specifiersOf(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gms,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

/** The project file a relative specifier names (NodeNext: `./x.js` is `./x.ts`). */
function resolve(from: string, spec: string): string {
  const target = path.resolve(path.dirname(from), spec);
  return target.endsWith('.js') ? target.slice(0, -3) + '.ts' : target;
}

const rel = (p: string) => path.relative(projectRoot, p).split(path.sep).join('/');

/** src's import graph: file -> project files it imports (relative specifiers only). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(srcDir)) {
    const code = fs.readFileSync(file, 'utf8');
    graph.set(
      rel(file),
      specifiersOf(code)
        .filter((s) => s.startsWith('.'))
        .map((s) => rel(resolve(file, s))),
    );
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('finds the imports it scans (the scan itself works)', () => {
    expect(graph.size).toBeGreaterThan(30);
    expect(graph.get('src/server.ts')).toContain('src/schema.ts');
    expect(
      specifiersOf(
        `import type { A } from './a.js';\nexport { b } from "../b.js";\nconst c = await import('./c.js');\nimport './d.js';`,
      ),
    ).toEqual(['./a.js', '../b.js', './d.js', './c.js']);
  });

  it('stays inside src/ (packages aside); only the entry point reaches the local Neo4j launcher', () => {
    const leaving: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (target.startsWith('src/')) continue;
        if (file === ENTRY_POINT && ENTRY_POINT_MAY_REACH.some((dir) => target.startsWith(dir))) continue;
        leaving.push(`${file} -> ${target}`);
      }
    }
    expect(leaving).toEqual([]);
  });

  it('imports only files that exist', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => !fs.existsSync(path.join(projectRoot, t))).map((t) => `${file} -> ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no circles', () => {
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });
});
