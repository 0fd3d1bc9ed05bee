// The weapp project's time per test (and per hook): miniprogram-simulate renders the real weapp build page by page.
// jest's testTimeout in a project's config is not applied per project, so each project sets its own here.
jest.setTimeout(60_000);
