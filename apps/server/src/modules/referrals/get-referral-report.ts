import { referralReport, type Actor, type ReferralRow } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { createGroupingRepository } from '../groupings/repository.js';
import { groupRows } from '../visits/get-visit-progress.js';
import { createVisitRepository } from '../visits/repository.js';
import { createReferralRepository } from './repository.js';

export type ReferralGrouping = 'building_phase' | 'building';

/**
 * The referral report in the workshop's table format: per building phase or building (complex) and
 * for the whole project, households spoken to and referrals per partner as number and percentage.
 * A referral counts where it was made, whatever the partner answered.
 */
export async function getReferralReport(
  ctx: AppContext,
  { actor, projectId, groupBy, t }: { actor: Actor; projectId: string; groupBy: ReferralGrouping; t: Translate },
) {
  await ctx.access.require(actor, 'referrals.read', projectId);
  const column = groupBy === 'building' ? 'building_id' : 'building_phase_id';
  const visits = createVisitRepository(ctx.db);
  const groupings = createGroupingRepository(ctx.db);
  const referrals = createReferralRepository(ctx.db);
  const [whole, perGroup, facts, catalogue, groups] = await Promise.all([
    visits.progress(projectId, null),
    visits.progress(projectId, column),
    referrals.reportFacts(projectId, column),
    referrals.catalogue(projectId),
    groupBy === 'building'
      ? groupings.buildings(projectId).then((rows) => rows.map((b) => ({ id: b.id, name: b.name ? `${b.code} ${b.name}` : b.code })))
      : groupings.buildingPhases(projectId),
  ]);
  // The chain partners one refers to, and any partner that received referrals: a core partner (the
  // project's own welfare organisation) only then, or it would stand as a column of zeros; also a
  // partner that has since left the project.
  const referredTo = new Set(facts.map((f) => f.partnerId));
  const partners = new Map(catalogue.filter((p) => p.part === 'chain' || referredTo.has(p.id)).map((p) => [p.id, p.name]));
  for (const f of facts) if (!partners.has(f.partnerId)) partners.set(f.partnerId, f.partnerName);
  const partnerIds = [...partners.keys()];
  const names = new Map(groups.map((g) => [g.id, g.name]));
  const noGroup = 'none';

  const rows = referralReport(
    groupRows(perGroup).map((g) => ({
      groupId: g.groupId ?? noGroup,
      name: g.groupId ? (names.get(g.groupId) ?? '') : t('visits.noGroup'),
      homes: g.homes,
      spokenTo: g.withConversation,
    })),
    partnerIds,
    facts.map((f) => ({ ...f, groupId: f.groupId ?? noGroup })),
  ).sort((a, b) => (a.groupId === noGroup ? 1 : b.groupId === noGroup ? -1 : a.name.localeCompare(b.name, 'nl', { numeric: true })));
  const [total] = referralReport(
    [{ groupId: 'project', name: t('visits.projectTotal'), homes: whole[0]?.homes ?? 0, spokenTo: whole[0]?.withConversation ?? 0 }],
    partnerIds,
    facts.map((f) => ({ ...f, groupId: 'project' })),
  ) as [ReferralRow];
  return { groupBy, partners: partnerIds.map((id) => ({ id, name: partners.get(id)! })), total, rows };
}
