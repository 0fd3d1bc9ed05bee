import { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';
import { SSMClient } from '@aws-sdk/client-ssm';
import { ConfigError, config, type SecretName, secretEnvNames } from './config';
import { traceClient } from './observability/tracing';

/** Reads SSM SecureStrings, each kept for `maxAgeSeconds` so that a rotated value is picked up. */
export interface SecretReader {
  get(parameter: string): Promise<string>;
}

/** A reader on Powertools Parameters' SSM provider (its own cache, per parameter name). */
export function ssmSecretReader(options: { client: SSMClient; maxAgeSeconds: number }): SecretReader {
  const provider = new SSMProvider({ awsSdkV3Client: options.client });
  return {
    async get(parameter) {
      const value = await provider.get(parameter, { decrypt: true, maxAge: options.maxAgeSeconds });
      if (!value) throw new ConfigError(`SSM parameter ${parameter} is empty`);
      return value;
    },
  };
}

let reader: SecretReader | undefined;

/**
 * A secret: from the environment locally (npm start, tests), from an SSM SecureString on AWS,
 * so it never sits in the CloudFormation template. Read again once `SECRET_CACHE_SECONDS` have
 * passed, so a rotated secret reaches running containers within that time.
 * Not @middy/ssm: domain code, not only handlers, needs secrets.
 */
export function getSecret(name: SecretName): Promise<string> {
  const { value, parameter } = config().secrets[name];
  if (value) return Promise.resolve(value);
  if (!parameter) return Promise.reject(new ConfigError(`${secretEnvNames[name]} is not configured`));
  reader ??= ssmSecretReader({
    client: traceClient(new SSMClient({ region: config().region })),
    maxAgeSeconds: config().secretCacheSeconds,
  });
  return reader.get(parameter);
}

/** Whether a secret is configured at all (optional features such as WeChat sign-in). */
export function hasSecret(name: SecretName): boolean {
  const { value, parameter } = config().secrets[name];
  return Boolean(value || parameter);
}
