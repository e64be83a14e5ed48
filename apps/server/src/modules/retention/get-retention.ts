import { DEFAULT_RETENTION_MONTHS, purgeDateOf, type Actor, type RetentionView } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createResidentsRightsRepository } from '../residents-rights/repository.js';
import { createRetentionRepository } from './repository.js';

/** The project's retention period, the coming purge date and what it will erase (counts only), or what it erased. */
export async function getRetention(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<RetentionView> {
  await ctx.access.require(actor, 'project.update', projectId);
  const retention = createRetentionRepository(ctx.db);
  const setting = await retention.setting(projectId);
  if (!setting) throw new NotFoundError();
  const counts = setting.purgedAt ? await retention.purgedCounts(projectId) : await createResidentsRightsRepository(ctx.db).countIdentities(projectId);
  return {
    endsOn: setting.endsOn,
    retentionMonths: setting.retentionMonths,
    defaultMonths: DEFAULT_RETENTION_MONTHS,
    purgeOn: purgeDateOf(setting.endsOn, setting.retentionMonths),
    purgedAt: setting.purgedAt,
    counts: counts ?? { contacts: 0, householdNotes: 0, talentCards: 0, talentMatches: 0, referrals: 0, surveyLinks: 0, pseudonyms: 0 },
  };
}
