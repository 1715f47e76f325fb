// Relay global ids: opaque base64url of "<Type>:<key>". Clients must not parse them; the server
// checks them strictly so that a forged or truncated id is a clear error, not a silent miss.
// Not graphql-relay's toGlobalId/fromGlobalId: those write standard base64 with padding (every id
// handed out so far would change) and decode anything without complaint, so the strict checks
// below would remain all the same.
import { isNodeType } from './model.js';
import { badInput } from './errors.js';

export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string, argument = 'id'): { type: string; key: string } {
  if (typeof id !== 'string' || id.length === 0 || id.length > 400 || !/^[A-Za-z0-9_-]+$/.test(id)) {
    throw badInput(`\`${argument}\` is not a valid id: ids are opaque strings returned by this API.`, argument);
  }
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const key = decoded.slice(sep + 1);
  if (sep <= 0 || !isNodeType(type) || key.length === 0 || toGlobalId(type, key) !== id) {
    throw badInput(`\`${argument}\` is not a valid id: ids are opaque strings returned by this API.`, argument);
  }
  return { type, key };
}
