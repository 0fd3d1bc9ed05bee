import { landingUrl } from '@rights-outreach/shared';
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

  it("sends a scanned share poster's link on to its material, with the campaign, source and event", () => {
    const eventId = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';
    const link = landingUrl('https://outreach.example.cn', {
      campaignCode: 'rights-week-2026',
      source: 'counter',
      eventId,
      materialId: 'eight-rights',
    });

    const entry = readLandingEntry({ q: encodeURIComponent(link), scancode_time: '1773540000' });

    expect(entry).toEqual({
      kind: 'material',
      materialId: 'eight-rights',
      campaign: { campaignCode: 'rights-week-2026', source: 'counter', eventId },
    });
    if (entry.kind !== 'material') throw new Error('not a material entry');
    const url = materialUrl(entry.materialId, entry.campaign);
    expect(url).toBe(`/pages/material/index?id=eight-rights&c=rights-week-2026&s=counter&e=${eventId}`);
    expect(readMaterialEntry(Object.fromEntries(new URLSearchParams(url.split('?')[1])))).toEqual({
      materialId: 'eight-rights',
      campaign: { campaignCode: 'rights-week-2026', source: 'counter', eventId },
    });
  });

  it('never carries a sharer tag from a link that names a material: a poster scan is a scan', () => {
    expect(readLandingEntry({ c: 'rights-week-2026', s: 'poster', m: 'eight-rights', sh: 'Ab3_x-9QzK1m' })).toEqual({
      kind: 'material',
      materialId: 'eight-rights',
      campaign: { campaignCode: 'rights-week-2026', source: 'poster' },
    });
  });

  it('shows the campaign when the material id of the link is malformed', () => {
    expect(readLandingEntry({ c: 'rights-week-2026', s: 'poster', m: '../admin' })).toEqual({
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
