import { beforeAfterByGroup, defaultFormDefinition, householdChanges, type Actor, type BeforeAfterReport, type Locale } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createBeforeAfterRepository } from './repository.js';

/**
 * The mean change per building phase and per age group, under the small-cell rule: a group of fewer
 * than five households (or one that would show through the total) is held back. Never a household.
 */
export async function getBeforeAfterReport(
  ctx: AppContext,
  { actor, projectId, locale }: { actor: Actor; projectId: string; locale: Locale },
): Promise<BeforeAfterReport> {
  await ctx.access.require(actor, 'evaluations.read', projectId);
  const repo = createBeforeAfterRepository(ctx.db);
  const [enabled, rows, phases] = await Promise.all([repo.enabled(projectId), repo.measurementsWithGroups(projectId), repo.buildingPhases(projectId)]);
  const changes = householdChanges(rows);
  const groupsOf = new Map(rows.map((r) => [r.householdKey, { phase: r.buildingPhaseId, age: r.ageGroup }]));
  const ageQuestion = defaultFormDefinition().questions.find((q) => q.key === 'age_group');
  const ageGroups =
    ageQuestion && ageQuestion.kind === 'choice' ? ageQuestion.options.map((o) => ({ key: o.key, label: (locale === 'en' && o.label.en) || o.label.nl })) : [];
  return {
    enabled,
    byBuildingPhase: beforeAfterByGroup(
      changes.map((c) => ({ ...c, group: groupsOf.get(c.householdKey)?.phase ?? null })),
      phases.map((p) => ({ key: p.id, label: p.name })),
    ),
    byAgeGroup: beforeAfterByGroup(
      changes.map((c) => ({ ...c, group: groupsOf.get(c.householdKey)?.age ?? null })),
      ageGroups,
    ),
  };
}
