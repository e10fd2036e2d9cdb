export * from './policy.types.js';
export { allActions, assessmentActions, can, elementActions } from './policy.js';
