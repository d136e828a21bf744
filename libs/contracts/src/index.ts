export * from './catalog';
export * from './cohorts';
export * from './countries';
export * from './discussions';
export * from './errors';
export * from './events';
export * from './identity';
export * from './pagination';
