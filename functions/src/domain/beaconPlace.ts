import { type BeaconBatch, type Campaign, sourceParts } from '@rights-outreach/shared';
import { LRUCache } from 'lru-cache';
import { config } from '../config';
import { CampaignNotFoundError, EventNotFoundError, ValidationError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { findEventRecord } from '../repository/eventRepository';
import { findPublishedMaterials } from '../repository/materialRepository';
import { findOrgUnit } from '../repository/orgRepository';
import type { BeaconPlace } from './tally';

/** The unit ids of a path (`/hq/gd/gd-gz/`), head office first. */
export function unitIdsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * Resolves where a batch counts: its campaign, event (with the event's unit and target
 * groups), source and channel. The org unit comes from the event, else from the source;
 * a source naming a unit that does not exist is refused, not silently dropped.
 */
export async function resolveBeaconPlace(batch: BeaconBatch): Promise<{ campaign: Campaign; place: BeaconPlace }> {
  const campaign = await findCampaign(batch.campaignCode);
  if (!campaign) throw new CampaignNotFoundError(batch.campaignCode);
  const source = batch.source ? sourceParts(batch.source) : undefined;
  const place: BeaconPlace = {
    campaignCode: campaign.code,
    ...(batch.eventId ? { eventId: batch.eventId } : {}),
    ...(batch.source ? { source: batch.source, channel: source!.channel } : {}),
    unitIds: [],
    targetGroups: [],
  };
  if (batch.eventId) {
    const event = await findEventRecord(batch.eventId);
    if (!event || event.deletedAt || event.campaignCode !== campaign.code) throw new EventNotFoundError(batch.eventId);
    place.unitIds = unitIdsOf(event.unitPath);
    place.targetGroups = [...event.targetGroups];
  } else if (source?.unitId) {
    const unit = await findOrgUnit(source.unitId);
    if (!unit) throw new ValidationError(`source: no org unit "${source.unitId}"`);
    place.unitIds = unitIdsOf(unit.path);
  }
  return { campaign, place };
}

interface CachedPlace {
  resolved: { campaign: Campaign; place: BeaconPlace };
  fetchedAt: number;
}

/** Places of recent batches, per Lambda container; a few hundred cover a busy campaign's events. */
const recentPlaces = new LRUCache<string, CachedPlace>({ max: 2_000 });

/**
 * resolveBeaconPlace, reusing what this container read less than PLACE_CACHE_SECONDS ago
 * (default 30 s): a 3·15 peak sends thousands of batches a second for a few hundred places.
 * Only places that exist are kept, so a new campaign or event is found at once; an edit
 * (new materials, an event moved or deleted) is seen within that time. Callers that would
 * refuse a batch because of what they read ask again with `fresh`.
 */
export async function cachedBeaconPlace(batch: BeaconBatch, now: Date, fresh = false): Promise<{ campaign: Campaign; place: BeaconPlace }> {
  const maxAgeMs = config().placeCacheSeconds * 1000;
  const key = `${batch.campaignCode}|${batch.eventId ?? ''}|${batch.source ?? ''}`;
  const cached = recentPlaces.get(key);
  if (!fresh && cached && now.getTime() - cached.fetchedAt < maxAgeMs) return cached.resolved;
  const resolved = await resolveBeaconPlace(batch);
  if (maxAgeMs > 0) recentPlaces.set(key, { resolved, fetchedAt: now.getTime() });
  return resolved;
}

/** Materials whose published version has a video, per Lambda container, with when they were read. */
const recentVideos = new LRUCache<string, number>({ max: 2_000 });

/**
 * Which of these materials have a video consumers can play (their published version carries a
 * videoUrl), reusing what this container read less than PLACE_CACHE_SECONDS ago. Only
 * materials with a video are kept, so a video just added is found at once; callers refusing a
 * beacon because a material has none ask again with `fresh`.
 */
export async function cachedVideoMaterials(ids: string[], now: Date, fresh = false): Promise<Set<string>> {
  const maxAgeMs = config().placeCacheSeconds * 1000;
  const known = new Set(ids.filter((id) => !fresh && now.getTime() - (recentVideos.get(id) ?? -Infinity) < maxAgeMs));
  const unknown = [...new Set(ids.filter((id) => !known.has(id)))];
  if (unknown.length === 0) return known;
  for (const material of await findPublishedMaterials(unknown)) {
    if (!material.videoUrl) continue;
    known.add(material.id);
    if (maxAgeMs > 0) recentVideos.set(material.id, now.getTime());
  }
  return known;
}
