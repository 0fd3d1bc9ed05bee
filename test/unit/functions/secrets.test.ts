import { SSMClient } from '@aws-sdk/client-ssm';
import { ssmSecretReader } from '../../../functions/src/secrets';
import { realTimers } from '../../support/frozenClock';

/** A real SSM client whose calls are answered here (the AWS boundary), counting each read. */
function fakeSsm(parameters: Map<string, string>) {
  const client = new SSMClient({ region: 'cn-north-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  const reads: Array<{ Name: string; WithDecryption?: boolean }> = [];
  client.middlewareStack.add(
    () => async (args) => {
      const input = args.input as { Name: string; WithDecryption?: boolean };
      reads.push(input);
      const value = parameters.get(input.Name);
      return { output: { Parameter: value === undefined ? undefined : { Name: input.Name, Value: value }, $metadata: {} } } as never;
    },
    { step: 'initialize', name: 'answerFromTest' },
  );
  return { client, reads };
}

describe('secrets from SSM', () => {
  // Only the clock is faked (Powertools' cache reads both `new Date()` and `Date.now()`); timers stay real.
  let now = Date.parse('2027-03-15T08:00:00Z');
  const setClock = () => jest.setSystemTime(now);
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: [...realTimers] });
    setClock();
  });
  afterEach(() => jest.useRealTimers());

  it('reads a SecureString decrypted, reuses it for its cache age, and picks up a rotated value after it', async () => {
    const parameters = new Map([['/rights-outreach/prod/auth-token-secret', 'first-secret']]);
    const { client, reads } = fakeSsm(parameters);
    const reader = ssmSecretReader({ client, maxAgeSeconds: 300 });

    expect(await reader.get('/rights-outreach/prod/auth-token-secret')).toBe('first-secret');
    parameters.set('/rights-outreach/prod/auth-token-secret', 'rotated-secret');
    now += 299_000;
    setClock();
    expect(await reader.get('/rights-outreach/prod/auth-token-secret')).toBe('first-secret');
    now += 2_000;
    setClock();
    expect(await reader.get('/rights-outreach/prod/auth-token-secret')).toBe('rotated-secret');

    expect(reads).toEqual([
      { Name: '/rights-outreach/prod/auth-token-secret', WithDecryption: true },
      { Name: '/rights-outreach/prod/auth-token-secret', WithDecryption: true },
    ]);
  });

  it('refuses an empty parameter instead of signing with an empty secret', async () => {
    const { client } = fakeSsm(new Map([['/p/empty', '']]));

    await expect(ssmSecretReader({ client, maxAgeSeconds: 300 }).get('/p/empty')).rejects.toThrow('SSM parameter /p/empty is empty');
  });
});
