import type { EarlyGet } from './routePreload';

// Spelled here, not imported: Taro loads its config without compiling the app's or shared's
// TypeScript. test/unit/miniapp/routePreload.test.ts holds both to the app's routes and the contract.

/** The landing page's route (`routes.landing`): what `/` opens. */
export const landingRoute = 'pages/landing/index';

/** The landing page's first request (the contract's `getPublicCampaign`), its code from the link's `c`. */
export const landingCampaignGet: EarlyGet = { path: '/public/campaigns/{code}', fromQuery: { code: 'c' } };
