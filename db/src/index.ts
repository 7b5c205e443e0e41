export * from './schema';
export * from './database';
export * from './crypto';
