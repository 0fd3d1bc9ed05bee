import { handler as getCampaignQr } from '../../functions/src/handlers/getCampaignQr';
import { givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';

describe('campaign QR code', () => {
  it('serves an SVG that encodes the landing link tagged with the source', async () => {
    const { campaign } = await givenCampaign();

    const response = await invoke(getCampaignQr, { pathParameters: { code: campaign.code }, query: { format: 'svg', s: 'poster' } });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['x-landing-url']).toBe(
      `https://outreach.test/pages/landing/index?c=${campaign.code}&s=poster`,
    );
    expect(Buffer.from(response.rawBody, 'base64').toString()).toContain('<svg');
  });

  it('serves a PNG', async () => {
    const { campaign } = await givenCampaign();

    const response = await invoke(getCampaignQr, { pathParameters: { code: campaign.code }, query: { format: 'png' } });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(Buffer.from(response.rawBody, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses an unknown format', async () => {
    const { campaign } = await givenCampaign();

    const response = await invoke(getCampaignQr, { pathParameters: { code: campaign.code }, query: { format: 'gif' } });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('answers 404 for an unknown campaign', async () => {
    const response = await invoke(getCampaignQr, { pathParameters: { code: 'no-such-campaign' } });

    expect(response.status).toBe(404);
  });
});
