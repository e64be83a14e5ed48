import { reviewStages, socialTeamRoles, type Actor, type ReviewStage } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/**
 * Which versions a member may see: the social team every stage and every version, the resident
 * project group from its own review on, everyone else in the project what is published. Outside the
 * social team only the latest published version of each kind is shown: older ones stay for the
 * team's record, and two versions side by side are what differencing starts from.
 */
export async function publicationScope(ctx: AppContext, actor: Actor, projectId: string): Promise<{ stages: readonly ReviewStage[]; olderPublished: boolean }> {
  const role = await ctx.access.require(actor, 'project.read', projectId);
  if (role && socialTeamRoles.includes(role)) return { stages: reviewStages, olderPublished: true };
  return { stages: role === 'resident_group' ? ['resident_group', 'published'] : ['published'], olderPublished: false };
}

/** Leaves out published versions that a later published version of the same kind replaced. */
export function withoutReplaced<T extends { kind: string; version: number; stage: ReviewStage }>(rows: readonly T[]): T[] {
  const latest = new Map<string, number>();
  for (const r of rows) if (r.stage === 'published') latest.set(r.kind, Math.max(latest.get(r.kind) ?? 0, r.version));
  return rows.filter((r) => r.stage !== 'published' || r.version === latest.get(r.kind));
}

export async function listPublications(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  const picture = createPictureRepository(ctx.db);
  const { stages, olderPublished } = await publicationScope(ctx, actor, projectId);
  // The reviewers' remarks (what might identify someone, what might stigmatise) are the team's work
  // on a version; others see that and when it was reviewed, not what was said.
  const team = olderPublished;
  const all = await picture.publications(projectId, stages);
  const rows = olderPublished ? all : withoutReplaced(all);
  const reviews = await picture.reviews(rows.map((r) => r.id));
  return {
    publications: rows.map((r) => ({
      ...r,
      createdByName: r.createdByName ?? '',
      createdAt: r.createdAt.toISOString(),
      reviews: reviews
        .filter((v) => v.publicationId === r.id)
        .map((v) => ({ stage: v.stage, note: team ? v.note : '', byName: v.byName ?? '', at: v.at.toISOString() })),
    })),
  };
}
