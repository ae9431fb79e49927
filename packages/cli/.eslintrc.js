// The CLI ships as one esbuild bundle with no runtime dependencies, so every
// package it imports is a devDependency on purpose.
module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: { '@backstage/no-undeclared-imports': 'off' },
});
