// What every package shares: the database, field encryption, roles, time, SQL helpers and personal-data rules.
// Each domain's tables and repositories are in its own entry (`@onedoor/db/cases`, …), which only its own
// subgraph imports (the lint rule in eslint.config.js).
export * from './database';
export * from './crypto';
export * from './shared';
