export * from './compose';
export * from './gateway';
export * from './limits';
export * from './stack';
export * from './subgraphs';
export * from './admin';
