import { BeaconSchema, SharerTagSchema, type LandingParams } from '@rights-outreach/shared';
import { newSharerTag } from '../../../miniapp/src/tracker/randomIds';
import { loadOrCreateSharerTag, storageKeys } from '../../../miniapp/src/tracker/storage';
import { readLandingEntry, readMaterialEntry } from '../../../miniapp/src/utils/pageParams';
import { queryOf, shareOpenBeacon, sharePath } from '../../../miniapp/src/utils/sharing';
import { memoryStorage } from './support/memoryStorage';

const landing = { type: 'landing' } as const;
const material = { type: 'material', materialId: 'eight-rights' } as const;
const campaign: LandingParams = { campaignCode: 'rights-week-2026', source: 'event', eventId: '3b241101-e2bb-4255-8caf-4136c566a962' };
const mine = 'MyOwnTag_123';
const theirs = 'Ab3_x-9QzK1m';

const queryFrom = (path: string) => Object.fromEntries(new URLSearchParams(queryOf(path)));

describe('sharer tag', () => {
  it('is 12 URL-safe characters the API accepts, even at the extremes of Math.random', () => {
    for (const random of [() => 0, () => 0.999999999, Math.random]) {
      const tag = newSharerTag(random);
      expect(tag).toHaveLength(12);
      expect(SharerTagSchema.safeParse(tag).success).toBe(true);
    }
  });

  it('stays the same on this device', () => {
    const storage = memoryStorage();
    const first = loadOrCreateSharerTag(storage, () => newSharerTag());
    const again = loadOrCreateSharerTag(storage, () => newSharerTag());

    expect(again).toBe(first);
    expect(storage.get(storageKeys.sharerTag)).toBe(first);
  });
});

describe('shared card paths', () => {
  it('reopen the landing page for the same campaign, source and event, tagged with the sharer', () => {
    const path = sharePath(landing, { ...campaign, sharer: theirs }, mine);

    expect(path.startsWith('/pages/landing/index?')).toBe(true);
    expect(readLandingEntry(queryFrom(path))).toEqual({ kind: 'ok', params: { ...campaign, sharer: mine } });
  });

  it('keep the material route and add the same query', () => {
    const path = sharePath(material, campaign, mine);

    expect(path.startsWith('/pages/material/index?id=eight-rights&')).toBe(true);
    expect(readMaterialEntry(queryFrom(path))).toEqual({ materialId: 'eight-rights', campaign: { ...campaign, sharer: mine } });
  });

  it('carry no sharer when there is no campaign to credit', () => {
    expect(sharePath(material, null, mine)).toBe('/pages/material/index?id=eight-rights');
    expect(sharePath(landing, null, mine)).toBe('/pages/landing/index');
  });
});

describe('share_open', () => {
  const sharedCard = { ...campaign, sharer: theirs };

  it.each([1007, 1008, 1044])('is counted for a page opened from a shared card (scene %i)', (scene) => {
    const beacon = shareOpenBeacon(material, sharedCard, scene, mine);

    expect(beacon).toEqual({ kind: 'share_open', target: material, scene, sharer: theirs });
    expect(
      BeaconSchema.safeParse({ ...beacon, id: '3b241101-e2bb-4255-8caf-4136c566a962', at: '2026-03-15T10:00:00.000+08:00' }).success,
    ).toBe(true);
  });

  it("is counted for an H5 page opened from someone else's copied link (scene 'link')", () => {
    const beacon = shareOpenBeacon(landing, sharedCard, 'link', mine);

    expect(beacon).toEqual({ kind: 'share_open', target: landing, scene: 'link', sharer: theirs });
    expect(
      BeaconSchema.safeParse({ ...beacon, id: '3b241101-e2bb-4255-8caf-4136c566a962', at: '2026-03-15T10:00:00.000+08:00' }).success,
    ).toBe(true);
    expect(shareOpenBeacon(landing, { ...campaign, sharer: mine }, 'link', mine)).toBeNull();
    expect(shareOpenBeacon(landing, campaign, 'link', mine)).toBeNull();
  });

  it('is not counted outside a share scene: a QR scan, or no scene at all', () => {
    expect(shareOpenBeacon(landing, sharedCard, 1011, mine)).toBeNull();
    expect(shareOpenBeacon(landing, sharedCard, undefined, mine)).toBeNull();
  });

  it('is not counted without a sharer, without a campaign, or for the sharer opening their own card', () => {
    expect(shareOpenBeacon(landing, campaign, 1007, mine)).toBeNull();
    expect(shareOpenBeacon(landing, null, 1007, mine)).toBeNull();
    expect(shareOpenBeacon(landing, { ...campaign, sharer: mine }, 1007, mine)).toBeNull();
  });
});
