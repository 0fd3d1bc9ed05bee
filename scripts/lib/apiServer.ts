import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor, within } from './freePort';

export interface ApiServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface ApiServerOptions {
  port: number;
  lambdaPort: number;
  stage: string;
  env: Record<string, string>;
  /** Where serverless-offline's output goes ('inherit' shows its log). */
  stdio?: 'inherit' | 'ignore' | 'pipe';
}

const root = join(__dirname, '..', '..');

/** Runs the API exactly as serverless.yml declares it, with serverless-offline (osls). */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules', 'osls', 'bin', 'serverless.js'), 'offline', 'start', '--stage', options.stage],
    {
      cwd: root,
      env: {
        ...process.env,
        ...options.env,
        API_PORT: String(options.port),
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
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitFor(
      'the API (serverless-offline)',
      async () => {
        if (child.exitCode !== null) throw new Error('serverless-offline exited');
        const response = await fetch(`${url}/__ready`);
        return response.status === 404;
      },
      120_000,
    );
  } catch (error) {
    killTree(child, 'SIGKILL');
    throw new Error(`The API did not start: ${(error as Error).message}\n${output}`);
  }
  return {
    url,
    process: child,
    async stop() {
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
