export * from './policy.types.js';
export { allActions, can } from './policy.js';
