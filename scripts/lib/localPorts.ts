import { createServer } from 'node:net';
import { freePort } from './freePort';

/** Every port `npm start` listens on. */
export interface LocalPorts {
  dynamodb: number;
  /** The API as clients call it (the local gateway). */
  api: number;
  /** serverless-offline's own HTTP port, behind the gateway. */
  apiOffline: number;
  /** serverless-offline's internal Lambda port. */
  apiLambda: number;
  web: number;
}

const envNames: Record<keyof LocalPorts, string> = {
  dynamodb: 'DYNAMODB_PORT',
  api: 'API_PORT',
  apiOffline: 'API_OFFLINE_PORT',
  apiLambda: 'API_LAMBDA_PORT',
  web: 'WEB_PORT',
};

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/**
 * The ports of one local stack. A port given in the environment is used as given (and must be
 * free); the API's two internal ports follow from API_PORT (+1, +2: 4001 and 4002 by default);
 * a port that was not given and is taken (another stack, another program) is replaced by a
 * free one. So a second stack beside the first needs no settings at all, and one started with
 * DYNAMODB_PORT, API_PORT and WEB_PORT changed derives the rest from them.
 */
export async function chooseLocalPorts(
  env: NodeJS.ProcessEnv,
  isFree: (port: number) => Promise<boolean> = portIsFree,
  pickFree: () => Promise<number> = freePort,
): Promise<{ ports: LocalPorts; replaced: string[] }> {
  const given = (name: keyof LocalPorts): number | undefined => {
    const raw = env[envNames[name]];
    if (raw === undefined || raw.trim() === '') return undefined;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new PortInUseError(`${envNames[name]}=${raw} is not a port number`);
    return port;
  };
  const api = given('api') ?? 4000;
  const wanted: Record<keyof LocalPorts, number> = {
    dynamodb: given('dynamodb') ?? 8000,
    api,
    apiOffline: given('apiOffline') ?? api + 1,
    apiLambda: given('apiLambda') ?? api + 2,
    web: given('web') ?? 3000,
  };
  const ports = { ...wanted };
  const replaced: string[] = [];
  const taken = new Set<number>();
  for (const name of Object.keys(wanted) as Array<keyof LocalPorts>) {
    const port = wanted[name];
    if (!taken.has(port) && (await isFree(port))) {
      taken.add(port);
      continue;
    }
    if (given(name) !== undefined)
      throw new PortInUseError(`Port ${port} (${envNames[name]}) is in use: choose another or leave ${envNames[name]} unset`);
    let free = await pickFree();
    while (taken.has(free)) free = await pickFree();
    taken.add(free);
    ports[name] = free;
    replaced.push(`${envNames[name]} ${port} is in use: using ${free}`);
  }
  return { ports, replaced };
}

/** Whether nothing listens on this loopback port now. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
