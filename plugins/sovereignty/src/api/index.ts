export * from './SovereigntyApi';
export { SovereigntyClient } from './SovereigntyClient';
