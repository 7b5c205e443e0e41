export * from './tables';
export * from './repository';
export * from './workflow';
export * from './statistics';
export * from './references';
export * from './routing-rules';
export * from './notice-tables';
export * from './notices';
