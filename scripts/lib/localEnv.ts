import { join } from 'node:path';
import { loadLocalSecrets } from './localSecrets';

/**
 * For operators' commands (recount, replay): unless TABLE_NAME says which table, the
 * functions' environment of `npm start`'s own table on DynamoDB Local.
 */
export function useLocalTableUnlessConfigured(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (process.env.TABLE_NAME) return;
  const secrets = loadLocalSecrets(join(__dirname, '..', '..', '.data', 'local-secrets.json'));
  Object.assign(process.env, {
    TABLE_NAME: 'rights-outreach-local',
    DYNAMODB_ENDPOINT: `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`,
    PUBLIC_BASE_URL: 'http://127.0.0.1',
    VISITOR_HASH_SECRET: secrets.visitorHashSecret,
    AUTH_TOKEN_SECRET: secrets.authTokenSecret,
    PERSONAL_DATA_KEY: secrets.personalDataKey,
  });
}
