import { reviewStages, socialTeamRoles, type Actor, type ReviewStage } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/**
 * Which versions a member may see: the social team every stage, the resident project group from
 * its own review on, everyone else in the project what is published.
 */
export async function visibleStages(ctx: AppContext, actor: Actor, projectId: string): Promise<readonly ReviewStage[]> {
  const role = await ctx.access.require(actor, 'project.read', projectId);
  if (role && socialTeamRoles.includes(role)) return reviewStages;
  if (role === 'resident_group') return ['resident_group', 'published'];
  return ['published'];
}

export async function listPublications(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  const picture = createPictureRepository(ctx.db);
  const stages = await visibleStages(ctx, actor, projectId);
  // The reviewers' remarks (what might identify someone, what might stigmatise) are the team's work
  // on a version; others see that and when it was reviewed, not what was said.
  const team = stages === reviewStages;
  const rows = await picture.publications(projectId, stages);
  const reviews = await picture.reviews(rows.map((r) => r.id));
  return {
    publications: rows.map((r) => ({
      ...r,
      createdByName: r.createdByName ?? '',
      createdAt: r.createdAt.toISOString(),
      reviews: reviews.filter((v) => v.publicationId === r.id).map((v) => ({ stage: v.stage, note: team ? v.note : '', byName: v.byName ?? '', at: v.at.toISOString() })),
    })),
  };
}
