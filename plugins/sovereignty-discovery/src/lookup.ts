// The lookup is knowledge over the knowledge base, so it lives in the common
// package (the engine maps catalog Resource entities with it too); detectors
// import it from here.
export {
  createDiscoveryLookup,
  type DiscoveryLookup,
  type LookupHit,
} from '@portolan/plugin-sovereignty-common';
