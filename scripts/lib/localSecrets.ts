import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalSecrets {
  visitorHashSecret: string;
  authTokenSecret: string;
  personalDataKey: string;
  /** Password of the seeded demo accounts. */
  demoPassword: string;
}

/**
 * Secrets for the local product, generated on first start and kept in the git-ignored data
 * folder: never in the code, and stable across restarts so visitor hashes keep matching.
 */
export function loadLocalSecrets(file: string): LocalSecrets {
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>) : {};
  const secrets: LocalSecrets = {
    visitorHashSecret: stored.visitorHashSecret ?? randomBytes(32).toString('base64url'),
    authTokenSecret: stored.authTokenSecret ?? randomBytes(32).toString('base64url'),
    personalDataKey: stored.personalDataKey ?? randomBytes(32).toString('base64url'),
    demoPassword: stored.demoPassword ?? `demo-${randomBytes(4).toString('hex')}`,
  };
  if (JSON.stringify(stored) === JSON.stringify(secrets)) return secrets;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
