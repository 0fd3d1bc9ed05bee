import { useCallback, useState } from 'react';
import type { LandingParams, Material, PublicCampaignView } from '@rights-outreach/shared';
import type { PosterContent } from '../poster/posterLayout';
import { usePosterImage, type PosterImage, type PosterRequest } from '../poster/usePosterImage';
import { downloadMaterialPosterQr, getPublicCampaign } from '../services/publicCampaigns';

export const materialPosterCanvasId = 'material-poster-canvas';

export interface MaterialPoster extends PosterImage {
  /** The consumer asked for it (生成分享海报): it is drawn from then on. */
  requested: boolean;
  generate: () => void;
}

/** What a consumer's share poster says: the campaign, the material's title and summary, and what scanning does. */
export function materialPosterContent(
  campaign: PublicCampaignView['campaign'],
  material: Pick<Material, 'title' | 'summary'>,
): PosterContent {
  return {
    campaignName: campaign.name,
    slogan: campaign.slogan,
    title: material.title,
    details: [material.summary],
    callToAction: '微信扫码 · 阅读全文',
  };
}

/**
 * A consumer's share poster of a material, drawn when asked for: the campaign's name and
 * slogan, the material, and the QR code of its landing link (the consumer's source and event,
 * and the material). Only with a campaign: without one there is no link to credit.
 */
export function useMaterialPoster(campaign: LandingParams | null, material: Material | null): MaterialPoster {
  const [requested, setRequested] = useState(false);
  const request: PosterRequest | null =
    requested && campaign && material
      ? {
          key: JSON.stringify([campaign.campaignCode, campaign.source, campaign.eventId, material.id, material.title, material.summary]),
          prepare: async () => {
            const [view, qrImagePath] = await Promise.all([
              getPublicCampaign(campaign.campaignCode),
              downloadMaterialPosterQr(campaign, material.id),
            ]);
            return { content: materialPosterContent(view.campaign, material), qrImagePath };
          },
          fileName: `${material.title}.png`,
        }
      : null;
  const image = usePosterImage(materialPosterCanvasId, request);
  const generate = useCallback(() => setRequested(true), []);
  return { ...image, requested, generate };
}
