export * from './cases/tables';
export * from './cases/notice-tables';
export * from './people/tables';
export * from './grid/tables';
export * from './funds/tables';
export * from './audit/tables';
