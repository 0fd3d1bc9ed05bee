import type { Api } from './api';

/**
 * Method and path of the endpoints the weapp main package calls (consumer pages, the tracker,
 * the outbox app.ts starts), without their schemas, so that zod stays out of that package.
 * The compiler holds each to the contract (`satisfies` below: same literal method and path).
 */
export const mainPackageRoutes = {
  getPublicCampaign: { method: 'GET', path: '/public/campaigns/{code}' },
  getMaterial: { method: 'GET', path: '/public/materials/{id}' },
  getCampaignQr: { method: 'GET', path: '/public/campaigns/{code}/qr' },
  getPublicEvent: { method: 'GET', path: '/public/events/{id}' },
  recordBeacons: { method: 'POST', path: '/public/beacons' },
  visitorSession: { method: 'POST', path: '/public/visitor-session' },
  submitFeedback: { method: 'POST', path: '/public/feedback' },
  submitSignup: { method: 'POST', path: '/public/signups' },
  createEvent: { method: 'POST', path: '/events' },
  updateEvent: { method: 'PUT', path: '/events/{id}' },
  deleteEvent: { method: 'POST', path: '/events/{id}/delete' },
} as const satisfies { [K in keyof Api]?: Pick<Api[K], 'method' | 'path'> };

export type MainPackageEndpoint = keyof typeof mainPackageRoutes;
