import { agreementFileType, type Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createPreparationRepository } from './repository.js';

type Upload = { actor: Actor; projectId: string; agreementId: string; fileName: string; bytes: Buffer };

/** Keeps the signed agreement (PDF or DOCX, checked by its content) in the database, replacing an earlier one. */
export async function uploadAgreementDocument(ctx: AppContext, { actor, projectId, agreementId, fileName, bytes }: Upload) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  const type = agreementFileType(fileName, bytes);
  if (!type) throw new ValidationError([{ path: ['file'], key: 'errors.agreementFileType' }]);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createPreparationRepository(trx).storeDocument(projectId, agreementId, { fileName, type, bytes }))) throw new NotFoundError();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'upload',
      resourceType: 'collaboration_agreement',
      resourceId: agreementId,
      projectId,
      details: { fileName, type, bytes: bytes.length },
    });
  });
  return { ok: true as const };
}
