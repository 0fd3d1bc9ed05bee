import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { config } from './config';

let visitorHashSecret: Promise<string> | undefined;

/**
 * The visitor-hash secret: from the environment locally, from an SSM SecureString on AWS
 * (fetched once per container, so it never sits in the CloudFormation template).
 * Hand-written rather than @middy/ssm because domain code, not the handler, needs it.
 */
export function getVisitorHashSecret(): Promise<string> {
  const { visitorHashSecret: direct, visitorHashSecretParameter, region } = config();
  if (direct) return Promise.resolve(direct);
  visitorHashSecret ??= new SSMClient({ region })
    .send(new GetParameterCommand({ Name: visitorHashSecretParameter, WithDecryption: true }))
    .then((result) => {
      const value = result.Parameter?.Value;
      if (!value) throw new Error(`SSM parameter ${visitorHashSecretParameter} is empty`);
      return value;
    })
    .catch((error: unknown) => {
      visitorHashSecret = undefined;
      throw error;
    });
  return visitorHashSecret;
}
