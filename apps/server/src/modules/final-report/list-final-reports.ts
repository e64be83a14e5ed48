import {
  mayReviewPlanStage,
  mayStartPlanVersion,
  planStagesFor,
  socialTeamRoles,
  type Actor,
  type FinalReportList,
  type ProjectRole,
  type ReviewStage,
} from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createFinalReportRepository } from './repository.js';

/** The caller's role in the project (404 for whoever may not read the report). */
export async function reportRole(ctx: AppContext, actor: Actor, projectId: string): Promise<ProjectRole | null> {
  return ctx.access.require(actor, 'finalReport.read', projectId);
}

/** Whether a role sees a version at this stage (the action plan's rule): one it does not see is answered 404. */
export const seesStage = (role: ProjectRole | null, stage: ReviewStage) => planStagesFor(role).includes(stage);
export const isTeam = (role: ProjectRole | null) => role !== null && socialTeamRoles.includes(role);

/**
 * The versions of the final report the caller may see, with their reviews and where a published one
 * was shared. The reviewers' remarks stay with the team and the resident project group.
 */
export async function listFinalReports(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<FinalReportList> {
  const role = await reportRole(ctx, actor, projectId);
  const team = isTeam(role);
  const repository = createFinalReportRepository(ctx.db);
  const rows = await repository.versions(projectId, planStagesFor(role));
  const ids = rows.map((r) => r.id);
  const [reviews, sharings, stages] = await Promise.all([repository.reviews(ids), repository.sharings(ids), repository.stages(projectId)]);
  const showNotes = team || role === 'resident_group';
  return {
    mayStartVersion: team && mayStartPlanVersion(stages),
    mayRecordSharing: team,
    versions: rows.map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      stage: r.stage,
      createdByName: r.createdByName ?? '',
      createdAt: r.createdAt.toISOString(),
      sections: r.content.sections.map((s) => s.key),
      mayReview: mayReviewPlanStage(role, r.stage),
      reviews: reviews
        .filter((v) => v.reportId === r.id)
        .map((v) => ({ stage: v.stage, decision: v.decision, note: showNotes ? v.note : '', byName: v.byName ?? '', at: v.at.toISOString() })),
      sharings: sharings
        .filter((s) => s.reportId === r.id)
        .map((s) => ({ id: s.id, venue: s.venue, sharedOn: s.sharedOn, note: s.note, byName: s.byName ?? '' })),
    })),
  };
}
