import type { Actor, AgreementInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { identifyingTextProblems, organisationProblems, refuseProblems } from './check-texts.js';
import { createPreparationRepository } from './repository.js';

type Save = { actor: Actor; projectId: string; agreementId?: string; input: AgreementInput };

/** Records (or with `agreementId` changes) the agreement between two parties of the project; the document is uploaded apart. */
export async function saveAgreement(ctx: AppContext, { actor, projectId, agreementId, input }: Save) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  if (agreementId && !(await createPreparationRepository(ctx.db).exists('collaboration_agreements', projectId, agreementId))) throw new NotFoundError();
  refuseProblems([
    ...(await organisationProblems(ctx, projectId, [
      { path: ['partyAId'], id: input.partyAId },
      { path: ['partyBId'], id: input.partyBId },
    ])),
    ...(await identifyingTextProblems(ctx, projectId, [{ path: ['note'], text: input.note }])),
  ]);
  return ctx.db.transaction().execute(async (trx) => {
    const repository = createPreparationRepository(trx);
    let id = agreementId;
    if (id) {
      if (!(await repository.updateAgreement(projectId, id, input))) throw new NotFoundError();
    } else id = await repository.insertAgreement(projectId, actor.userId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: agreementId ? 'update' : 'create',
      resourceType: 'collaboration_agreement',
      resourceId: id,
      projectId,
      details: { partyAId: input.partyAId, partyBId: input.partyBId, signedOn: input.signedOn, validUntil: input.validUntil },
    });
    return { id };
  });
}
