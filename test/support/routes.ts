import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api } from '@rights-outreach/shared';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');

export interface Route {
  method: string;
  path: string;
  /** The handler module's name under functions/src/handlers. */
  handlerName: string;
}

/** Every endpoint of the API contract, named like its handler module. */
export function contractRoutes(): Route[] {
  return Object.entries(api).map(([name, endpoint]) => ({ method: endpoint.method, path: endpoint.path, handlerName: name }));
}

/** Every HTTP API route serverless.yml declares (the catch-all `*` left out). */
export function declaredRoutes(): Route[] {
  return declaredFunctions().map(({ functionName: _, ...route }) => route);
}

/** The HTTP API routes of serverless.yml with the name of the function that serves each. */
export function declaredFunctions(): Array<Route & { functionName: string }> {
  // CloudFormation tags (!Sub, !GetAtt…) are not needed here: parsed as plain values.
  const service = parse(readFileSync(join(root, 'serverless.yml'), 'utf8'), { logLevel: 'silent' }) as {
    functions: Record<string, { handler: string; events?: Array<{ httpApi?: { method: string; path: string } | string }> }>;
  };
  return Object.entries(service.functions).flatMap(([functionName, fn]) =>
    (fn.events ?? []).flatMap((event) =>
      event.httpApi && typeof event.httpApi === 'object'
        ? [
            {
              functionName,
              method: event.httpApi.method.toUpperCase(),
              path: event.httpApi.path,
              handlerName: /handlers\/(\w+)\.handler$/.exec(fn.handler)![1]!,
            },
          ]
        : [],
    ),
  );
}

/** Every route docs/api.md lists in its table: `METHOD /path` (query strings left out). */
export function documentedRoutes(): Array<{ method: string; path: string }> {
  const text = readFileSync(join(root, 'docs', 'api.md'), 'utf8');
  return [...text.matchAll(/^\| `(GET|POST|PUT|PATCH|DELETE) (\/[^`?\s]*)[^`]*` \|/gm)].map((match) => ({
    method: match[1]!,
    path: match[2]!,
  }));
}
