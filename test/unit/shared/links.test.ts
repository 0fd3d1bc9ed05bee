import { landingUrl, parseLandingParams } from '@rights-outreach/shared';

describe('landing links', () => {
  it('builds the landing URL a QR code encodes, with campaign and source', () => {
    expect(landingUrl('https://outreach.example.cn', { campaignCode: 'demo-315', source: 'counter' })).toBe(
      'https://outreach.example.cn/pages/landing/index?c=demo-315&s=counter',
    );
  });

  it('keeps a path prefix of the base URL', () => {
    expect(landingUrl('https://example.cn/outreach/', { campaignCode: 'demo-315' })).toBe(
      'https://example.cn/outreach/pages/landing/index?c=demo-315',
    );
  });

  it('reads c and s from a page query', () => {
    expect(parseLandingParams({ c: 'demo-315', s: 'poster' })).toEqual({ campaignCode: 'demo-315', source: 'poster' });
  });

  it('reads c and s from the q parameter an ordinary-link QR code delivers in WeChat', () => {
    const q = encodeURIComponent('https://outreach.example.cn/pages/landing/index?c=demo-315&s=counter');

    expect(parseLandingParams({ q, scancode_time: '1764000000' })).toEqual({ campaignCode: 'demo-315', source: 'counter' });
  });

  it('drops an invalid source but keeps a valid campaign', () => {
    expect(parseLandingParams({ c: 'demo-315', s: '<script>' })).toEqual({ campaignCode: 'demo-315' });
  });

  it('names the material of a share poster with m, after the campaign, source and event', () => {
    const eventId = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';

    expect(
      landingUrl('https://outreach.example.cn', { campaignCode: 'demo-315', source: 'counter', eventId, materialId: 'right-to-know' }),
    ).toBe(`https://outreach.example.cn/pages/landing/index?c=demo-315&s=counter&e=${eventId}&m=right-to-know`);
  });

  it('reads the material from m', () => {
    expect(parseLandingParams({ c: 'demo-315', s: 'counter', m: 'right-to-know' })).toEqual({
      campaignCode: 'demo-315',
      source: 'counter',
      materialId: 'right-to-know',
    });
  });

  it('reads the material from inside q when WeChat opens a scanned poster', () => {
    const eventId = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';
    const link = landingUrl('https://outreach.example.cn', {
      campaignCode: 'demo-315',
      source: 'counter',
      eventId,
      materialId: 'right-to-know',
    });

    expect(parseLandingParams({ q: encodeURIComponent(link), scancode_time: '1764000000' })).toEqual({
      campaignCode: 'demo-315',
      source: 'counter',
      eventId,
      materialId: 'right-to-know',
    });
  });

  it('round-trips every parameter through the link a QR code encodes', () => {
    const params = { campaignCode: 'demo-315', source: 'poster.gd-gz-panyu', materialId: 'elder-care-scam' };
    const query = Object.fromEntries(new URL(landingUrl('https://outreach.example.cn', params)).searchParams);

    expect(parseLandingParams(query)).toEqual(params);
  });

  it('drops a malformed material id but keeps the campaign', () => {
    expect(parseLandingParams({ c: 'demo-315', m: '../admin' })).toEqual({ campaignCode: 'demo-315' });
    expect(parseLandingParams({ c: 'demo-315', m: 'Right To Know' })).toEqual({ campaignCode: 'demo-315' });
    const q = encodeURIComponent('https://outreach.example.cn/pages/landing/index?c=demo-315&m=%3Cscript%3E');
    expect(parseLandingParams({ q })).toEqual({ campaignCode: 'demo-315' });
  });

  it('does not take a material without a campaign', () => {
    expect(parseLandingParams({ m: 'right-to-know' })).toBeNull();
  });

  it('returns null without a valid campaign code', () => {
    expect(parseLandingParams({})).toBeNull();
    expect(parseLandingParams({ c: 'X' })).toBeNull();
    expect(parseLandingParams({ q: '%E0%A4%A' })).toBeNull();
  });
});
