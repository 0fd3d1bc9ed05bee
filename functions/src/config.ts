/**
 * Configuration, read once from the environment and failing fast when something
 * required is missing. Nothing else in the functions reads process.env.
 */
export interface Config {
  tableName: string;
  /** Set only locally (DynamoDB Local); on AWS the SDK finds the regional endpoint. */
  dynamodbEndpoint?: string;
  region: string;
  /** Base URL of the public landing pages that QR codes encode. */
  publicBaseUrl: string;
  /** Secret for hashing visitor ids: given directly (local, tests) ... */
  visitorHashSecret?: string;
  /** ... or as the name of an SSM SecureString parameter (deployed stages). */
  visitorHashSecretParameter?: string;
  /** How long raw beacon records live before DynamoDB's TTL removes them. */
  beaconTtlDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= readConfig(process.env);
  return cached;
}

/** For tests that change the environment between cases. */
export function resetConfig(): void {
  cached = undefined;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const visitorHashSecret = optional(env.VISITOR_HASH_SECRET);
  const visitorHashSecretParameter = optional(env.VISITOR_HASH_SECRET_PARAMETER);
  if (!visitorHashSecret && !visitorHashSecretParameter) {
    throw new ConfigError('Set VISITOR_HASH_SECRET or VISITOR_HASH_SECRET_PARAMETER');
  }
  if (visitorHashSecret !== undefined && visitorHashSecret.length < 32) {
    throw new ConfigError('VISITOR_HASH_SECRET must be at least 32 characters');
  }
  const beaconTtlDays = Number(env.BEACON_TTL_DAYS ?? '400');
  if (!Number.isInteger(beaconTtlDays) || beaconTtlDays < 1) {
    throw new ConfigError('BEACON_TTL_DAYS must be a positive whole number of days');
  }
  return {
    tableName: required(env, 'TABLE_NAME'),
    dynamodbEndpoint: optional(env.DYNAMODB_ENDPOINT),
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'cn-north-1',
    publicBaseUrl: required(env, 'PUBLIC_BASE_URL'),
    visitorHashSecret,
    visitorHashSecretParameter,
    beaconTtlDays,
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = optional(env[name]);
  if (!value) throw new ConfigError(`Missing required configuration ${name}`);
  return value;
}

function optional(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
