import { BeaconBatchResultSchema, BeaconBatchSchema } from '../schemas/beacon';
import { beaconLimits } from '../rules/beaconRules';
import { CampaignQrQuerySchema } from '../schemas/campaign';
import { PublicEventViewSchema } from '../schemas/event';
import { FeedbackRequestSchema } from '../schemas/feedback';
import { PublishedMaterialSchema } from '../schemas/material';
import { SignupRequestSchema, StoredSchema } from '../schemas/signup';
import { PublicCampaignViewSchema } from '../schemas/views';
import { VisitorSessionRequestSchema, VisitorSessionSchema } from '../schemas/visitor';
import { endpoint, fileResponse } from './endpoint';
import { campaignCodeParam, eventIdParam, materialIdParam } from './params';

export const getPublicCampaign = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/public/campaigns/{code}',
  summary: 'The landing page of a campaign: its name and its published materials in order',
  access: 'public',
  params: { code: campaignCodeParam },
  responses: { 200: PublicCampaignViewSchema },
});

export const getMaterial = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/public/materials/{id}',
  summary: 'One published material, whole',
  access: 'public',
  params: { id: materialIdParam },
  responses: { 200: PublishedMaterialSchema },
});

export const getCampaignQr = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/public/campaigns/{code}/qr',
  summary: 'The QR code of the campaign’s landing link (also sent as X-Landing-Url)',
  access: 'public',
  params: { code: campaignCodeParam },
  query: CampaignQrQuerySchema,
  responses: { 200: /* @__PURE__ */ fileResponse(['image/svg+xml', 'image/png'], 'The QR code image') },
});

export const getPublicEvent = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/public/events/{id}',
  summary: 'What a consumer who scanned an event’s QR code sees of it',
  access: 'public',
  params: { id: eventIdParam },
  responses: { 200: PublicEventViewSchema },
});

export const recordBeacons = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/public/beacons',
  summary: 'A phone’s batch of tracking beacons, each counted once however often it is sent',
  access: 'visitor',
  body: BeaconBatchSchema,
  maxBodyBytes: beaconLimits.maxBodyBytes,
  responses: { 200: BeaconBatchResultSchema },
});

export const visitorSession = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/public/visitor-session',
  summary: 'A consumer’s wx.login code exchanged for a visitor token',
  access: 'public',
  body: VisitorSessionRequestSchema,
  maxBodyBytes: 1024,
  responses: { 200: VisitorSessionSchema },
});

export const submitFeedback = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/public/feedback',
  summary: 'A consumer’s rating and comment, stored and counted once under its clientId',
  access: 'visitor',
  body: FeedbackRequestSchema,
  maxBodyBytes: 4096,
  responses: { 201: StoredSchema, 200: StoredSchema },
});

export const submitSignup = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/public/signups',
  summary: 'Signing up for an event (consent required), stored and counted once under its clientId',
  access: 'visitor',
  body: SignupRequestSchema,
  maxBodyBytes: 2048,
  responses: { 201: StoredSchema, 200: StoredSchema },
});
/** What consumers' phones call: no sign-in. */
export const publicEndpoints = {
  getPublicCampaign,
  getMaterial,
  getCampaignQr,
  getPublicEvent,
  recordBeacons,
  visitorSession,
  submitFeedback,
  submitSignup,
};
