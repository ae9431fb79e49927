export { SovereigntyPage } from './SovereigntyPage';
