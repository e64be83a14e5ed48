import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { getImport } from './get-import.js';
import { createImportRepository } from './repository.js';

/**
 * Queues a checked import without problems for committing. Asking again while it is being
 * committed, or after it was, changes nothing (a retried request is harmless).
 */
export async function commitImport(ctx: AppContext, { actor, projectId, importId, t }: { actor: Actor; projectId: string; importId: string; t: Translate }) {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  const imports = createImportRepository(ctx.db);
  const job = await imports.find(projectId, importId);
  if (!job) throw new NotFoundError();
  if (job.status !== 'committing' && job.status !== 'committed') {
    if (job.status === 'checked' && job.problemCount > 0)
      throw new ValidationError([{ path: [], key: 'errors.importHasProblems', params: { count: job.problemCount } }], 'errors.importHasProblems');
    if (job.status !== 'checked' || !(await imports.startCommit(importId)))
      throw new ValidationError([{ path: [], key: 'errors.importNotReady', params: { status: job.status } }], 'errors.importNotReady');
    await recordAudit(ctx.db, { actorUserId: actor.userId, action: 'commit', resourceType: 'address_import', resourceId: importId, projectId });
    ctx.jobs?.nudge();
  }
  return getImport(ctx, { actor, projectId, importId, t });
}
