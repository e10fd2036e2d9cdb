export * from './policy.types.js';
export {
  allActions,
  assessmentActions,
  can,
  elementActions,
  evidenceActions,
  mayGrantRole,
} from './policy.js';
