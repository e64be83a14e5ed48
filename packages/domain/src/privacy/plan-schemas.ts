import { z } from 'zod';
import { organisationType } from '../organisations/schemas.js';
import { optionalEmail, optionalText } from '../validation/common.js';
import type { PlanText } from './privacy-plan.js';

const planText: z.ZodType<PlanText> = z.lazy(() =>
  z.object({ m: z.string(), p: z.record(z.string(), z.union([z.string(), z.number(), planText, z.array(planText)])).optional() }),
);
const planSection = z.object({
  key: z.enum(['parties', 'stored', 'roles', 'referrals', 'retention', 'rights', 'contact']),
  blocks: z.array(z.union([z.object({ kind: z.literal('paragraph'), text: planText }), z.object({ kind: z.literal('list'), items: z.array(planText) })])),
});

/** The project's privacy settings: who handles residents' requests and how long identities are kept. */
export const privacySettingsInput = z.object({
  privacyContactName: optionalText(200).default(''),
  privacyContactEmail: optionalEmail.default(''),
  /** Empty: the plan's default (24 months after the project's end). */
  retentionMonths: z.number('errors.number').int('errors.number').min(1, 'errors.retentionMonths').max(240, 'errors.retentionMonths').nullable(),
});
export type PrivacySettingsInput = z.output<typeof privacySettingsInput>;

export const signOffInput = z.object({ versionHash: z.string().regex(/^[0-9a-f]{64}$/, 'errors.invalid') });

const signature = z.object({ signedBy: z.string(), signedAt: z.string(), versionHash: z.string() });
export const privacyPlanView = z.object({
  sections: z.array(planSection),
  versionHash: z.string(),
  settings: z.object({
    privacyContactName: z.string(),
    privacyContactEmail: z.string(),
    retentionMonths: z.number().nullable(),
    effectiveRetentionMonths: z.number(),
  }),
  /** The end of the project plus the retention period: when identities are erased. */
  erasedAfter: z.string().nullable(),
  parties: z.array(
    z.object({
      organisationId: z.uuid(),
      organisationName: z.string(),
      organisationType,
      /** The signature of the current version, if given. */
      current: signature.nullable(),
      /** The latest signature of an earlier version. */
      earlier: signature.nullable(),
    }),
  ),
  /** Whether every core party signed the current version: only then can visits be planned. */
  complete: z.boolean(),
  /** Whether the caller's organisation is a core party that has yet to sign this version. */
  canSign: z.boolean(),
});
export type PrivacyPlanView = z.infer<typeof privacyPlanView>;

/** The leaflet's language, chosen for the resident it is handed to (else the reader's). */
export const leafletQuery = z.object({ lang: z.enum(['nl', 'en'], 'errors.choice').optional() });
