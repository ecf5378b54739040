export * from './schema';
export * from './validate';
export { DEFAULT_CONFIG } from '../engine/config';
