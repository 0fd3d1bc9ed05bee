import {
  AccountListSchema,
  AccountViewSchema,
  CreateAccountRequestSchema,
  ResetPasswordRequestSchema,
  UpdateAccountRequestSchema,
} from '../schemas/auth';
import { CampaignListSchema, CampaignViewSchema, CreateCampaignRequestSchema, UpdateCampaignRequestSchema } from '../schemas/campaign';
import {
  AdminMaterialListSchema,
  AdminMaterialViewSchema,
  CreateMaterialRequestSchema,
  UpdateMaterialRequestSchema,
} from '../schemas/material';
import { CreateOrgUnitRequestSchema, OrgUnitListSchema, OrgUnitViewSchema, UpdateOrgUnitRequestSchema } from '../schemas/orgUnit';
import { adminOnly, signedIn } from './access';
import { endpoint, noContent } from './endpoint';
import { campaignCodeParam, employeeNoParam, materialIdParam, orgUnitIdParam } from './params';

export const listOrgUnits = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/org-units',
  summary: 'The caller’s subtree of org units (admin: all), parents before children',
  access: signedIn,
  responses: { 200: OrgUnitListSchema },
});

export const createOrgUnit = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/org-units',
  summary: 'A new unit below an existing one',
  access: adminOnly,
  body: CreateOrgUnitRequestSchema,
  responses: { 201: OrgUnitViewSchema },
});

export const updateOrgUnit = /* @__PURE__ */ endpoint({
  method: 'PATCH',
  path: '/org-units/{id}',
  summary: 'Renames a unit (units are never moved)',
  access: adminOnly,
  params: { id: orgUnitIdParam },
  body: UpdateOrgUnitRequestSchema,
  responses: { 200: OrgUnitViewSchema },
});

export const listAccounts = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/accounts',
  summary: 'Every staff account',
  access: adminOnly,
  responses: { 200: AccountListSchema },
});

export const createAccount = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/accounts',
  summary: 'A new staff account with an initial password',
  access: adminOnly,
  body: CreateAccountRequestSchema,
  responses: { 201: AccountViewSchema },
});

export const updateAccount = /* @__PURE__ */ endpoint({
  method: 'PATCH',
  path: '/accounts/{employeeNo}',
  summary: 'An account’s name, role, unit or disabled flag',
  access: adminOnly,
  params: { employeeNo: employeeNoParam },
  body: UpdateAccountRequestSchema,
  responses: { 200: AccountViewSchema },
});

export const resetPassword = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/accounts/{employeeNo}/password',
  summary: 'A new password; the account’s old tokens stop working',
  access: adminOnly,
  params: { employeeNo: employeeNoParam },
  body: ResetPasswordRequestSchema,
  responses: { 204: noContent },
});

export const listCampaigns = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/campaigns',
  summary: 'Every campaign: running today first, then upcoming, then past',
  access: signedIn,
  responses: { 200: CampaignListSchema },
});

export const createCampaign = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/campaigns',
  summary: 'A new campaign with its permanent public code',
  access: adminOnly,
  body: CreateCampaignRequestSchema,
  responses: { 201: CampaignViewSchema },
});

export const updateCampaign = /* @__PURE__ */ endpoint({
  method: 'PUT',
  path: '/campaigns/{code}',
  summary: 'Everything of a campaign but its code',
  access: adminOnly,
  params: { code: campaignCodeParam },
  body: UpdateCampaignRequestSchema,
  responses: { 200: CampaignViewSchema },
});

export const listMaterials = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/admin/materials',
  summary: 'Every material with its draft, status and published version',
  access: adminOnly,
  responses: { 200: AdminMaterialListSchema },
});

export const createMaterial = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/admin/materials',
  summary: 'A new material, saved as a draft',
  access: adminOnly,
  body: CreateMaterialRequestSchema,
  maxBodyBytes: 64 * 1024,
  responses: { 201: AdminMaterialViewSchema },
});

export const updateMaterial = /* @__PURE__ */ endpoint({
  method: 'PUT',
  path: '/admin/materials/{id}',
  summary: 'Edits a material’s draft; the published version stays as it is',
  access: adminOnly,
  params: { id: materialIdParam },
  body: UpdateMaterialRequestSchema,
  maxBodyBytes: 64 * 1024,
  responses: { 200: AdminMaterialViewSchema },
});

export const publishMaterial = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/admin/materials/{id}/publish',
  summary: 'The draft becomes the next numbered version, never changed afterwards',
  access: adminOnly,
  params: { id: materialIdParam },
  responses: { 200: AdminMaterialViewSchema },
});

export const unpublishMaterial = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/admin/materials/{id}/unpublish',
  summary: 'Hides a material from consumers; its figures stay',
  access: adminOnly,
  params: { id: materialIdParam },
  responses: { 200: AdminMaterialViewSchema },
});
/** The org tree, accounts, campaigns and materials: admin writes, everyone signed in reads units and campaigns. */
export const adminEndpoints = {
  listOrgUnits,
  createOrgUnit,
  updateOrgUnit,
  listAccounts,
  createAccount,
  updateAccount,
  resetPassword,
  listCampaigns,
  createCampaign,
  updateCampaign,
  listMaterials,
  createMaterial,
  updateMaterial,
  publishMaterial,
  unpublishMaterial,
};
