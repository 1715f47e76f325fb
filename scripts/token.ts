// npm run token -- create --name NAME --role ROLE | list | revoke NAME
// API keys for writing (docs/security.md). The token is printed once, alone on the last line of
// `create`; only its hash is stored, so a lost token is revoked and a new one created.
import { parseArgs } from 'node:util';
import { createKey, isRole, ROLES } from '../src/auth/index.js';
import { loadConfigOrExit } from '../src/config.js';
import { listKeys, revokeKey } from '../src/db/apiKeys.js';
import { createDriver } from '../src/db/driver.js';
import { applySchema } from '../src/db/schema.js';
import { resolveConnection } from '../neo4j/connect.js';
import { LocalNeo4jError } from '../neo4j/launcher.js';

const USAGE = `usage: npm run token -- create --name NAME --role ${ROLES.join('|')}
       npm run token -- list
       npm run token -- revoke NAME`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, role: { type: 'string' } },
});
const [command, arg] = positionals;

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

if (command === 'create') {
  if (!values.name || !/^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/.test(values.name))
    fail('--name is required: letters, digits, . _ @ - (at most 100)');
  if (!values.role || !isRole(values.role)) fail(`--role is one of ${ROLES.join(', ')}`);
} else if (command === 'revoke') {
  if (!arg) fail('revoke needs the NAME of the key');
} else if (command !== 'list') fail(command ? `unknown command "${command}"` : 'no command');

const config = loadConfigOrExit();
try {
  const conn = await resolveConnection(config);
  const driver = createDriver(conn, config.neo4j);
  try {
    await applySchema(driver, conn.database);
    if (command === 'create') {
      try {
        const token = await createKey(driver, conn.database, values.name!, values.role as (typeof ROLES)[number]);
        console.log(`token: created "${values.name}" with role ${values.role}; it is shown once, store it now:`);
        console.log(token);
      } catch (err) {
        if (/ConstraintValidationFailed|already exists/.test(String((err as Error).message)))
          fail(`a key named "${values.name}" exists already (revoke it, or choose another name)`);
        throw err;
      }
    } else if (command === 'list') {
      const keys = await listKeys(driver, conn.database);
      if (!keys.length) console.log('token: no keys');
      for (const k of keys)
        console.log(`${k.name}\t${k.role}\tcreated ${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}`);
    } else {
      const done = await revokeKey(driver, conn.database, arg!);
      if (!done) {
        console.error(`token: no live key named "${arg}"`);
        process.exitCode = 1;
      } else console.log(`token: revoked "${arg}"`);
    }
  } finally {
    await driver.close();
  }
} catch (err) {
  console.error(err instanceof LocalNeo4jError ? err.message : `token: ${(err as Error).message}`);
  process.exit(1);
}
