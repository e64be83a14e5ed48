import { suggestMapping, type Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { fileKindOf, readSpreadsheet } from './read-spreadsheet.js';
import { createImportRepository } from './repository.js';
import { getImport } from './get-import.js';
import type { Translate } from '../../platform/i18n/translate.js';

/** Stores an uploaded export of the corporation's system and proposes a column mapping. */
export async function uploadImport(
  ctx: AppContext,
  { actor, projectId, fileName, bytes, t }: { actor: Actor; projectId: string; fileName: string; bytes: Buffer; t: Translate },
) {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  const kind = fileKindOf(fileName, bytes);
  if (!kind) throw new ValidationError([{ path: ['file'], key: 'errors.fileUnreadable' }]);
  const sheet = await readSpreadsheet(kind, bytes).catch(() => null);
  if (!sheet || sheet.headers.every((h) => h === '')) throw new ValidationError([{ path: ['file'], key: 'errors.fileUnreadable' }]);
  if (sheet.rows.length === 0) throw new ValidationError([{ path: ['file'], key: 'errors.fileEmpty' }]);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const jobId = await createImportRepository(trx).create({
      projectId,
      userId: actor.userId,
      fileName,
      fileKind: kind,
      file: bytes,
      headers: sheet.headers,
      sample: sheet.rows.slice(0, 5),
      mapping: suggestMapping(sheet.headers),
      totalRows: sheet.rows.length,
    });
    await recordAudit(trx, { actorUserId: actor.userId, action: 'upload', resourceType: 'address_import', resourceId: jobId, projectId, details: { fileName, rows: sheet.rows.length } });
    return jobId;
  });
  return getImport(ctx, { actor, projectId, importId: id, t });
}
