export { ElementsPage } from './ElementsPage';
export { WorkspacePage } from './WorkspacePage';
