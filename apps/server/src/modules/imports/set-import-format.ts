import { suggestMapping, type Actor, type FileFormat } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { getImport } from './get-import.js';
import { readUploadedPreview } from './read-spreadsheet.js';
import { createImportRepository } from './repository.js';

/**
 * Reads an uploaded CSV file again in the character set and with the separator the user chose,
 * when the preview shows it was read wrongly; the import goes back to the mapping step. A reading
 * that gives unreadable characters is refused and the earlier one stays.
 */
export async function setImportFormat(
  ctx: AppContext,
  { actor, projectId, importId, format, t }: { actor: Actor; projectId: string; importId: string; format: FileFormat; t: Translate },
) {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  const imports = createImportRepository(ctx.db);
  const job = await imports.find(projectId, importId);
  if (!job) throw new NotFoundError();
  const notReady = () => new ValidationError([{ path: [], key: 'errors.importNotReady', params: { status: job.status } }], 'errors.importNotReady');
  if (job.status === 'checking' || job.status === 'committing' || job.status === 'committed') throw notReady();
  const { preview } = await readUploadedPreview(job.fileName, await imports.file(importId), format, 5);

  await ctx.db.transaction().execute(async (trx) => {
    const changed = await createImportRepository(trx).reread(importId, {
      format,
      headers: preview.headers,
      sample: preview.sample,
      mapping: suggestMapping(preview.headers),
      totalRows: preview.rowCount,
    });
    if (!changed) throw notReady();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'address_import',
      resourceId: importId,
      projectId,
      details: { ...format },
    });
  });
  return getImport(ctx, { actor, projectId, importId, t });
}
