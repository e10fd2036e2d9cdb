export { AssessmentsPage } from './AssessmentsPage';
export { NewAssessmentPage } from './NewAssessmentPage';
