import { readLandingEntry, readMaterialEntry } from '../../../miniapp/src/utils/pageParams';
import { materialUrl } from '../../../miniapp/src/constants/routes';

describe('landing page parameters', () => {
  it('reads the campaign and source from c and s', () => {
    expect(readLandingEntry({ c: 'rights-week-2026', s: 'counter' })).toEqual({
      kind: 'ok',
      params: { campaignCode: 'rights-week-2026', source: 'counter' },
    });
  });

  it('reads them from the q link WeChat passes for an ordinary-link QR code', () => {
    const q = encodeURIComponent('https://outreach.example.cn/pages/landing/index?c=rights-week-2026&s=poster');
    expect(readLandingEntry({ q, scancode_time: '1773540000' })).toEqual({
      kind: 'ok',
      params: { campaignCode: 'rights-week-2026', source: 'poster' },
    });
  });

  it('tells a page opened without any code from a damaged code', () => {
    expect(readLandingEntry({})).toEqual({ kind: 'none' });
    expect(readLandingEntry({ c: 'BAD CODE' })).toEqual({ kind: 'invalid' });
    expect(readLandingEntry({ q: encodeURIComponent('https://outreach.example.cn/pages/landing/index') })).toEqual({ kind: 'invalid' });
  });
});

describe('material page parameters', () => {
  it('round-trips the link the landing page builds', () => {
    const url = materialUrl('eight-rights', { campaignCode: 'rights-week-2026', source: 'counter' });
    const query = Object.fromEntries(new URLSearchParams(url.split('?')[1]));
    expect(readMaterialEntry(query)).toEqual({
      materialId: 'eight-rights',
      campaign: { campaignCode: 'rights-week-2026', source: 'counter' },
    });
  });

  it('carries the campaign along inside the app, but never the sharer of the card that opened it', () => {
    const url = materialUrl('eight-rights', { campaignCode: 'rights-week-2026', source: 'counter', sharer: 'Ab3_x-9QzK1m' });
    expect(url).toBe('/pages/material/index?id=eight-rights&c=rights-week-2026&s=counter');
  });

  it('reads the sharer of a shared material card', () => {
    expect(readMaterialEntry({ id: 'eight-rights', c: 'rights-week-2026', sh: 'Ab3_x-9QzK1m' })).toEqual({
      materialId: 'eight-rights',
      campaign: { campaignCode: 'rights-week-2026', sharer: 'Ab3_x-9QzK1m' },
    });
  });

  it('shows a material without counting it when no campaign came with it', () => {
    expect(readMaterialEntry({ id: 'eight-rights' })).toEqual({ materialId: 'eight-rights', campaign: null });
  });

  it('refuses an unusable material id', () => {
    expect(readMaterialEntry({ id: '../admin' })).toBeNull();
    expect(readMaterialEntry({})).toBeNull();
  });
});
