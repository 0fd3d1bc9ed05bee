/**
 * Configuration, read once from the environment and failing fast when something
 * required is missing. Nothing else in the functions reads process.env.
 *
 * Secrets are given either directly (local runs, tests) or, on AWS, as the name of an SSM
 * SecureString parameter (`<NAME>_PARAMETER`) read at run time, so they never sit in the
 * CloudFormation template, and read again every SECRET_CACHE_SECONDS: see secrets.ts.
 */
export type SecretName = 'visitorHashSecret' | 'authTokenSecret' | 'wechatAppSecret' | 'bootstrapAdminPassword' | 'personalDataKey';

export const secretEnvNames: Record<SecretName, string> = {
  visitorHashSecret: 'VISITOR_HASH_SECRET',
  authTokenSecret: 'AUTH_TOKEN_SECRET',
  wechatAppSecret: 'WECHAT_APP_SECRET',
  bootstrapAdminPassword: 'BOOTSTRAP_ADMIN_PASSWORD',
  /** Encrypts personal data people choose to give (sign-up name and phone). */
  personalDataKey: 'PERSONAL_DATA_KEY',
};

export interface SecretSource {
  value?: string;
  parameter?: string;
}

export interface Config {
  tableName: string;
  /** Set only locally (DynamoDB Local); on AWS the SDK finds the regional endpoint. */
  dynamodbEndpoint?: string;
  region: string;
  /** Base URL of the public landing pages that QR codes encode. */
  publicBaseUrl: string;
  /** How long raw beacon records live before DynamoDB's TTL removes them. */
  beaconTtlDays: number;
  /** How long a Lambda container reuses a campaign's, event's and unit's details for beacons (0: never). */
  placeCacheSeconds: number;
  /** Beacons one person / one address may send per 10 minutes (see recordBeacons.ts). */
  beaconLimits: { perPerson: number; perAddress: number };
  /** Days after its event a sign-up (with its encrypted name and phone) is deleted. */
  signupRetentionDays: number;
  /** Lifetime of a consumer's visitor token (WeChat identity for beacons). */
  visitorTokenTtlDays: number;
  /** Lifetime of a staff sign-in token. */
  tokenTtlMinutes: number;
  /** Reports flag an event whose reported attendance exceeds its verified check-ins this many times. */
  attendanceFlagFactor: number;
  /** WeChat's server API (code2Session); configurable so tests use a fake on loopback. */
  wechatApiBase: string;
  wechatAppId?: string;
  /** The first admin, created on its first sign-in when no such account exists yet. */
  bootstrapAdminEmployeeNo?: string;
  secrets: Record<SecretName, SecretSource>;
  /** How long a secret read from SSM is reused before it is read again (a rotation's delay). */
  secretCacheSeconds: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= readConfig(process.env);
  return cached;
}

/**
 * Whether every answer is checked against the API contract (CHECK_RESPONSES=true: the tests
 * and npm start). Off on AWS: it costs time on large answers and would turn a slip into a 500.
 * Read apart from config() so it needs nothing else set.
 */
export function checkResponsesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CHECK_RESPONSES === 'true';
}

/** For tests that change the environment between cases. */
export function resetConfig(): void {
  cached = undefined;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const secrets = Object.fromEntries(
    (Object.keys(secretEnvNames) as SecretName[]).map((name) => {
      const envName = secretEnvNames[name];
      return [name, { value: optional(env[envName]), parameter: optional(env[`${envName}_PARAMETER`]) }];
    }),
  ) as Record<SecretName, SecretSource>;
  for (const name of ['visitorHashSecret', 'authTokenSecret', 'personalDataKey'] as const) {
    const { value, parameter } = secrets[name];
    if (!value && !parameter) {
      throw new ConfigError(`Set ${secretEnvNames[name]} or ${secretEnvNames[name]}_PARAMETER`);
    }
    if (value !== undefined && value.length < 32) {
      throw new ConfigError(`${secretEnvNames[name]} must be at least 32 characters`);
    }
  }
  return {
    tableName: required(env, 'TABLE_NAME'),
    dynamodbEndpoint: optional(env.DYNAMODB_ENDPOINT),
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'cn-north-1',
    publicBaseUrl: required(env, 'PUBLIC_BASE_URL'),
    beaconTtlDays: positiveInteger(env, 'BEACON_TTL_DAYS', 400),
    placeCacheSeconds: wholeNumber(env, 'PLACE_CACHE_SECONDS', 30),
    beaconLimits: {
      perPerson: positiveInteger(env, 'BEACON_LIMIT_PER_PERSON', 600),
      perAddress: positiveInteger(env, 'BEACON_LIMIT_PER_ADDRESS', 60_000),
    },
    visitorTokenTtlDays: positiveInteger(env, 'VISITOR_TOKEN_TTL_DAYS', 30),
    signupRetentionDays: positiveInteger(env, 'SIGNUP_RETENTION_DAYS', 30),
    tokenTtlMinutes: positiveInteger(env, 'TOKEN_TTL_MINUTES', 480),
    attendanceFlagFactor: positiveNumber(env, 'ATTENDANCE_FLAG_FACTOR', 3),
    wechatApiBase: (optional(env.WECHAT_API_BASE) ?? 'https://api.weixin.qq.com').replace(/\/+$/, ''),
    wechatAppId: optional(env.WECHAT_APP_ID),
    bootstrapAdminEmployeeNo: optional(env.BOOTSTRAP_ADMIN_EMPLOYEE_NO),
    secrets,
    secretCacheSeconds: positiveInteger(env, 'SECRET_CACHE_SECONDS', 300),
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

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(optional(env[name]) ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} must be a positive number`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(optional(env[name]) ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number (0 or more)`);
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(optional(env[name]) ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive whole number`);
  return value;
}
