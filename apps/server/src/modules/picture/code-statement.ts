import type { Actor, CodingInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { createPictureRepository } from './repository.js';

/** Codes one statement (an open text of a registration) with themes, and marks it a unique story or not. */
export async function codeStatement(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: CodingInput }) {
  await ctx.access.require(actor, 'picture.work', projectId);
  const picture = createPictureRepository(ctx.db);
  const problems: FieldProblem[] = [];
  if (!(await picture.statementText(projectId, input.registrationId, input.category))?.trim())
    problems.push({ path: ['registrationId'], key: 'errors.invalid' });
  const known = new Set((await picture.themes(projectId)).map((t) => t.id));
  input.themeIds.forEach((id, i) => known.has(id) || problems.push({ path: ['themeIds', i], key: 'errors.invalid' }));
  if (problems.length) throw new ValidationError(problems);
  const coding = { registrationId: input.registrationId, category: input.category, themeIds: [...new Set(input.themeIds)], unique: input.unique };
  await ctx.db.transaction().execute(async (trx) => {
    await createPictureRepository(trx).saveCoding(projectId, coding, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'statement_coding',
      resourceId: input.registrationId,
      projectId,
      details: { category: input.category, themes: coding.themeIds.length, unique: input.unique },
    });
  });
  return coding;
}
