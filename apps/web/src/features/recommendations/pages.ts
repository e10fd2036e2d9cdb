// The recommendations section, loaded on demand by the router (see AppRoutes).
export { RecommendationsPage } from './RecommendationsPage';
