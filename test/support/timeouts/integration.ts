// The integration project's time per test (and per hook): handlers and repositories against DynamoDB Local, whose JVM shares two cores with the run.
// jest's testTimeout in a project's config is not applied per project, so each project sets its own here.
jest.setTimeout(60_000);
