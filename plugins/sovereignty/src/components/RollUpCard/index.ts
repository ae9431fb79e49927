export { EntitySovereigntyRollUpCard } from './EntitySovereigntyRollUpCard';
