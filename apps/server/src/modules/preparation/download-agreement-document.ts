import { agreementFileTypes, type Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createPreparationRepository } from './repository.js';

/** The agreement's document; every download is recorded in the audit log. */
export async function downloadAgreementDocument(ctx: AppContext, { actor, projectId, agreementId }: { actor: Actor; projectId: string; agreementId: string }) {
  await ctx.access.require(actor, 'agreements.read', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const document = await createPreparationRepository(trx).document(projectId, agreementId);
    if (!document?.file || !document.fileName || !document.fileType) throw new NotFoundError();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'download',
      resourceType: 'collaboration_agreement',
      resourceId: agreementId,
      projectId,
      details: { fileName: document.fileName },
    });
    return { fileName: document.fileName, contentType: agreementFileTypes[document.fileType], bytes: document.file };
  });
}
