export * from './database';
export * from './factories';
export * from './file-fixtures';
export * from './http-client';
export * from './sockets';
export * from './smtp-server';
export * from './service-harness';
