import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor, within } from './freePort';
import { startLocalGateway } from './localGateway';

export interface ApiServer {
  /** The API as clients call it: the local gateway in front of serverless-offline. */
  url: string;
  /** serverless-offline itself, without the gateway's corrections. */
  offlineUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface ApiServerOptions {
  /** Where clients call the API (the local gateway). */
  port: number;
  /** serverless-offline's own HTTP port, behind the gateway. */
  offlinePort: number;
  /** serverless-offline's internal Lambda port (its default, 4002, would clash between stacks). */
  lambdaPort: number;
  stage: string;
  env: Record<string, string>;
  /** Where serverless-offline's output goes ('inherit' shows its log). */
  stdio?: 'inherit' | 'ignore' | 'pipe';
}

const root = join(__dirname, '..', '..');

/**
 * Runs the API exactly as serverless.yml declares it, with serverless-offline (osls), behind
 * the local gateway (localGateway.ts) that answers what serverless-offline gets wrong.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const child = spawn(
    process.execPath,
    // The `osls` command: osls is installed under the name `serverless` (package.json), which is
    // the peer serverless-offline asks for, so no other Serverless Framework comes along.
    [join(root, 'node_modules', '.bin', 'osls'), 'offline', 'start', '--stage', options.stage],
    {
      cwd: root,
      env: {
        ...process.env,
        ...options.env,
        API_PORT: String(options.offlinePort),
        API_LAMBDA_PORT: String(options.lambdaPort),
        SLS_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', options.stdio ?? 'pipe', options.stdio ?? 'pipe'],
      detached: process.platform !== 'win32',
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const offlineUrl = `http://127.0.0.1:${options.offlinePort}`;
  try {
    await waitFor(
      'the API (serverless-offline)',
      async () => {
        if (child.exitCode !== null) throw new Error('serverless-offline exited');
        const response = await fetch(`${offlineUrl}/__ready`);
        return response.status === 404;
      },
      120_000,
    );
  } catch (error) {
    killTree(child, 'SIGKILL');
    throw new Error(`The API did not start: ${(error as Error).message}\n${output}`, { cause: error });
  }
  const gateway = await startLocalGateway({ port: options.port, upstreamUrl: offlineUrl }).catch((error: unknown) => {
    killTree(child, 'SIGKILL');
    throw error;
  });
  return {
    url: gateway.url,
    offlineUrl,
    process: child,
    async stop() {
      await gateway.stop();
      killTree(child, 'SIGTERM');
      await within(exited, 5_000);
      if (child.exitCode === null) killTree(child, 'SIGKILL');
    },
  };
}

/** serverless-offline starts worker processes of its own: stop the whole group. */
function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid && process.platform !== 'win32') process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}
