import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './drizzle',
  schemaFilter: ['cases', 'people', 'grid', 'funds', 'audit'],
  migrations: { prefix: 'timestamp' },
});
