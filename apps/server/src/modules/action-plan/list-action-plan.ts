import {
  mayProposeGoals,
  mayReviewPlanStage,
  mayStartPlanVersion,
  planEditable,
  planStagesFor,
  protectReach,
  socialTeamRoles,
  type Actor,
  type ActionPlan,
  type PlanActivity,
  type ProjectRole,
  type ReviewStage,
} from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createActionPlanRepository } from './repository.js';

/** The role of a member in the project, answering 404 to whoever is not one. */
export async function planRole(ctx: AppContext, actor: Actor, projectId: string): Promise<ProjectRole | null> {
  return ctx.access.require(actor, 'project.read', projectId);
}

/** Whether the caller's role sees a version at this stage; one it does not see is answered 404. */
export async function visibleVersion(ctx: AppContext, actor: Actor, projectId: string, stage: ReviewStage) {
  return planStagesFor(await planRole(ctx, actor, projectId)).includes(stage);
}

/**
 * The versions of the plan the caller may see, with their goals and what those are linked to.
 * Outside the social team only the latest published version is shown (as with the picture), and
 * the reviewers' remarks stay with the team and the resident project group that wrote them.
 */
export async function listActionPlan(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<ActionPlan> {
  const role = await planRole(ctx, actor, projectId);
  const team = role !== null && socialTeamRoles.includes(role);
  const repository = createActionPlanRepository(ctx.db);
  let rows = await repository.versions(projectId, planStagesFor(role));
  if (!team) {
    const latest = rows.find((r) => r.stage === 'published');
    rows = rows.filter((r) => r.stage !== 'published' || r === latest);
  }
  const ids = rows.map((r) => r.id);
  const goals = await repository.goals(ids);
  const [linked, reviews, { names }, outcomes, stages] = await Promise.all([
    repository.goalActivities(goals.map((g) => g.id)),
    repository.reviews(ids),
    repository.topThemes(projectId),
    repository.outcomes(projectId),
    repository.stages(projectId),
  ]);
  const outcomeText = new Map(outcomes.map((o) => [o.id, o.text]));
  const showNotes = team || role === 'resident_group';
  // Reach leaves the team only under the small-cell rule, over all the activities a version shows.
  const reachOf = new Map<string, PlanActivity['reach']>();
  for (const r of rows) {
    const shown = uniqueById(linked.filter((a) => goals.some((g) => g.id === a.goalId && g.planId === r.id)));
    const reach = team ? shown.map((a) => ({ participants: a.participants, firstTimers: a.firstTimers })) : protectReach(shown).perActivity;
    shown.forEach((a, i) => reachOf.set(`${r.id}:${a.id}`, reach[i]!));
  }
  return {
    mayStartVersion: team && mayStartPlanVersion(stages),
    versions: rows.map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      introduction: r.introduction,
      stage: r.stage,
      createdByName: r.createdByName ?? '',
      createdAt: r.createdAt.toISOString(),
      mayEdit: planEditable(r.stage) && mayProposeGoals(role),
      mayReview: mayReviewPlanStage(role, r.stage),
      reviews: reviews
        .filter((v) => v.planId === r.id)
        .map((v) => ({ stage: v.stage, decision: v.decision, note: showNotes ? v.note : '', byName: v.byName ?? '', at: v.at.toISOString() })),
      goals: goals
        .filter((g) => g.planId === r.id)
        .map((g) => ({
          id: g.id,
          kind: g.kind,
          title: g.title,
          description: g.description,
          // A theme or outcome deleted since is left out rather than shown as a bare id.
          themes: g.themeIds.flatMap((id) => {
            const theme = names.get(id);
            return theme ? [{ id, name: theme.name, valence: theme.valence }] : [];
          }),
          outcomes: g.outcomeIds.flatMap((id) => (outcomeText.has(id) ? [{ id, text: outcomeText.get(id)! }] : [])),
          activities: linked
            .filter((a) => a.goalId === g.id)
            .map(({ goalId: _, participants: __, firstTimers: ___, ...a }) => ({ ...a, reach: reachOf.get(`${r.id}:${a.id}`)! })),
        })),
    })),
  };
}

/** Each activity once, though several goals may work through it. */
function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}
