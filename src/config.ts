// Every environment variable the product reads, validated in one place. The rest of the code
// receives a Config and never touches process.env.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How long an idle keep-alive connection stays open, and how long a request may take to send its headers. */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;
export const DEFAULT_HEADERS_TIMEOUT_MS = 66_000;

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const memory = z.string().regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 2g');
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z
  .object({
    NEO4J_URI: z
      .string()
      .regex(
        /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
        'expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by a host',
      )
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'expected a Neo4j database name')
      .default('neo4j'),
    NEO4J_HOME: z.string().min(1).default(path.join(projectRoot, '.neo4j')),
    NEO4J_VERSION: z
      .string()
      .regex(/^5\.26\.\d+$/, 'expected a 5.26.x release')
      .default('5.26.30'),
    NEO4J_BROWSER_VERSION: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .default('5.24.0'),
    NEO4J_BOLT_PORT: port.default(7687),
    NEO4J_HTTP_PORT: port.default(7474),
    NEO4J_HEAP: memory.default('1g'),
    NEO4J_PAGECACHE: memory.default('1g'),
    NEO4J_START_TIMEOUT_SECONDS: positiveInt.default(120),
    NEO4J_TX_TIMEOUT_MS: positiveInt.default(5000),
    NEO4J_POOL_SIZE: positiveInt.default(50),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    MAX_PAGE_SIZE: positiveInt.max(1000).default(100),
    SEED_ON_START: bool.default(true),
    NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
    INTROSPECTION: bool.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .refine(
        (list) => list.every((o) => o === '*' || /^https?:\/\/[^/\s]+$/.test(o)),
        'expected * or a comma-separated list of origins such as https://app.example.org',
      ),
    MAX_DEPTH: positiveInt.default(15),
    MAX_ALIASES: positiveInt.default(30),
    MAX_ROOT_FIELDS: positiveInt.default(10),
    MAX_TOKENS: positiveInt.default(5000),
    MAX_COST: positiveInt.default(1_000_000),
    MAX_DOCUMENT_BYTES: positiveInt.default(20_000),
    // Largest document `npm run ingest` and `ingestDocument` take (bytes of the file as given).
    INGEST_MAX_BYTES: positiveInt.max(200 * 1024 * 1024).default(5 * 1024 * 1024),
    REQUEST_TIMEOUT_MS: positiveInt.default(15_000),
    // Above the 60 s idle timeout of common proxies and load balancers (nginx, AWS ALB), so that
    // the proxy, not this server, is the one to close an idle connection: when the server does it,
    // a request the proxy sends at that moment is lost ("socket hang up", ECONNRESET).
    KEEP_ALIVE_TIMEOUT_MS: positiveInt.max(3_600_000).default(DEFAULT_KEEP_ALIVE_TIMEOUT_MS),
    HEADERS_TIMEOUT_MS: positiveInt.max(3_600_000).default(DEFAULT_HEADERS_TIMEOUT_MS),
    RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(0),
    // graphql-js stays available as the reference executor, should a compiled operation misbehave.
    GRAPHQL_EXECUTION: z.enum(['compiled', 'graphql-js']).default('compiled'),
    // One assertFacts is one transaction: bounded so that a batch stays well inside the body limit
    // and a transaction's memory.
    MAX_WRITE_BATCH: positiveInt.max(10_000).default(200),
    // Who may do what (docs/security.md): reads open unless this is set; JWTs when a key is given.
    REQUIRE_TOKEN_FOR_READS: bool.default(false),
    AUTH_FAILURES_PER_MINUTE: positiveInt.max(10_000).default(20),
    JWT_JWKS_URL: z
      .string()
      .url()
      .regex(/^https?:\/\//, 'expected an http(s) URL')
      .optional(),
    JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'expected a PEM public key' }).optional(),
    JWT_ISSUER: z.string().min(1).optional(),
    JWT_AUDIENCE: z.string().min(1).optional(),
    JWT_ROLE_CLAIM: z.string().min(1).default('role'),
    JWT_NAME_CLAIM: z.string().min(1).default('sub'),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
    // A reused connection's next request must get the whole keep-alive time to send its headers.
    if (env.HEADERS_TIMEOUT_MS <= env.KEEP_ALIVE_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HEADERS_TIMEOUT_MS'],
        message: `must be greater than KEEP_ALIVE_TIMEOUT_MS (${env.KEEP_ALIVE_TIMEOUT_MS})`,
      });
    }
  });

export type Env = z.infer<typeof schema>;
export type Execution = Env['GRAPHQL_EXECUTION'];

export interface Config {
  /** Set when the project runs its own Neo4j; undefined when NEO4J_URI points elsewhere. */
  local?: LocalNeo4jConfig;
  neo4j: { uri?: string; username: string; password?: string; database: string; txTimeoutMs: number; poolSize: number };
  http: { host: string; port: number; keepAliveTimeoutMs: number; headersTimeoutMs: number };
  maxPageSize: number;
  seedOnStart: boolean;
  production: boolean;
  introspection: boolean;
  logLevel: string;
  corsOrigins: string[];
  /** How long a whole response may be served from memory; 0 turns the response cache off. */
  responseCacheSeconds: number;
  /** Who runs operations: graphql-jit's compiled code (the default) or graphql-js. */
  execution: Execution;
  /** The most records one assertFacts may carry. */
  maxWriteBatch: number;
  auth: {
    requireTokenForReads: boolean;
    failedAuth: { max: number; windowMs: number };
    jwt?: {
      jwksUrl?: string;
      publicKey?: string;
      issuer?: string;
      audience?: string;
      roleClaim: string;
      nameClaim: string;
    };
  };
  limits: Limits;
}

/** Operation limits: checked before any database work. */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxTokens: number;
  maxCost: number;
  maxDocumentBytes: number;
  /** Largest document to ingest, in bytes (INGEST_MAX_BYTES). */
  maxIngestBytes: number;
  requestTimeoutMs: number;
}

export interface LocalNeo4jConfig {
  cacheDir: string;
  version: string;
  browserVersion: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutSeconds: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable is treated as unset, as shells and .env files commonly leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const shown = present[name] === undefined || /PASSWORD/.test(name) ? '' : ` (got "${present[name]}")`;
    throw new ConfigError(`Invalid ${name}${shown}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    local: e.NEO4J_URI
      ? undefined
      : {
          cacheDir: path.resolve(e.NEO4J_HOME),
          version: e.NEO4J_VERSION,
          browserVersion: e.NEO4J_BROWSER_VERSION,
          boltPort: e.NEO4J_BOLT_PORT,
          httpPort: e.NEO4J_HTTP_PORT,
          heap: e.NEO4J_HEAP,
          pageCache: e.NEO4J_PAGECACHE,
          startTimeoutSeconds: e.NEO4J_START_TIMEOUT_SECONDS,
        },
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      poolSize: e.NEO4J_POOL_SIZE,
    },
    http: {
      host: e.HOST,
      port: e.PORT,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
    },
    maxPageSize: e.MAX_PAGE_SIZE,
    seedOnStart: e.SEED_ON_START,
    production: e.NODE_ENV === 'production',
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGINS,
    responseCacheSeconds: e.RESPONSE_CACHE_SECONDS,
    execution: e.GRAPHQL_EXECUTION,
    maxWriteBatch: e.MAX_WRITE_BATCH,
    auth: {
      requireTokenForReads: e.REQUIRE_TOKEN_FOR_READS,
      failedAuth: { max: e.AUTH_FAILURES_PER_MINUTE, windowMs: 60_000 },
      jwt:
        e.JWT_JWKS_URL || e.JWT_PUBLIC_KEY
          ? {
              jwksUrl: e.JWT_JWKS_URL,
              publicKey: e.JWT_PUBLIC_KEY,
              issuer: e.JWT_ISSUER,
              audience: e.JWT_AUDIENCE,
              roleClaim: e.JWT_ROLE_CLAIM,
              nameClaim: e.JWT_NAME_CLAIM,
            }
          : undefined,
    },
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxRootFields: e.MAX_ROOT_FIELDS,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
      maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
      maxIngestBytes: e.INGEST_MAX_BYTES,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    },
  };
}

/** For command-line entry points: a bad value is one line on stderr and exit code 2. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}
