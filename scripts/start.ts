/**
 * `npm start`: the whole product on this machine, with embedded defaults.
 * DynamoDB Local (persisted in .data/) → table from infra/data-table.yml → demo seed →
 * API (serverless-offline) → H5 app with /api proxied → URLs printed. Ctrl-C stops all.
 */
import { join } from 'node:path';
import { landingUrl } from '@rights-outreach/shared';
import { startApiServer } from './lib/apiServer';
import { demoAccounts, demoCampaignCode } from './lib/demoData';
import { JavaMissingError, localClient, startDynamoLocal } from './lib/dynamoLocal';
import { awaitAggregated } from './lib/aggregationStatus';
import { ensureTable, streamArnOf } from './lib/ensureTable';
import { ensureH5Build, h5Dir } from './lib/h5Build';
import { chooseLocalPorts, PortInUseError } from './lib/localPorts';
import { loadLocalSecrets } from './lib/localSecrets';
import { startWebServer } from './lib/webServer';

const root = join(__dirname, '..');
// A second stack beside the first keeps its data apart with DATA_DIR (one DynamoDB Local per folder).
const dataDir = process.env.DATA_DIR ? join(process.cwd(), process.env.DATA_DIR) : join(root, '.data');
const stage = 'local';
const tableName = `rights-outreach-${stage}`;

// Local runs may be on Node 20; Lambda runs nodejs22.x. Set before the first SDK client.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const stops: Array<() => Promise<void>> = [];
const log = (line: string) => console.log(`[start] ${line}`);

async function main(): Promise<void> {
  const { ports, replaced } = await chooseLocalPorts(process.env);
  for (const line of replaced) log(line);
  log(
    `ports: DynamoDB Local ${ports.dynamodb}, API ${ports.api} (serverless-offline ${ports.apiOffline}, its Lambda port ${ports.apiLambda}), web ${ports.web}`,
  );
  const secrets = loadLocalSecrets(join(dataDir, 'local-secrets.json'));
  const webUrl = `http://127.0.0.1:${ports.web}`;
  const publicBaseUrl = process.env.PUBLIC_BASE_URL ?? webUrl;

  log(`starting DynamoDB Local on port ${ports.dynamodb} (data in ${join(dataDir, 'dynamodb')})…`);
  const dynamo = await startDynamoLocal({ port: ports.dynamodb, dataDir: join(dataDir, 'dynamodb') });
  stops.push(() => dynamo.stop());

  const client = localClient(dynamo.endpoint);
  log(`table ${tableName}: ${await ensureTable(client, tableName)}`);
  const streamArn = await streamArnOf(client, tableName);
  client.destroy();

  const env = {
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    VISITOR_HASH_SECRET: secrets.visitorHashSecret,
    AUTH_TOKEN_SECRET: secrets.authTokenSecret,
    PERSONAL_DATA_KEY: secrets.personalDataKey,
    PUBLIC_BASE_URL: publicBaseUrl,
    AWS_REGION: 'cn-north-1',
    // Locally every answer is checked against the API contract (off on AWS).
    CHECK_RESPONSES: 'true',
    // Local runs may be on Node 20; Lambda runs nodejs22.x.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // Powertools: each request's log line indented for people; metrics (EMF) kept off the console.
    POWERTOOLS_DEV: process.env.POWERTOOLS_DEV ?? 'true',
  };
  Object.assign(process.env, env);
  // Imported after the environment is set: the repositories read it on first use.
  const { startAggregator } = await import('./lib/aggregator');
  const { upgradeCounting } = await import('./lib/upgradeCounting');
  const { seedDemo } = await import('./lib/seedDemo');
  log(`counting state: ${await upgradeCounting()}`);
  log(`starting the aggregator on the table's stream (failed batches go to ${join(dataDir, 'aggregation-failures.jsonl')})…`);
  const aggregator = startAggregator({
    endpoint: dynamo.endpoint,
    streamArn,
    failureFile: join(dataDir, 'aggregation-failures.jsonl'),
    log: (line) => log(`aggregator: ${line}`),
  });
  stops.push(() => aggregator.stop());
  log(`demo data: ${await seedDemo({ demoPassword: secrets.demoPassword, secrets })}`);
  await awaitAggregated({ endpoint: dynamo.endpoint, tableName, streamArn }, 300_000);
  log('every stored beacon is counted');

  ensureH5Build(log);

  log(`starting the API on port ${ports.api} (serverless-offline)…`);
  const api = await startApiServer({
    port: ports.api,
    offlinePort: ports.apiOffline,
    lambdaPort: ports.apiLambda,
    stage,
    env,
    stdio: 'inherit',
  });
  stops.push(() => api.stop());

  const web = await startWebServer({ port: ports.web, root: h5Dir, apiUrl: api.url });
  stops.push(() => web.stop());

  const landing = landingUrl(publicBaseUrl, { campaignCode: demoCampaignCode, source: 'counter' });
  const accounts = demoAccounts.map((a) => `    ${a.employeeNo}  ${a.role.padEnd(9)}  ${a.name}（${a.unitId}）`).join('\n');
  console.log(`
  消保宣传通 is running.

  H5 app (demo landing page):  ${landingUrl(webUrl, { campaignCode: demoCampaignCode, source: 'counter' })}
  QR code of that link (PNG):  ${api.url}/public/campaigns/${demoCampaignCode}/qr?format=png&s=counter
  Link the QR code encodes:    ${landing}
  API:                         ${api.url}   (also at ${webUrl}/api)
  Campaign report (token of A0001, M0001 or M0002): ${api.url}/reports/campaigns/${demoCampaignCode}
  Staff sign-in (员工登录):     ${webUrl}/staff/pages/login/index
  Dashboard (数据看板, M0002/M0001): ${webUrl}/dashboard/pages/campaigns/index
  Admin area (管理后台):        ${webUrl}/admin/pages/home/index
  DynamoDB Local:              ${dynamo.endpoint}   table ${tableName}
  Ports:                       DynamoDB ${ports.dynamodb}, API ${ports.api}, serverless-offline ${ports.apiOffline} (Lambda ${ports.apiLambda}), web ${ports.web}

  Demo accounts (工号, password ${secrets.demoPassword}):
${accounts}

  Press Ctrl-C to stop everything.
`);
}

async function stopAll(code: number): Promise<never> {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

main().catch(async (error: unknown) => {
  console.error(
    error instanceof JavaMissingError || error instanceof PortInUseError
      ? error.message
      : `[start] failed: ${(error as Error).stack ?? error}`,
  );
  await stopAll(1);
});
