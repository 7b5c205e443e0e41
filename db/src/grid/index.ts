// The grid domain's tables and repositories: only the grid subgraph (and the seed) imports this entry.
export * from './tables';
export * from './repository';
export * from './tree-repository';
export * from './roster-repository';
export * from './events-repository';
export * from './meetings-repository';
export * from './profiles-repository';
export * from './search-terms';
export * from './search-refresh';
