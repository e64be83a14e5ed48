import { fieldLabel, type Actor, type ImportJob } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { formatOf } from './read-spreadsheet.js';
import { createImportRepository } from './repository.js';

/** An import's state and report, its problems translated and naming row and field. */
export async function getImport(
  ctx: AppContext,
  { actor, projectId, importId, t }: { actor: Actor; projectId: string; importId: string; t: Translate },
): Promise<ImportJob> {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  const job = await createImportRepository(ctx.db).find(projectId, importId);
  if (!job) throw new NotFoundError();
  return {
    id: job.id,
    fileName: job.fileName,
    format: formatOf(job),
    status: job.status,
    headers: job.headers,
    sample: job.sample,
    mapping: job.mapping,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    problemCount: job.problemCount,
    problems: job.problems.map((p) => ({
      row: p.row,
      field: p.field as ImportJob['problems'][number]['field'],
      value: p.value,
      message: `${fieldLabel([p.field], t)}: ${t(p.key)}`,
    })),
    newCount: job.newCount,
    updatedCount: job.updatedCount,
    createdAt: job.createdAt.toISOString(),
  };
}
