export * from './tables';
export * from './repository';
