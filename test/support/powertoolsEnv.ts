/**
 * Before any test file imports the functions: Powertools Metrics would print each invocation's
 * metrics (CloudWatch EMF) on stdout, and the logger a line per request. Tests that check
 * them read them on purpose (serializeMetrics, a captured stdout).
 */
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.LOG_LEVEL ??= process.env.TEST_LOG_LEVEL ?? 'silent';
// As Lambda sets it in a container started on demand: Powertools reports cold starts only then.
process.env.AWS_LAMBDA_INITIALIZATION_TYPE ??= 'on-demand';
