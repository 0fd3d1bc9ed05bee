/**
 * One jest run, several projects: `npm run test:unit` runs the fast half alone.
 * - unit: pure code (shared, domain, tracker logic), no I/O.
 * - integration: handlers and repositories against a real DynamoDB Local started by the run.
 * - infra: the CloudFormation that `serverless package` generated.
 * - weapp: the real weapp build loaded by miniprogram-simulate.
 * - e2e: the H5 build in headless Chromium against the local API.
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }];
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // middy ships ES modules only: let ts-jest turn them into CommonJS like our own code.
  transform: { '^.+\\.[tj]sx?$': tsJest },
  transformIgnorePatterns: ['/node_modules/(?!(@middy|jose)/)'],
  moduleNameMapper: {
    '^@rights-outreach/shared$': '<rootDir>/shared/src/index.ts',
    '^@rights-outreach/shared/(.*)$': '<rootDir>/shared/$1',
  },
  // Powertools: no metrics on stdout, logs silent unless TEST_LOG_LEVEL says otherwise.
  setupFiles: ['<rootDir>/test/support/powertoolsEnv.ts'],
};

module.exports = {
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/timeouts/unit.ts'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/timeouts/integration.ts', '<rootDir>/test/support/closeClients.ts'],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    },
    {
      ...base,
      displayName: 'infra',
      testMatch: ['<rootDir>/test/infra/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/timeouts/infra.ts'],
    },
    {
      ...base,
      displayName: 'weapp',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeouts/weapp.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/timeouts/e2e.ts'],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    },
  ],
};
