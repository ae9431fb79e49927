export { EntitySovereigntyContent } from './EntitySovereigntyContent';
