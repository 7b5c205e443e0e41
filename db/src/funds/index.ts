export * from './tables';
export * from './repository';
export * from './attachments';
