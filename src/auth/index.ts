// Who may write. Reads stay open (unless REQUIRE_TOKEN_FOR_READS); writes need a bearer token of a
// role that may make them. Two kinds of token: API keys, random, shown once, stored only as a hash
// (src/db/apiKeys.ts), compared in constant time; and JWTs from an identity provider (jwt.ts).
// Tokens are never logged. The token is resolved once per request into `ctx.viewer`; resolvers ask
// `requireRole(ctx, 'editor')`.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { insertKey, keyById } from '../db/apiKeys.js';

/** In order of what they may do: each role may do what the ones before it may. */
export const ROLES = ['reader', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface Viewer {
  name: string;
  role: Role;
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** Throws UNAUTHENTICATED without a viewer and FORBIDDEN when the viewer's role is below `role`. */
export function requireRole(ctx: { viewer?: Viewer | null }, role: Role): Viewer {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated('This needs a bearer token: send `Authorization: Bearer <token>`.');
  if (ROLES.indexOf(viewer.role) < ROLES.indexOf(role))
    throw forbidden(`This needs the role ${role} or above; the token's role is ${viewer.role}.`);
  return viewer;
}

const TOKEN = /^ogk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const sha256 = (s: string) => createHash('sha256').update(s).digest();
/** Compared against when no key has the id, so that an unknown id costs what a known one does. */
const DECOY = sha256('decoy');

/** A new key: its token (shown once) and what is stored of it. */
export function newToken(): { token: string; keyId: string; hash: string } {
  const keyId = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { token: `ogk_${keyId}_${secret}`, keyId, hash: sha256(secret).toString('hex') };
}

export async function createKey(driver: Driver, database: string, name: string, role: Role): Promise<string> {
  const { token, keyId, hash } = newToken();
  await insertKey(driver, database, { keyId, name, role, hash });
  return token;
}

/**
 * The viewer an `Authorization` header names: null without one; UNAUTHENTICATED for a header that
 * is not a bearer token, a token of another shape, an unknown, forged or revoked one.
 */
export async function authenticate(
  driver: Driver,
  database: string,
  header: string | undefined,
  jwt?: (token: string) => Promise<Viewer>,
): Promise<Viewer | null> {
  if (header === undefined || header === '') return null;
  const bearer = /^Bearer[ ]+(\S+)$/i.exec(header.trim());
  if (!bearer) throw unauthenticated('The Authorization header must be `Bearer <token>`.');
  const parts = TOKEN.exec(bearer[1]!);
  // Three base64url parts: a JWT, for the identity provider's verifier when one is configured.
  if (!parts && jwt && /^[\w-]+\.[\w-]+\.[\w-]*$/.test(bearer[1]!)) return jwt(bearer[1]!);
  if (!parts) throw unauthenticated('The bearer token is not a token this API issued.');
  const key = await keyById(driver, database, parts[1]!);
  const presented = sha256(parts[2]!);
  const stored = key ? Buffer.from(key.hash, 'hex') : DECOY;
  const same = stored.length === presented.length && timingSafeEqual(stored, presented);
  if (!key || !same) throw unauthenticated('The bearer token is not valid.');
  if (key.revokedAt) throw unauthenticated('The bearer token was revoked.');
  if (!isRole(key.role)) throw unauthenticated('The bearer token has no role this API knows.');
  return { name: key.name, role: key.role };
}
