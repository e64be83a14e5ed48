import { coreParties, generatePrivacyPlan, retentionMonthsOf, orderedPartners, type PrivacyPlanInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { ConflictError, NotFoundError } from '../../platform/http/errors.js';
import { createProjectRepository } from '../projects/repository.js';
import { createPrivacyPlanRepository } from './repository.js';

/** The short form of a version shown to people: enough to tell two versions apart. */
export const shortVersion = (hash: string) => hash.slice(0, 8);

/**
 * The project's privacy plan as it is now (generated, never stored) with each core party's
 * sign-off of this version and of an earlier one.
 */
export async function loadPrivacyPlan(db: Db, projectId: string) {
  const repository = createPrivacyPlanRepository(db);
  const settings = await repository.settings(projectId);
  if (!settings) throw new NotFoundError();
  const partners = orderedPartners(await createProjectRepository(db).partners(projectId));
  const input: PrivacyPlanInput = {
    partners,
    retentionMonths: retentionMonthsOf(settings.retentionMonths),
    contactName: settings.contactName,
    contactEmail: settings.contactEmail,
  };
  const plan = generatePrivacyPlan(input);
  const signoffs = (await repository.signoffs(projectId)).map((s) => ({ ...s, signedAt: s.signedAt.toISOString() }));
  const parties = coreParties(partners).map((p) => ({
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    organisationType: p.organisationType,
    current: signoffs.find((s) => s.organisationId === p.organisationId && s.versionHash === plan.versionHash) ?? null,
    earlier: signoffs.find((s) => s.organisationId === p.organisationId && s.versionHash !== plan.versionHash) ?? null,
  }));
  return { settings, input, plan, parties };
}

/**
 * The handbook's condition before any visit: every core party has signed the current version of
 * the privacy plan. Refused with a 409 that names who has not.
 */
export async function requireSignedPrivacyPlan(db: Db, projectId: string): Promise<void> {
  const { plan, parties } = await loadPrivacyPlan(db, projectId);
  const version = shortVersion(plan.versionHash);
  if (parties.length === 0) throw new ConflictError('privacyPlan.unsignedNoParties', { version });
  const missing = parties.filter((p) => !p.current);
  if (missing.length) throw new ConflictError('privacyPlan.unsigned', { version, parties: missing.map((p) => p.organisationName).join(', ') });
}
