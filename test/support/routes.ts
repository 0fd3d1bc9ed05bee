import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');

export interface Route {
  method: string;
  path: string;
  /** The handler module's name under functions/src/handlers. */
  handlerName: string;
}

/** Every HTTP API route serverless.yml declares (the catch-all `*` left out). */
export function declaredRoutes(): Route[] {
  // CloudFormation tags (!Sub, !GetAtt…) are not needed here: parsed as plain values.
  const service = parse(readFileSync(join(root, 'serverless.yml'), 'utf8'), { logLevel: 'silent' }) as {
    functions: Record<string, { handler: string; events?: Array<{ httpApi?: { method: string; path: string } | string }> }>;
  };
  return Object.values(service.functions).flatMap((fn) =>
    (fn.events ?? []).flatMap((event) =>
      event.httpApi && typeof event.httpApi === 'object'
        ? [{ method: event.httpApi.method.toUpperCase(), path: event.httpApi.path, handlerName: /handlers\/(\w+)\.handler$/.exec(fn.handler)![1]! }]
        : [],
    ),
  );
}

/** Every route docs/api.md lists in its table: `METHOD /path` (query strings left out). */
export function documentedRoutes(): Array<{ method: string; path: string }> {
  const text = readFileSync(join(root, 'docs', 'api.md'), 'utf8');
  return [...text.matchAll(/^\| `(GET|POST|PUT|PATCH|DELETE) (\/[^`?\s]*)[^`]*` \|/gm)].map((match) => ({ method: match[1]!, path: match[2]! }));
}
