// Transitional re-export, not production code: src/api/SovereigntyClient.test.ts
// (owned by another change) still imports this path. Once it imports
// '../__testUtils__/fakeSovereigntyBackend', delete this folder.
// eslint-disable-next-line no-restricted-imports -- test helper re-exported for a test file only
export * from '../__testUtils__/fakeSovereigntyBackend';
