import { createHash } from 'node:crypto';
import {
  historyRowContent,
  openTextCategories,
  suggestHistoryMapping,
  type Actor,
  type HistoryMapping,
} from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { fileKindOf, readSpreadsheet } from '../imports/read-spreadsheet.js';
import { identifyingChecker } from './identifying-checker.js';
import { createRegistrationRepository } from './repository.js';

/** Stores a Google Forms CSV export and proposes how its columns fill the current form. */
export async function uploadHistory(ctx: AppContext, { actor, projectId, fileName, bytes }: { actor: Actor; projectId: string; fileName: string; bytes: Buffer }) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  const kind = fileKindOf(fileName, bytes);
  const sheet = kind ? await readSpreadsheet(kind, bytes).catch(() => null) : null;
  if (!sheet || sheet.headers.every((h) => h === '')) throw new ValidationError([{ path: ['file'], key: 'errors.fileUnreadable' }]);
  if (sheet.rows.length === 0) throw new ValidationError([{ path: ['file'], key: 'errors.fileEmpty' }]);
  const form = await createRegistrationRepository(ctx.db).currentForm(projectId, actor.userId);
  const row = await ctx.db
    .insertInto('registration_imports')
    .values({ project_id: projectId, created_by: actor.userId, file_name: fileName, file: bytes, headers: JSON.stringify(sheet.headers), row_count: sheet.rows.length })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, fileName, headers: sheet.headers, rowCount: sheet.rows.length, formVersionId: form.id, suggestedMapping: suggestHistoryMapping(sheet.headers, form.definition) };
}

/** A stable id per row of a file, so importing the same export twice adds nothing. */
function rowClientId(projectId: string, fileHash: string, row: number): string {
  const hex = createHash('sha256').update(`${projectId}:${fileHash}:${row}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Imports every row into the chosen form version, or none: a value that does not fit the form or
 * free text that could identify someone is named by row and column. Each row gets a pseudonym of
 * its own; history rows are not linked to households.
 */
export async function commitHistory(
  ctx: AppContext,
  { actor, projectId, importId, formVersionId, mapping, t }: { actor: Actor; projectId: string; importId: string; formVersionId: string; mapping: HistoryMapping; t: Translate },
) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  const upload = await ctx.db.selectFrom('registration_imports').where('project_id', '=', projectId).where('id', '=', importId).select(['file', 'file_name as fileName', 'headers']).executeTakeFirst();
  if (!upload) throw new NotFoundError();
  const registrations = createRegistrationRepository(ctx.db);
  const form = await registrations.formById(projectId, formVersionId);
  if (!form) throw new ValidationError([{ path: ['formVersionId'], key: 'errors.invalid' }]);
  const file = Buffer.from(upload.file);
  const sheet = await readSpreadsheet(fileKindOf(upload.fileName, file)!, file);
  const context = await identifyingChecker(ctx.db, projectId);
  const label = (row: number, column: number | string) => {
    const header = typeof column === 'number' ? (upload.headers[column] ?? String(column + 1)) : t(`fields.${column}`);
    return { nl: `Rij ${row}, ${header}`, en: `Row ${row}, ${header}` };
  };
  const problems: FieldProblem[] = [];
  const rows = sheet.rows.map((cells, index) => {
    const row = index + 2;
    const { content, problems: rowProblems } = historyRowContent(cells, mapping, form.definition, row);
    for (const p of rowProblems) problems.push({ path: ['rows', row, p.column], key: p.key, ...(p.params ? { params: p.params } : {}), label: label(row, p.column) });
    const texts: [string, string][] = [...openTextCategories.map((c): [string, string] => [c, content.openText[c] ?? '']), ['talents', content.talents], ['summary', content.summary]];
    for (const [field, text] of texts) {
      for (const p of identifyingProblems(['rows', row, field], text, context)) problems.push({ ...p, label: label(row, field) });
    }
    return { row, content };
  });
  if (problems.length) throw new ValidationError(problems);

  const fileHash = createHash('sha256').update(file).digest('hex');
  let imported = 0;
  await ctx.db.transaction().execute(async (trx) => {
    const inTransaction = createRegistrationRepository(trx);
    for (const { row, content } of rows) {
      const clientId = rowClientId(projectId, fileHash, row);
      // A form answered before Thuis tells no address, hence no building phase or sub-neighbourhood.
      const householdKey = `history-${clientId.slice(0, 8)}${clientId.slice(24)}`;
      if (await inTransaction.insertOnce({ projectId, formId: form.id, clientId, householdKey, buildingPhaseId: null, subNeighbourhoodId: null, content, userId: actor.userId })) imported++;
    }
    await trx.updateTable('registration_imports').set({ committed_at: new Date() }).where('id', '=', importId).execute();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'import', resourceType: 'registrations', resourceId: importId, projectId, details: { rows: rows.length, imported } });
  });
  return { imported, alreadyImported: rows.length - imported };
}
