export * from './types';
export * from './format';
