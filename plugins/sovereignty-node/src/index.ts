/**
 * What Portolan's backend plugins and modules build on.
 *
 * @packageDocumentation
 */
export * from './extensions';
export type {
  Detector,
  DetectorContext,
  DiscoverySink,
  RepositoryFile,
} from '@portolan/plugin-sovereignty-discovery';
