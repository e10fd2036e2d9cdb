// The library's pages, loaded on demand by the router (see AppRoutes).
export { EvidencePage } from './EvidencePage';
export { EvidenceDetailPage } from './EvidenceDetailPage';
