import { suggestMapping, type Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { getImport } from './get-import.js';
import { readUploadedPreview } from './read-spreadsheet.js';
import { createImportRepository } from './repository.js';

/** Stores an uploaded export of the corporation's system, read as detected, and proposes a column mapping. */
export async function uploadImport(
  ctx: AppContext,
  { actor, projectId, fileName, bytes, t }: { actor: Actor; projectId: string; fileName: string; bytes: Buffer; t: Translate },
) {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  const { kind, preview } = await readUploadedPreview(fileName, bytes, {}, 5);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const jobId = await createImportRepository(trx).create({
      projectId,
      userId: actor.userId,
      fileName,
      fileKind: kind,
      file: bytes,
      format: preview.format,
      headers: preview.headers,
      sample: preview.sample,
      mapping: suggestMapping(preview.headers),
      totalRows: preview.rowCount,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'upload',
      resourceType: 'address_import',
      resourceId: jobId,
      projectId,
      details: { fileName, rows: preview.rowCount, ...preview.format },
    });
    return jobId;
  });
  return getImport(ctx, { actor, projectId, importId: id, t });
}
