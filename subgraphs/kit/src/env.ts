import { z } from 'zod';

const DEV_SECRET = 'onedoor-development-secret-do-not-use-in-production';

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
});

/** Secrets and switches every process shares. Parsed once; production refuses the development defaults. */
export interface KitConfig {
  production: boolean;
  jwtSecret: string;
  gatewaySecret: string;
  dataKey: string;
  introspection: boolean;
  tokenTtl: string;
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
  return {
    production,
    jwtSecret: secret(e.ONEDOOR_JWT_SECRET, 'ONEDOOR_JWT_SECRET'),
    gatewaySecret: secret(e.ONEDOOR_GATEWAY_SECRET, 'ONEDOOR_GATEWAY_SECRET'),
    dataKey: secret(e.ONEDOOR_DATA_KEY, 'ONEDOOR_DATA_KEY'),
    introspection: e.ONEDOOR_INTROSPECTION ? e.ONEDOOR_INTROSPECTION === 'true' : !production,
    tokenTtl: e.ONEDOOR_TOKEN_TTL,
  };
}
