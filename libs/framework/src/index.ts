export * from './framework.schema.js';
export { canonicalJson } from './canonical-json.js';
export { FrameworkValidationError, validateFrameworkContent } from './framework-validation.js';
export { buildFramework, framework, hashFrameworkContent } from './framework.js';
export { indexFramework, type FrameworkIndex, type QuestionLocation } from './framework-index.js';
export { countryCodes, isCountryCode, trainingCountryCode } from './countries.js';
