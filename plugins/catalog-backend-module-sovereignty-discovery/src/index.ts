/**
 * Catalog module that discovers the cloud services each entity's repository
 * uses, for Portolan.
 *
 * @packageDocumentation
 */
export { catalogModuleSovereigntyDiscovery as default } from './module';
