export { ElementPage } from './ElementPage';
export { FrameworkPage } from './FrameworkPage';
