export * from './identifiers';
export * from './roles';
export * from './sql';
export * from './time';
