/** Tests run TypeScript through swc, which (unlike esbuild) emits the decorator metadata type-graphql and MikroORM read. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    }],
  },
  setupFiles: ['reflect-metadata'],
  // Prints which mode (embedded or services) and time zone the run uses.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Hooks that start a server (migrations on a fresh PGlite) can take over 30 s on a busy 2-core machine.
  testTimeout: 90000,
  maxWorkers: 2,
};
