/**
 * Portolan's command line.
 *
 * @packageDocumentation
 */
export { run, type Output } from './run';
