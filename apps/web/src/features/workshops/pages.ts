export { JoinPage } from './JoinPage';
export { PresenterPage } from './PresenterPage';
export { WorkshopPage } from './WorkshopPage';
export { WorkshopsPage } from './WorkshopsPage';
