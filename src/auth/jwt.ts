// Tokens from an organisation's identity provider: JWTs verified with jose against a JWKS URL or
// a public key, only with asymmetric algorithms (a symmetric "none" or HS256 token is refused),
// with the issuer and audience when configured. The role comes from a configured claim (a string
// or a list; the highest role this API knows wins); a token with no such role reads only.
import { createPublicKey } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { isRole, ROLES, unauthenticated, type Role, type Viewer } from './index.js';

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export interface JwtSettings {
  jwksUrl?: string;
  /** A PEM public key (SPKI), when there is no JWKS endpoint. */
  publicKey?: string;
  issuer?: string;
  audience?: string;
  roleClaim: string;
  nameClaim: string;
}

export type JwtVerifier = (token: string) => Promise<Viewer>;

export function jwtVerifier(settings: JwtSettings): JwtVerifier {
  const key = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : createPublicKey(settings.publicKey ?? '');
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        algorithms: ALGORITHMS,
        issuer: settings.issuer,
        audience: settings.audience,
      }));
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw unauthenticated('The bearer token has expired.');
      throw unauthenticated('The bearer token is not valid.');
    }
    const name = payload[settings.nameClaim];
    if (typeof name !== 'string' || !name) throw unauthenticated(`The bearer token has no \`${settings.nameClaim}\`.`);
    const claimed = payload[settings.roleClaim];
    const roles = (Array.isArray(claimed) ? claimed : [claimed]).filter(
      (r): r is Role => typeof r === 'string' && isRole(r),
    );
    const role = roles.sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a))[0] ?? 'reader';
    return { name: `jwt:${name}`, role };
  };
}
