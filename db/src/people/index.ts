export * from './tables';
export * from './repository';
export * from './password';
export * from './search-repository';
