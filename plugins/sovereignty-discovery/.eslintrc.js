module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // Property tests assert through fast-check.
  testRules: {
    'jest/expect-expect': [
      'error',
      { assertFunctionNames: ['expect', 'fc.assert'] },
    ],
  },
});
