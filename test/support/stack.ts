import { join } from 'node:path';
import { startApiServer, type ApiServer } from '../../scripts/lib/apiServer';
import { freePort } from '../../scripts/lib/freePort';
import { startWebServer, type WebServer } from '../../scripts/lib/webServer';

export interface Stack {
  apiUrl: string;
  webUrl: string;
  stop(): Promise<void>;
}

const h5Dir = join(__dirname, '..', '..', 'miniapp', 'dist-h5');

/**
 * The product as `npm start` runs it, on free ports: the API under serverless-offline
 * against the run's DynamoDB Local (from globalSetup's environment), and the H5 build
 * served with /api proxied to it.
 */
export async function startStack(): Promise<Stack> {
  const env = pick(process.env, [
    'TABLE_NAME',
    'DYNAMODB_ENDPOINT',
    'VISITOR_HASH_SECRET',
    'AUTH_TOKEN_SECRET',
    'PERSONAL_DATA_KEY',
    'WECHAT_API_BASE',
    'WECHAT_APP_ID',
    'WECHAT_APP_SECRET',
    'AWS_REGION',
    'LOG_LEVEL',
    'CHECK_RESPONSES',
    'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED',
  ]);
  const webPort = await freePort();
  const webUrl = `http://127.0.0.1:${webPort}`;
  let api: ApiServer | undefined;
  let web: WebServer | undefined;
  try {
    api = await startApiServer({
      port: await freePort(),
      offlinePort: await freePort(),
      lambdaPort: await freePort(),
      stage: 'test',
      env: { ...env, PUBLIC_BASE_URL: webUrl },
    });
    web = await startWebServer({ port: webPort, root: h5Dir, apiUrl: api.url });
  } catch (error) {
    await api?.stop();
    throw error;
  }
  return {
    apiUrl: api.url,
    webUrl,
    async stop() {
      await web?.stop();
      await api?.stop();
    },
  };
}

function pick(env: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (env[name] === undefined ? [] : [[name, env[name]!]])));
}
