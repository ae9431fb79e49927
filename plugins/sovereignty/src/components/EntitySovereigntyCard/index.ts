export { EntitySovereigntyCard } from './EntitySovereigntyCard';
