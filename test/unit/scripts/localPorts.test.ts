import { chooseLocalPorts, PortInUseError } from '../../../scripts/lib/localPorts';

/** Ports taken by "another stack"; free ones handed out from 50000 up. */
function machine(taken: number[]) {
  let next = 50_000;
  return {
    isFree: async (port: number) => !taken.includes(port),
    pickFree: async () => next++,
  };
}

describe('the ports of npm start', () => {
  it('uses the usual ports on a free machine: serverless-offline and its Lambda port follow the API port', async () => {
    const { isFree, pickFree } = machine([]);

    const { ports, replaced } = await chooseLocalPorts({}, isFree, pickFree);

    expect(ports).toEqual({ dynamodb: 8000, api: 4000, apiOffline: 4001, apiLambda: 4002, web: 3000 });
    expect(replaced).toEqual([]);
  });

  it('derives every API port from API_PORT, so a second stack with changed ports does not reach for 4002', async () => {
    const { isFree, pickFree } = machine([8000, 4000, 4001, 4002, 3000]);

    const { ports } = await chooseLocalPorts({ DYNAMODB_PORT: '8100', API_PORT: '4100', WEB_PORT: '3100' }, isFree, pickFree);

    expect(ports).toEqual({ dynamodb: 8100, api: 4100, apiOffline: 4101, apiLambda: 4102, web: 3100 });
  });

  it('picks free ports for those not given that another stack holds, and says so', async () => {
    const { isFree, pickFree } = machine([8000, 4000, 4001, 4002, 3000]);

    const { ports, replaced } = await chooseLocalPorts({}, isFree, pickFree);

    expect(new Set(Object.values(ports)).size).toBe(5);
    expect(Object.values(ports).every((port) => port >= 50_000)).toBe(true);
    expect(replaced).toHaveLength(5);
    expect(replaced[0]).toMatch(/DYNAMODB_PORT 8000 is in use: using 5000\d/);
  });

  it('refuses a port that was asked for by name and is taken, rather than using another DynamoDB by mistake', async () => {
    const { isFree, pickFree } = machine([8000]);

    await expect(chooseLocalPorts({ DYNAMODB_PORT: '8000' }, isFree, pickFree)).rejects.toThrow(PortInUseError);
  });

  it('never gives two of its own listeners the same port', async () => {
    const { isFree, pickFree } = machine([]);

    const { ports } = await chooseLocalPorts({ API_PORT: '3000' }, isFree, pickFree);

    expect(new Set(Object.values(ports)).size).toBe(5);
    expect(ports.api).toBe(3000);
  });
});
