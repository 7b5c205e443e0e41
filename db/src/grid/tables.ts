// The grid schema's tables, one file per part of the domain; everything imports them from here.
export * from './tree-tables';
export * from './roster-tables';
export * from './event-tables';
