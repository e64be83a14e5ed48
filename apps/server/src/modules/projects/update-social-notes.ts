import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createProjectRepository } from './repository.js';

export async function updateSocialNotes(ctx: AppContext, { actor, projectId, text }: { actor: Actor; projectId: string; text: string }) {
  await ctx.access.require(actor, 'project.socialNotes.update', projectId);
  // The team's working notes name the team, never a resident or their numbers.
  const refused = identifyingProblems(['text'], text, await identifyingChecker(ctx.db, projectId, { team: false }));
  if (refused.length) throw new ValidationError(refused);
  return ctx.db.transaction().execute(async (trx) => {
    const projects = createProjectRepository(trx);
    await projects.saveSocialNotes(projectId, text, actor.userId);
    // The audit log says that the notes changed, not what they say.
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'social_notes',
      resourceId: projectId,
      projectId,
      details: { length: text.length },
    });
    const notes = (await projects.socialNotes(projectId))!;
    return { text: notes.text, updatedAt: notes.updatedAt.toISOString() };
  });
}
