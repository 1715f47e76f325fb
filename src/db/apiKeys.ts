// Cypher for API keys: `(:ApiKey)` nodes (not `:Entity`, so no read of the graph reaches them)
// holding a key's public id, its name, its role and the SHA-256 of its secret, never the secret.
import type { Driver } from 'neo4j-driver';

export interface ApiKeyRecord {
  keyId: string;
  name: string;
  role: string;
  createdAt: string;
  revokedAt: string | null;
  /** Hex SHA-256 of the secret part of the token. */
  hash: string;
}

const KEY = `k { .keyId, .name, .role, .hash, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt) }`;

/** Stores a new key; the name's uniqueness constraint refuses a second key of the same name. */
export async function insertKey(
  driver: Driver,
  database: string,
  key: { keyId: string; name: string; role: string; hash: string },
): Promise<void> {
  await driver.executeQuery(
    `CREATE (k:ApiKey {keyId: $keyId, name: $name, role: $role, hash: $hash, createdAt: datetime()})`,
    key,
    { database },
  );
}

export async function keyById(driver: Driver, database: string, keyId: string): Promise<ApiKeyRecord | undefined> {
  const res = await driver.executeQuery(
    `MATCH (k:ApiKey {keyId: $keyId}) RETURN ${KEY} AS k`,
    { keyId },
    {
      database,
      routing: 'READ',
    },
  );
  return res.records[0]?.get('k') as ApiKeyRecord | undefined;
}

export async function listKeys(driver: Driver, database: string): Promise<ApiKeyRecord[]> {
  const res = await driver.executeQuery(
    `MATCH (k:ApiKey) RETURN ${KEY} AS k ORDER BY k.name`,
    {},
    {
      database,
      routing: 'READ',
    },
  );
  return res.records.map((r) => r.get('k') as ApiKeyRecord);
}

/** Marks the key revoked (kept, for the record); false when no live key has that name. */
export async function revokeKey(driver: Driver, database: string, name: string): Promise<boolean> {
  const res = await driver.executeQuery(
    `MATCH (k:ApiKey {name: $name}) WHERE k.revokedAt IS NULL SET k.revokedAt = datetime() RETURN count(k) AS n`,
    { name },
    { database },
  );
  return Number(res.records[0]?.get('n') ?? 0) > 0;
}
