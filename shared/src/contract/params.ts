import { EmployeeNoSchema } from '../schemas/auth';
import { CampaignCodeSchema, ClientIdSchema, MaterialIdSchema, OrgUnitIdSchema } from '../schemas/common';
import { pathParam } from './endpoint';

/**
 * The path parameters of the API. A value that could never name a record is simply not
 * found (404 with the record's own code), never a 400 or a 500.
 */
export const campaignCodeParam = /* @__PURE__ */ pathParam(CampaignCodeSchema, 'CAMPAIGN_NOT_FOUND');
export const eventIdParam = /* @__PURE__ */ pathParam(ClientIdSchema, 'EVENT_NOT_FOUND');
export const materialIdParam = /* @__PURE__ */ pathParam(MaterialIdSchema, 'MATERIAL_NOT_FOUND');
export const orgUnitIdParam = /* @__PURE__ */ pathParam(OrgUnitIdSchema, 'ORG_UNIT_NOT_FOUND');
export const employeeNoParam = /* @__PURE__ */ pathParam(EmployeeNoSchema, 'ACCOUNT_NOT_FOUND');
export const recordIdParam = /* @__PURE__ */ pathParam(ClientIdSchema, 'RECORD_NOT_FOUND');
