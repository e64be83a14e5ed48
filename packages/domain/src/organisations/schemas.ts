import { z } from 'zod';
import { organisationTypes } from '../access/roles.js';
import { requiredText } from '../validation/common.js';

export const organisationType = z.enum(organisationTypes, 'errors.choice');

export const organisationInput = z.object({
  name: requiredText(200),
  type: organisationType,
});
export type OrganisationInput = z.infer<typeof organisationInput>;

export const organisation = z.object({
  id: z.uuid(),
  name: z.string(),
  type: organisationType,
  userCount: z.number().int(),
});
export type Organisation = z.infer<typeof organisation>;

export const organisationList = z.object({ organisations: z.array(organisation) });
