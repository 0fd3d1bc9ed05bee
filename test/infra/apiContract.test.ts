import { declaredRoutes, documentedRoutes } from '../support/routes';

const key = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

describe('the API contract (docs/api.md)', () => {
  it('lists exactly the routes serverless.yml deploys, each once', () => {
    const documented = documentedRoutes().map(key);

    expect(documented.length).toBe(new Set(documented).size);
    expect([...documented].sort()).toEqual(declaredRoutes().map(key).sort());
  });
});
