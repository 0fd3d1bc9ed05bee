import type { Api, EndpointName } from './api';

/**
 * Method and path of every endpoint, without its schemas: what the consumer pages of the weapp
 * main package call the API with, so that zod stays out of that package. The compiler holds it
 * to the contract (\`satisfies\` below: same names, same literal methods and paths).
 */
export const routes = {
  getPublicCampaign: { method: 'GET', path: '/public/campaigns/{code}' },
  getMaterial: { method: 'GET', path: '/public/materials/{id}' },
  getCampaignQr: { method: 'GET', path: '/public/campaigns/{code}/qr' },
  getPublicEvent: { method: 'GET', path: '/public/events/{id}' },
  recordBeacons: { method: 'POST', path: '/public/beacons' },
  visitorSession: { method: 'POST', path: '/public/visitor-session' },
  submitFeedback: { method: 'POST', path: '/public/feedback' },
  submitSignup: { method: 'POST', path: '/public/signups' },
  login: { method: 'POST', path: '/auth/login' },
  wechatLogin: { method: 'POST', path: '/auth/wechat/login' },
  wechatBind: { method: 'POST', path: '/auth/wechat/bind' },
  getMe: { method: 'GET', path: '/me' },
  listOrgUnits: { method: 'GET', path: '/org-units' },
  createOrgUnit: { method: 'POST', path: '/org-units' },
  updateOrgUnit: { method: 'PATCH', path: '/org-units/{id}' },
  listAccounts: { method: 'GET', path: '/accounts' },
  createAccount: { method: 'POST', path: '/accounts' },
  updateAccount: { method: 'PATCH', path: '/accounts/{employeeNo}' },
  resetPassword: { method: 'POST', path: '/accounts/{employeeNo}/password' },
  listCampaigns: { method: 'GET', path: '/campaigns' },
  createCampaign: { method: 'POST', path: '/campaigns' },
  updateCampaign: { method: 'PUT', path: '/campaigns/{code}' },
  listMaterials: { method: 'GET', path: '/admin/materials' },
  createMaterial: { method: 'POST', path: '/admin/materials' },
  updateMaterial: { method: 'PUT', path: '/admin/materials/{id}' },
  publishMaterial: { method: 'POST', path: '/admin/materials/{id}/publish' },
  unpublishMaterial: { method: 'POST', path: '/admin/materials/{id}/unpublish' },
  listEvents: { method: 'GET', path: '/events' },
  createEvent: { method: 'POST', path: '/events' },
  getEvent: { method: 'GET', path: '/events/{id}' },
  updateEvent: { method: 'PUT', path: '/events/{id}' },
  deleteEvent: { method: 'POST', path: '/events/{id}/delete' },
  getEventQr: { method: 'GET', path: '/events/{id}/qr' },
  getEventTotals: { method: 'GET', path: '/events/{id}/totals' },
  getSignupSummary: { method: 'GET', path: '/events/{id}/signups' },
  exportSignups: { method: 'GET', path: '/events/{id}/signups/export' },
  getCampaignTotals: { method: 'GET', path: '/campaigns/{code}/totals' },
  listFeedback: { method: 'GET', path: '/campaigns/{code}/feedback' },
  listReportCampaigns: { method: 'GET', path: '/reports/campaigns' },
  getCampaignReport: { method: 'GET', path: '/reports/campaigns/{code}' },
  getReportParagraph: { method: 'GET', path: '/reports/campaigns/{code}/paragraph' },
  exportCampaignReport: { method: 'GET', path: '/reports/campaigns/{code}/export' },
} as const satisfies { [K in EndpointName]: Pick<Api[K], 'method' | 'path'> };

// Every endpoint has a route: a missing one is a compile error here.
const everyRoute: Record<EndpointName, unknown> = routes;
void everyRoute;
