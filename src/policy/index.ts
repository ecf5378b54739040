export * from './schema';
export * from './validate';
export * from './load';
export { DEFAULT_CONFIG } from '../engine/config';
