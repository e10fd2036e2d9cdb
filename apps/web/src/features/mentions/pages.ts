// The mentions inbox, loaded on demand by the router (see AppRoutes).
export { MentionsPage } from './MentionsPage';
