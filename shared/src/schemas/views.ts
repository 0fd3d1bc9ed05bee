import type { Campaign } from './campaign';
import type { MaterialSummary } from './material';

/** What the public landing page receives for a campaign code. */
export interface PublicCampaignView {
  campaign: Pick<Campaign, 'code' | 'type' | 'name' | 'slogan' | 'startDate' | 'endDate'>;
  materials: MaterialSummary[];
}

/** Campaign totals as defined in DOMAIN.md (metrics table). */
export interface CampaignTotals {
  campaignCode: string;
  /** 浏览量 (人次): every page open of the landing page or a material. */
  views: number;
  /** 触达人数 (人): distinct people over the whole campaign. */
  visitors: number;
  /** 现场签到人数: distinct people checked in, added up over the campaign's events. */
  checkins: number;
}

/** Totals of one event (its QR code's views and check-ins). */
export interface EventTotals {
  eventId: string;
  views: number;
  /** Distinct people who opened the event's link. */
  visitors: number;
  /** 现场签到人数: distinct people who checked in. */
  checkins: number;
}
