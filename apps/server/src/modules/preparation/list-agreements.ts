import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPreparationRepository } from './repository.js';

/** The collaboration agreements per pair of parties, with what document is kept (not its bytes). */
export async function listAgreements(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'agreements.read', projectId);
  const rows = await createPreparationRepository(ctx.db).listAgreements(projectId);
  return {
    agreements: rows.map((r) => ({
      id: r.id,
      partyA: { id: r.partyAId, name: r.partyAName, type: r.partyAType },
      partyB: { id: r.partyBId, name: r.partyBName, type: r.partyBType },
      signedOn: r.signedOn,
      validUntil: r.validUntil,
      note: r.note,
      document: r.fileName && r.fileType ? { fileName: r.fileName, type: r.fileType, bytes: Number(r.fileBytes ?? 0) } : null,
    })),
  };
}
