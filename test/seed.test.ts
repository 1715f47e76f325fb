import { describe, it } from 'vitest';
import { inject } from 'vitest';
import { testDriver } from './helpers.js';
import { compileSeed } from '../seed/compile.js';

describe('explore', () => {
  it('explore', async () => {
    const d = testDriver();
    const db = inject('neo4jDatabase');
    const seed = compileSeed();
    console.log('nodes', seed.nodes.length, 'rels', seed.rels.length, 'errors', seed.errors.length, seed.digest);
    const tries: [string, string, Record<string, unknown>][] = [
      ['nested map', `CREATE (n:Tmp) SET n = $p RETURN n`, { p: { id: 'x', m: { a: 1 } } }],
      ['empty type', `MATCH (a:Entity {id:'s000'}), (b:Entity {id:'s001'}) MERGE (a)-[r:$('') {id:'x'}]->(b) RETURN r`, {}],
      ['empty label', `MERGE (n:Entity {id:'zz'}) SET n:$([''])  RETURN n`, {}],
      ['list of maps', `CREATE (n:Tmp) SET n = $p RETURN n`, { p: { id: 'x', m: [{ a: 1 }] } }],
      ['mixed list', `CREATE (n:Tmp) SET n = $p RETURN n`, { p: { id: 'x', m: [1, 'a'] } }],
    ];
    for (const [name, q, p] of tries) {
      const s = d.session({ database: db });
      try {
        await s.executeWrite(async (tx) => { await tx.run(q, p); throw new Error('rollback-ok (no error from neo4j)'); });
      } catch (e) {
        console.log(name, '=>', (e as any).code, (e as Error).message.slice(0, 200));
      } finally { await s.close(); }
    }
    const r = await d.executeQuery(`MATCH (n) RETURN labels(n) AS l, count(*) AS c ORDER BY c DESC`, {}, { database: db });
    console.log(r.records.map((x) => x.toObject()));
    await d.close();
  });
});
