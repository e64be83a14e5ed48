import { suggestMapping, type Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { getImport } from './get-import.js';
import { readUploadedFile } from './read-spreadsheet.js';
import { createImportRepository } from './repository.js';

/** Stores an uploaded export of the corporation's system, read as detected, and proposes a column mapping. */
export async function uploadImport(
  ctx: AppContext,
  { actor, projectId, fileName, bytes, t }: { actor: Actor; projectId: string; fileName: string; bytes: Buffer; t: Translate },
) {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  const { kind, sheet } = await readUploadedFile(fileName, bytes);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const jobId = await createImportRepository(trx).create({
      projectId,
      userId: actor.userId,
      fileName,
      fileKind: kind,
      file: bytes,
      format: sheet.format,
      headers: sheet.headers,
      sample: sheet.rows.slice(0, 5),
      mapping: suggestMapping(sheet.headers),
      totalRows: sheet.rows.length,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'upload',
      resourceType: 'address_import',
      resourceId: jobId,
      projectId,
      details: { fileName, rows: sheet.rows.length, ...sheet.format },
    });
    return jobId;
  });
  return getImport(ctx, { actor, projectId, importId: id, t });
}
