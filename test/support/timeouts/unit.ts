// The unit project's time per test (and per hook): pure code; generous only for a machine busy with other work.
// jest's testTimeout in a project's config is not applied per project, so each project sets its own here.
jest.setTimeout(10_000);
