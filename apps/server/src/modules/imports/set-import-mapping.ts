import { missingMappedFields, type Actor, type ColumnMapping } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { getImport } from './get-import.js';
import { createImportRepository } from './repository.js';

/** Saves the column mapping and queues the check of every row. */
export async function setImportMapping(
  ctx: AppContext,
  { actor, projectId, importId, mapping, t }: { actor: Actor; projectId: string; importId: string; mapping: ColumnMapping; t: Translate },
) {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  const imports = createImportRepository(ctx.db);
  const job = await imports.find(projectId, importId);
  if (!job) throw new NotFoundError();
  const problems: FieldProblem[] = [];
  const missing = missingMappedFields(mapping);
  if (missing.length)
    problems.push({ path: ['mapping'], key: 'errors.mappingIncomplete', params: { fields: missing.map((f) => t(`fields.${f}`)).join(', ') } });
  for (const [field, column] of Object.entries(mapping))
    if (column !== undefined && column >= job.headers.length)
      problems.push({ path: ['mapping', field], key: 'errors.columnOutOfRange', params: { column: column + 1 } });
  if (problems.length) throw new ValidationError(problems);
  if (job.status === 'committing' || job.status === 'committed')
    throw new ValidationError([{ path: [], key: 'errors.importNotReady', params: { status: job.status } }], 'errors.importNotReady');

  await ctx.db.transaction().execute(async (trx) => {
    await createImportRepository(trx).setMapping(importId, mapping);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'address_import',
      resourceId: importId,
      projectId,
      details: { mapping },
    });
  });
  ctx.jobs?.nudge();
  return getImport(ctx, { actor, projectId, importId, t });
}
