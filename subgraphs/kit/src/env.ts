import { z } from 'zod';
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
 * Libraries that report usage to their vendors unless told not to read these variables; OneDoor sets them
 * before any such library is created, whatever the operator's environment says. A public body sends nothing out.
 */
export function silenceLibraryTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = 'true';
}
