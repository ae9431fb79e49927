/**
 * Portolan's command line.
 *
 * @packageDocumentation
 */
export { run, type Output, type Context } from './run';
