import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';

/**
 * Powertools reads a level from the environment only in capitals; `silent` is what tests and
 * benches set. Read here, not in config.ts: the logger exists before any configuration is read.
 */
const level = (process.env.POWERTOOLS_LOG_LEVEL || process.env.LOG_LEVEL || 'INFO').toUpperCase() as LogLevel;

/**
 * The service's one logger (Powertools): JSON lines with the Lambda context (request id,
 * cold start, function) once a handler runs, and the request's correlation id. Level from
 * POWERTOOLS_LOG_LEVEL or LOG_LEVEL (`silent` in tests); POWERTOOLS_DEV=true prints it
 * indented for people (npm start).
 */
export const logger = new Logger({ serviceName: 'rights-outreach', logLevel: level });
