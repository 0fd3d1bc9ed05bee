/** One structured logger for the service: JSON lines, objects not concatenated strings. */
type Level = 'debug' | 'info' | 'warn' | 'error';

function write(level: Level, message: string, data?: Record<string, unknown>): void {
  if (process.env.LOG_LEVEL === 'silent') return;
  const line = JSON.stringify({ level, service: 'rights-outreach', message, ...data, time: new Date().toISOString() });
  (level === 'error' || level === 'warn' ? console.error : console.log)(line);
}

export const logger = {
  info: (message: string, data?: Record<string, unknown>) => write('info', message, data),
  warn: (message: string, data?: Record<string, unknown>) => write('warn', message, data),
  error: (message: string, data?: Record<string, unknown>) => write('error', message, data),
};

/** Error fields worth logging, without dumping request bodies. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  return { errorName: error.name, errorMessage: error.message, stack: error.stack };
}
