export * from './policy.types.js';
export { allActions, assessmentActions, can, elementActions, mayGrantRole } from './policy.js';
