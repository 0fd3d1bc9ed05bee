// The e2e project's time per test (and per hook): Chromium drives the H5 build against serverless-offline.
// jest's testTimeout in a project's config is not applied per project, so each project sets its own here.
jest.setTimeout(180_000);
