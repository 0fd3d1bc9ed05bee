import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { landingRouteUrl } from '../constants/routes';

/**
 * Goes back to the campaign's landing page: a plain "back" when the visitor came from it,
 * otherwise (a shared material link) opens it in place of this page.
 */
export function useBackToCampaign(campaign: LandingParams | null): (() => void) | null {
  const back = useCallback(() => {
    if (!campaign) return;
    if (Taro.getCurrentPages().length > 1) {
      void Taro.navigateBack();
    } else {
      void Taro.redirectTo({ url: landingRouteUrl(campaign) });
    }
  }, [campaign]);
  return campaign ? back : null;
}
