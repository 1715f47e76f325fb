import { describe, expect, it } from 'vitest';
import { globalId, gqlOk } from './helpers.js';

describe('smoke', () => {
  it('answers a query from Neo4j', async () => {
    const data = await gqlOk(`{ sources { totalCount edges { node { key title } } } }`);
    expect(data.sources.totalCount).toBe(3);
    expect(globalId('Source', 's000')).toBeTruthy();
  });
});
