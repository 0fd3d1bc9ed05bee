import { contractRoutes, declaredFunctions, documentedRoutes } from '../support/routes';

const key = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

describe('serverless.yml and docs/api.md against the API contract (shared/src/contract)', () => {
  it('deploys exactly the contract’s routes, each once', () => {
    const deployed = declaredFunctions().map(key);

    expect(deployed.length).toBe(new Set(deployed).size);
    expect([...deployed].sort()).toEqual(contractRoutes().map(key).sort());
  });

  it('serves each route with the function and handler module named like its contract entry', () => {
    const byRoute = new Map(contractRoutes().map((route) => [key(route), route.handlerName]));

    for (const fn of declaredFunctions()) {
      expect({ route: key(fn), functionName: fn.functionName, handler: fn.handlerName }).toEqual({
        route: key(fn),
        functionName: byRoute.get(key(fn)),
        handler: byRoute.get(key(fn)),
      });
    }
  });

  it('describes exactly the contract’s routes in docs/api.md, each once', () => {
    const documented = documentedRoutes().map(key);

    expect(documented.length).toBe(new Set(documented).size);
    expect([...documented].sort()).toEqual(contractRoutes().map(key).sort());
  });
});
