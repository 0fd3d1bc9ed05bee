import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { config, type SecretName, secretEnvNames } from './config';
import { ConfigError } from './config';

const fetched = new Map<SecretName, Promise<string>>();
let ssm: SSMClient | undefined;

/**
 * A secret: from the environment locally, from an SSM SecureString on AWS (fetched once
 * per container, so it never sits in the CloudFormation template).
 * Hand-written rather than @middy/ssm because domain code, not only handlers, needs secrets.
 */
export function getSecret(name: SecretName): Promise<string> {
  const { value, parameter } = config().secrets[name];
  if (value) return Promise.resolve(value);
  if (!parameter) return Promise.reject(new ConfigError(`${secretEnvNames[name]} is not configured`));
  let secret = fetched.get(name);
  if (!secret) {
    ssm ??= new SSMClient({ region: config().region });
    secret = ssm
      .send(new GetParameterCommand({ Name: parameter, WithDecryption: true }))
      .then((result) => {
        if (!result.Parameter?.Value) throw new ConfigError(`SSM parameter ${parameter} is empty`);
        return result.Parameter.Value;
      })
      .catch((error: unknown) => {
        fetched.delete(name);
        throw error;
      });
    fetched.set(name, secret);
  }
  return secret;
}

/** Whether a secret is configured at all (optional features such as WeChat sign-in). */
export function hasSecret(name: SecretName): boolean {
  const { value, parameter } = config().secrets[name];
  return Boolean(value || parameter);
}
