import { z } from 'zod';
import type { S3Settings } from './files/s3';
import type { PeerUrls, SubgraphName } from './peers';

/**
 * The one place OneDoor reads its environment (a lint rule keeps `process.env` out of every other file):
 * every process parses it once with `loadConfig()` and passes what it needs down.
 */

const DEV_SECRET = 'onedoor-development-secret-do-not-use-in-production';

/** Where each subgraph listens when run as its own process, and where peers find it by default. */
export const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  cases: 4001,
  people: 4002,
  grid: 4003,
  funds: 4004,
};

const optionalUrl = z.string().url().optional();

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  ONEDOOR_JWT_SECRET: z.string().min(32).optional(),
  ONEDOOR_GATEWAY_SECRET: z.string().min(16).optional(),
  ONEDOOR_DATA_KEY: z.string().min(16).optional(),
  ONEDOOR_INTROSPECTION: z.enum(['true', 'false']).optional(),
  ONEDOOR_TOKEN_TTL: z
    .string()
    .regex(/^\d+[smhd]$/)
    .default('12h'),
  PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  HOST: z.string().min(1).optional(),
  // An empty DATABASE_URL means the embedded database, as when it is unset.
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  ONEDOOR_DATA_DIR: z.string().min(1).optional(),
  ONEDOOR_FILES_DIR: z.string().min(1).optional(),
  ONEDOOR_S3_BUCKET: z.string().min(1).optional(),
  ONEDOOR_S3_ENDPOINT: optionalUrl,
  ONEDOOR_S3_REGION: z.string().min(1).default('us-east-1'),
  ONEDOOR_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  ONEDOOR_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  ONEDOOR_S3_PREFIX: z.string().default(''),
  ONEDOOR_S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  ONEDOOR_SEED: z.enum(['demo', 'none']).default('demo'),
  ONEDOOR_ADMIN: z.enum(['serve', 'none']).default('serve'),
  ONEDOOR_CASES_URL: optionalUrl,
  ONEDOOR_PEOPLE_URL: optionalUrl,
  ONEDOOR_GRID_URL: optionalUrl,
  ONEDOOR_FUNDS_URL: optionalUrl,
});

/** Secrets, switches and addresses every process shares. Parsed once; production refuses the development defaults. */
export interface KitConfig {
  production: boolean;
  jwtSecret: string;
  gatewaySecret: string;
  dataKey: string;
  introspection: boolean;
  tokenTtl: string;
  /** `PORT`: where this process listens (each kind of process has its own default). */
  port: number | undefined;
  /** `HOST`: the interface to listen on (every interface for a standalone process by default). */
  host: string | undefined;
  /** `DATABASE_URL`: PostgreSQL; unset, the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /** `ONEDOOR_DATA_DIR`: where the embedded database keeps its files (default `.data/pglite`). */
  dataDir: string | undefined;
  /** `ONEDOOR_FILES_DIR`: where uploaded and issued files are kept on the local store (default `.data/files`). */
  filesDir: string | undefined;
  /**
   * `ONEDOOR_S3_BUCKET` with `ONEDOOR_S3_ENDPOINT`, `_ACCESS_KEY_ID` and `_SECRET_ACCESS_KEY` (all required
   * with a bucket), `_REGION` (default `us-east-1`), `_PREFIX` and `_FORCE_PATH_STYLE` (default `true`): files
   * are kept in that S3-compatible bucket instead of `filesDir`.
   */
  s3: S3Settings | undefined;
  /** `ONEDOOR_SEED=none` starts on an empty database instead of seeding the demo county on first start. */
  seedDemo: boolean;
  /** `ONEDOOR_ADMIN=none` leaves the back office to another server. */
  serveAdmin: boolean;
  /** `ONEDOOR_<NAME>_URL`: where each subgraph is, defaulting to the local ports of standalone processes. */
  subgraphUrls: Required<PeerUrls>;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): KitConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const secret = (value: string | undefined, name: string) => {
    if (value) return value;
    if (production) throw new Error(`${name} must be set in production.`);
    return `${DEV_SECRET}:${name}`;
  };
  const local = (name: SubgraphName) => `http://localhost:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`;
  return {
    production,
    jwtSecret: secret(e.ONEDOOR_JWT_SECRET, 'ONEDOOR_JWT_SECRET'),
    gatewaySecret: secret(e.ONEDOOR_GATEWAY_SECRET, 'ONEDOOR_GATEWAY_SECRET'),
    dataKey: secret(e.ONEDOOR_DATA_KEY, 'ONEDOOR_DATA_KEY'),
    introspection: e.ONEDOOR_INTROSPECTION ? e.ONEDOOR_INTROSPECTION === 'true' : !production,
    tokenTtl: e.ONEDOOR_TOKEN_TTL,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.ONEDOOR_DATA_DIR,
    filesDir: e.ONEDOOR_FILES_DIR,
    s3: s3Settings(e),
    seedDemo: e.ONEDOOR_SEED === 'demo',
    serveAdmin: e.ONEDOOR_ADMIN === 'serve',
    subgraphUrls: {
      cases: e.ONEDOOR_CASES_URL ?? local('cases'),
      people: e.ONEDOOR_PEOPLE_URL ?? local('people'),
      grid: e.ONEDOOR_GRID_URL ?? local('grid'),
      funds: e.ONEDOOR_FUNDS_URL ?? local('funds'),
    },
  };
}

/**
 * The S3-compatible store, when a bucket is named. Its endpoint and credentials must be given too: left to
 * the AWS SDK, it would look them up on AWS's own hosts, instance metadata or profile files instead.
 */
function s3Settings(e: z.infer<typeof schema>): S3Settings | undefined {
  if (!e.ONEDOOR_S3_BUCKET) return undefined;
  const missing = (['ONEDOOR_S3_ENDPOINT', 'ONEDOOR_S3_ACCESS_KEY_ID', 'ONEDOOR_S3_SECRET_ACCESS_KEY'] as const).filter(
    (name) => !e[name],
  );
  if (missing.length)
    throw new Error(`Invalid environment: ONEDOOR_S3_BUCKET is set, so ${missing.join(', ')} must be set too.`);
  return {
    bucket: e.ONEDOOR_S3_BUCKET,
    endpoint: e.ONEDOOR_S3_ENDPOINT!,
    region: e.ONEDOOR_S3_REGION,
    accessKeyId: e.ONEDOOR_S3_ACCESS_KEY_ID!,
    secretAccessKey: e.ONEDOOR_S3_SECRET_ACCESS_KEY!,
    prefix: e.ONEDOOR_S3_PREFIX,
    forcePathStyle: e.ONEDOOR_S3_FORCE_PATH_STYLE === 'true',
  };
}

/**
 * Libraries that report usage to their vendors unless told not to read these variables; OneDoor sets them
 * before any such library is created, whatever the operator's environment says. A public body sends nothing out.
 */
export function silenceLibraryTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = 'true';
}
