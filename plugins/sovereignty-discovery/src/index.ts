/**
 * Portolan discovery: pure detectors that find the cloud services a
 * repository uses, the scanner that runs them within limits, and the
 * lookup over the knowledge base's discovery tables.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './lookup';
export * from './scan';
export * from './detectors';
export * from './fileSystem';
