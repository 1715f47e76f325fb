// Readiness for load balancers: Neo4j answers, and the schema this code needs is in place.
import type { Driver } from 'neo4j-driver';

export interface Readiness {
  ready: boolean;
  neo4j: 'up' | 'down';
  schema: 'applied' | 'missing' | 'unknown';
}

export async function readiness(driver: Driver, database: string, timeoutMs = 2000): Promise<Readiness> {
  const session = driver.session({ database });
  try {
    // An auto-commit query: no retries, so a load balancer's probe gets its answer at once.
    const res = await session.run(
      `SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN count(*) AS n`,
      {},
      { timeout: timeoutMs },
    );
    const applied = Number(res.records[0]?.get('n') ?? 0) > 0;
    return { ready: applied, neo4j: 'up', schema: applied ? 'applied' : 'missing' };
  } catch {
    return { ready: false, neo4j: 'down', schema: 'unknown' };
  } finally {
    await session.close().catch(() => {});
  }
}
