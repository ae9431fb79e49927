/**
 * Scaffolder actions of Portolan.
 *
 * @packageDocumentation
 */
export { scaffolderModuleSovereignty as default } from './module';
export { createAssessAction } from './actions/assess';
