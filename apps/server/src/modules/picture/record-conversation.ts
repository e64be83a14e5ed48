import type { Actor, ConversationInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listConversations } from './list-conversations.js';
import { createPictureRepository } from './repository.js';

/** Records a round of conversation about the picture: with whom, when, and what came out of it. */
export async function recordConversation(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: ConversationInput }) {
  await ctx.access.require(actor, 'picture.work', projectId);
  const picture = createPictureRepository(ctx.db);
  const context = await identifyingChecker(ctx.db, projectId, { team: false });
  const problems: FieldProblem[] = [];
  const check = (path: (string | number)[], text: string) => {
    problems.push(...identifyingProblems(path, text, context));
  };
  check(['withWhom'], input.withWhom);
  check(['notes'], input.notes);
  const themes = new Set((await picture.themes(projectId)).map((t) => t.id));
  input.outcomes.forEach((o, i) => {
    check(['outcomes', i, 'text'], o.text);
    o.themeIds.forEach((id, j) => themes.has(id) || problems.push({ path: ['outcomes', i, 'themeIds', j], key: 'errors.invalid' }));
  });
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await createPictureRepository(trx).insertConversation(projectId, input, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'picture_conversation',
      resourceId: id,
      projectId,
      details: { heldOn: input.heldOn, outcomes: input.outcomes.length },
    });
  });
  return listConversations(ctx, { actor, projectId });
}
