// The analysis section, loaded on demand by the router (see AppRoutes).
export { AnalysisPage } from './AnalysisPage';
