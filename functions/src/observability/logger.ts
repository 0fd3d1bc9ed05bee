import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The service's one logger (Powertools): JSON lines with the Lambda context (request id,
 * cold start, function) once a handler runs, and the request's correlation id. Level from
 * POWERTOOLS_LOG_LEVEL or LOG_LEVEL (`silent` in tests); POWERTOOLS_DEV=true prints it
 * indented for people (npm start).
 */
export const logger = new Logger({ serviceName: 'rights-outreach' });
