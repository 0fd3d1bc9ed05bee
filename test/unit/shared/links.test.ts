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

  it('returns null without a valid campaign code', () => {
    expect(parseLandingParams({})).toBeNull();
    expect(parseLandingParams({ c: 'X' })).toBeNull();
    expect(parseLandingParams({ q: '%E0%A4%A' })).toBeNull();
  });
});
