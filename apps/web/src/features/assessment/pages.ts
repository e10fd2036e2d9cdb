export { AssessmentOverview } from './AssessmentOverview';
export { AssessmentPage } from './AssessmentPage';
