// Who may write, over HTTP: JWTs from an identity provider (a key pair made here stands for it),
// the setting that requires a token for reads too, failed authentication limited per client, and
// the token command (create shows the token once, alone on its last line; list; revoke).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../src/config.js';
import { ADD_SOURCE, sourceInput } from './curation-fixtures.js';
import { gqlAs, graphDigest, resetToSeed, startTestApi } from './helpers.js';

const run = promisify(execFile);

describe('JWTs, tokens for reads, failed-authentication limits', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let sign: (claims: Record<string, unknown>, expires?: string) => Promise<string>;
  let forge: (claims: Record<string, unknown>) => Promise<string>;

  beforeAll(async () => {
    const idp = await generateKeyPair('ES256');
    const other = await generateKeyPair('ES256');
    const jwt =
      (key: CryptoKey | Parameters<SignJWT['sign']>[0]) =>
      async (claims: Record<string, unknown>, expires = '5m') =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'ES256' })
          .setIssuer('https://idp.example')
          .setAudience('obligations-graph')
          .setIssuedAt()
          .setExpirationTime(expires)
          .sign(key);
    sign = jwt(idp.privateKey);
    forge = jwt(other.privateKey);
    api = await startTestApi({
      auth: {
        requireTokenForReads: true,
        failedAuth: { max: 3, windowMs: 60_000 },
        jwt: {
          publicKey: await exportSPKI(idp.publicKey),
          issuer: 'https://idp.example',
          audience: 'obligations-graph',
          roleClaim: 'role',
          nameClaim: 'sub',
        },
      },
    });
  });

  afterAll(async () => {
    await api?.stop();
    await resetToSeed();
  });

  const read = '{ sources { totalCount } }';

  it('with REQUIRE_TOKEN_FOR_READS a read without a token is UNAUTHENTICATED (401); a reader token reads', async () => {
    const none = await gqlAs(undefined, read, undefined, api.url);
    expect(none.status).toBe(401);
    expect(none.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const reader = await gqlAs(`Bearer ${await sign({ sub: 'rita', role: 'reader' })}`, read, undefined, api.url);
    expect(reader.data!.sources.totalCount).toBe(3);
  });

  it('a JWT with the editor role writes, and the revision names its subject', async () => {
    const token = await sign({ sub: 'erin', role: ['reader', 'editor'] });
    const r = await gqlAs(`Bearer ${token}`, ADD_SOURCE, { input: sourceInput() }, api.url);
    expect(r.errors).toBeUndefined();
    expect(r.data!.addSource.revision.author).toBe('jwt:erin');
  });

  it('expired, forged, wrong-audience and role-less JWTs are refused, and write nothing', async () => {
    const before = await graphDigest();
    const cases: [string, string, string, number][] = [
      // Authenticated, but with no role that may write: not a failed authentication.
      ['no role this API knows', await sign({ sub: 'erin', role: 'superuser' }), 'FORBIDDEN', 403],
      ['expired', await sign({ sub: 'erin', role: 'editor' }, '-1m'), 'UNAUTHENTICATED', 401],
      ['signed by another key', await forge({ sub: 'erin', role: 'editor' }), 'UNAUTHENTICATED', 401],
      ['no subject', await sign({ role: 'editor' }), 'UNAUTHENTICATED', 401],
    ];
    for (const [what, token, code, status] of cases) {
      const r = await gqlAs(`Bearer ${token}`, ADD_SOURCE, { input: sourceInput('other text') }, api.url);
      expect([what, r.status, r.errors?.[0]?.extensions?.code]).toEqual([what, status, code]);
      if (what === 'expired') expect(r.errors![0]!.message).toMatch(/expired/);
    }
    expect(await graphDigest()).toEqual(before);
  });

  it('after 3 failed authentications a client gets TOO_MANY_REQUESTS (429), even with a good token', async () => {
    // The failures above already count for this client (127.0.0.1): it is limited now.
    const bad = await gqlAs('Bearer nope', read, undefined, api.url);
    expect([bad.status, bad.errors![0]!.extensions!.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
    const good = await gqlAs(`Bearer ${await sign({ sub: 'rita', role: 'reader' })}`, read, undefined, api.url);
    expect(good.status).toBe(429);
    // The suite's own API counts its own clients: unaffected.
    const open = await gqlAs(undefined, read);
    expect([open.status, open.errors]).toEqual([200, undefined]);
  });
});

describe('npm run token', () => {
  const token = (...args: string[]) =>
    run(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/token.ts', ...args], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USERNAME: inject('neo4jUsername'),
        NEO4J_PASSWORD: inject('neo4jPassword'),
        NEO4J_DATABASE: inject('neo4jDatabase'),
      },
    });

  afterAll(() => resetToSeed());

  it('create prints the token alone on its last line; it writes; list shows no token; revoke ends it', async () => {
    const created = await token('create', '--name', 'cli-editor', '--role', 'editor');
    const lines = created.stdout.trimEnd().split('\n');
    const secret = lines[lines.length - 1]!;
    expect(secret).toMatch(/^ogk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const write = await gqlAs(`Bearer ${secret}`, ADD_SOURCE, { input: sourceInput() });
    expect(write.errors).toBeUndefined();
    const listed = await token('list');
    expect(listed.stdout).toMatch(/cli-editor\teditor\tcreated /);
    expect(listed.stdout).not.toContain(secret.slice(17));
    await expect(token('create', '--name', 'cli-editor', '--role', 'editor')).rejects.toThrow(/exists already/);
    await expect(token('create', '--name', 'x', '--role', 'god')).rejects.toThrow(/--role is one of/);
    expect((await token('revoke', 'cli-editor')).stdout).toMatch(/revoked "cli-editor"/);
    const after = await gqlAs(`Bearer ${secret}`, ADD_SOURCE, { input: sourceInput() });
    expect([after.status, after.errors![0]!.extensions!.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
