// The infra project's time per test (and per hook): reads the generated CloudFormation.
// jest's testTimeout in a project's config is not applied per project, so each project sets its own here.
jest.setTimeout(10_000);
