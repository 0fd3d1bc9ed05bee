import { api, checkResponse, mainPackageRoutes } from '@rights-outreach/shared';
import { ApiError } from '../../../miniapp/src/services/ApiError';
import { createApiClient, type Send } from '../../../miniapp/src/services/apiClient';

/** The client with a fake transport that records each request and answers the given body. */
function clientAnswering(status: number, data: unknown) {
  const sent: Array<{ method: string; path: string; body: unknown }> = [];
  const send: Send = async (method, path, body) => {
    sent.push({ method, path, body });
    return { status, data };
  };
  // As services/api.ts makes it: each answer checked with its endpoint's response schema.
  return { ...createApiClient(send, api, (name, status, body) => checkResponse(api[name], status, body)), sent };
}

const material = {
  origin: { kind: 'original' as const },
  id: 'eight-rights',
  kind: 'right',
  format: 'article',
  title: '金融消费者的八项基本权利',
  summary: '了解财产安全权、知情权等八项权利，遇到问题知道如何维护。',
  sections: [{ heading: '财产安全权', body: '金融机构应当依法保障您的资金和财产安全。' }],
  version: 2,
  publishedAt: '2026-03-01T08:00:00.000Z',
};

describe('the API client made from the contract', () => {
  it('builds the path from the endpoint’s declaration, its parameters encoded', async () => {
    const client = clientAnswering(200, { events: [] });

    await client.call('listEvents', { query: { campaign: 'rights-week', mine: 'true' } });

    expect(client.sent).toEqual([{ method: 'GET', path: '/events?campaign=rights-week&mine=true', body: undefined }]);
    expect(client.apiPath('getEventQr', { params: { id: 'a/b c' }, query: { format: 'png' } })).toBe('/events/a%2Fb%20c/qr?format=png');
  });

  it('sends the body and answers the body its schema accepts', async () => {
    const client = clientAnswering(200, { ...material, addedLater: 'ignored' });

    const answer = await client.call('getMaterial', { params: { id: material.id } });

    expect(answer).toEqual(material);
  });

  it('reads a material of an API from before origins as 原创', async () => {
    const { origin: _, ...withoutOrigin } = material;
    const client = clientAnswering(200, withoutOrigin);

    const answer = await client.call('getMaterial', { params: { id: material.id } });

    expect(answer.origin).toEqual({ kind: 'original' });
  });

  it('refuses a body that breaks the response schema with a clear ApiError', async () => {
    const { sections: _, ...withoutSections } = material;
    const client = clientAnswering(200, withoutSections);

    const failure = await client.call('getMaterial', { params: { id: material.id } }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'INTERNAL', status: 200 });
    expect((failure as ApiError).message).toBe(
      'GET /public/materials/{id} answered 200 with a body that breaks its contract: sections: Invalid input: expected array, received undefined',
    );
  });

  it('refuses a status the contract does not declare', async () => {
    const client = clientAnswering(202, { stored: true });

    await expect(client.call('submitFeedback', { body: {} as never })).rejects.toMatchObject({ code: 'INTERNAL', status: 202 });
  });

  it('answers nothing for 204 No Content', async () => {
    const client = clientAnswering(204, '');

    await expect(
      client.call('resetPassword', { params: { employeeNo: 'A001' }, body: { password: 'a-new-password' } }),
    ).resolves.toBeUndefined();
  });

  it('passes answers through unchecked where no check is given (the consumer pages: no zod in the main package)', async () => {
    const client = createApiClient(async () => ({ status: 200, data: { accepted: 'x' } }), mainPackageRoutes);

    await expect(client.call('recordBeacons', { body: {} as never })).resolves.toEqual({ accepted: 'x' });
  });
});
