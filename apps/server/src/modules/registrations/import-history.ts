import { createHash } from 'node:crypto';
import {
  historyRowContent,
  historyTimestamps,
  openTextCategories,
  suggestHistoryMapping,
  type Actor,
  type FileFormat,
  type HistoryMapping,
  type HistoryUpload,
} from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { formatOf, readUploadedFile, type Sheet } from '../imports/read-spreadsheet.js';
import { identifyingChecker } from './identifying-checker.js';
import { createRegistrationRepository } from './repository.js';

async function uploadView(
  ctx: AppContext,
  { actor, projectId, id, fileName, sheet }: { actor: Actor; projectId: string; id: string; fileName: string; sheet: Sheet },
): Promise<HistoryUpload> {
  const form = await createRegistrationRepository(ctx.db).currentForm(projectId, actor.userId);
  return {
    id,
    fileName,
    format: sheet.format,
    headers: sheet.headers,
    sample: sheet.rows.slice(0, 3),
    rowCount: sheet.rows.length,
    formVersionId: form.id,
    suggestedMapping: suggestHistoryMapping(sheet.headers, form.definition),
  };
}

/** Stores a Google Forms CSV export, read as detected, and proposes how its columns fill the current form. */
export async function uploadHistory(
  ctx: AppContext,
  { actor, projectId, fileName, bytes }: { actor: Actor; projectId: string; fileName: string; bytes: Buffer },
) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  const { sheet } = await readUploadedFile(fileName, bytes);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const importId = await createRegistrationRepository(trx).addImport({
      projectId,
      userId: actor.userId,
      fileName,
      file: bytes,
      format: sheet.format,
      headers: sheet.headers,
      rowCount: sheet.rows.length,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'upload',
      resourceType: 'registrations',
      resourceId: importId,
      projectId,
      details: { fileName, rows: sheet.rows.length, ...sheet.format },
    });
    return importId;
  });
  return uploadView(ctx, { actor, projectId, id, fileName, sheet });
}

/** Reads an uploaded export again in the character set and with the separator the user chose. */
export async function setHistoryFormat(
  ctx: AppContext,
  { actor, projectId, importId, format }: { actor: Actor; projectId: string; importId: string; format: FileFormat },
) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  const upload = await createRegistrationRepository(ctx.db).findImport(projectId, importId);
  if (!upload) throw new NotFoundError();
  const { sheet } = await readUploadedFile(upload.fileName, upload.file, format);
  await ctx.db.transaction().execute(async (trx) => {
    await createRegistrationRepository(trx).rereadImport(importId, { format, headers: sheet.headers, rowCount: sheet.rows.length });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'registrations',
      resourceId: importId,
      projectId,
      details: { ...format },
    });
  });
  return uploadView(ctx, { actor, projectId, id: importId, fileName: upload.fileName, sheet });
}

/** A name-based UUID (version 5, RFC 9562): the same name in the same namespace gives the same id. */
function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Ids for the rows of an export that come from what each row says, not where it stands in which
 * file: a later download of the same form (new rows added, a column for a new question that old
 * rows leave empty, a download in another locale) gives an earlier row the same id, so it is
 * imported once. A row is its moment of sending and its non-empty answers by question; the n-th of
 * identical rows (answers without a timestamp can repeat) is told apart by its n.
 * The form version the rows go into is not part of it: one conversation is imported once.
 */
function historyRowIds(
  projectId: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  timestampColumn: number | undefined,
  times: readonly (Date | null)[],
): string[] {
  const seen = new Map<string, number>();
  return rows.map((cells, index) => {
    const answers = headers
      .map((header, column) => ({ question: normalise(header), answer: normalise(cells[column] ?? ''), column }))
      .filter(({ answer, column }) => answer !== '' && column !== timestampColumn)
      .sort((a, b) => (a.question < b.question ? -1 : a.question > b.question ? 1 : 0))
      .map(({ question, answer }) => [question, answer]);
    const identity = JSON.stringify([times[index]?.toISOString() ?? null, answers]);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return uuidV5(`${identity}#${occurrence}`, projectId);
  });
}

/**
 * Imports every row into the chosen form version, or none: a value that does not fit the form or
 * free text that could identify someone is named by row and column. Each row keeps the moment it
 * was sent (the timestamp column) and gets a pseudonym of its own; history rows are not linked to
 * households. Rows an earlier import already added are counted, not added again.
 */
export async function commitHistory(
  ctx: AppContext,
  {
    actor,
    projectId,
    importId,
    formVersionId,
    mapping,
    t,
  }: { actor: Actor; projectId: string; importId: string; formVersionId: string; mapping: HistoryMapping; t: Translate },
) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  const registrations = createRegistrationRepository(ctx.db);
  const upload = await registrations.findImport(projectId, importId);
  if (!upload) throw new NotFoundError();
  const form = await registrations.formById(projectId, formVersionId);
  if (!form) throw new ValidationError([{ path: ['formVersionId'], key: 'errors.invalid' }]);
  // Read as the mapping step showed it: in the format detected at upload or chosen since.
  const { sheet } = await readUploadedFile(upload.fileName, upload.file, formatOf(upload) ?? {});
  const context = await identifyingChecker(ctx.db, projectId);
  const label = (row: number, column: number | string) => {
    const header = typeof column === 'number' ? (upload.headers[column] ?? String(column + 1)) : t(`fields.${column}`);
    return { nl: `Rij ${row}, ${header}`, en: `Row ${row}, ${header}` };
  };
  const problems: FieldProblem[] = [];
  const timestamps = historyTimestamps(sheet.rows, mapping, 2);
  const timeProblems = new Map(timestamps.problems.map((p) => [p.row, p]));
  const rows = sheet.rows.map((cells, index) => {
    const row = index + 2;
    const { content, problems: rowProblems } = historyRowContent(cells, mapping, form.definition, row);
    const timeProblem = timeProblems.get(row);
    for (const p of timeProblem ? [timeProblem, ...rowProblems] : rowProblems)
      problems.push({ path: ['rows', row, p.column], key: p.key, ...(p.params ? { params: p.params } : {}), label: label(row, p.column) });
    const texts: [string, string][] = [
      ...openTextCategories.map((c): [string, string] => [c, content.openText[c] ?? '']),
      ['talents', content.talents],
      ['summary', content.summary],
    ];
    for (const [field, text] of texts) {
      for (const p of identifyingProblems(['rows', row, field], text, context)) problems.push({ ...p, label: label(row, field) });
    }
    return { content, createdAt: timestamps.times[index] ?? undefined };
  });
  if (problems.length) throw new ValidationError(problems);

  const ids = historyRowIds(projectId, sheet.headers, sheet.rows, timestamps.column, timestamps.times);
  let imported = 0;
  await ctx.db.transaction().execute(async (trx) => {
    const inTransaction = createRegistrationRepository(trx);
    for (const [index, { content, createdAt }] of rows.entries()) {
      const clientId = ids[index]!;
      // A form answered before Thuis tells no address, hence no building phase or sub-neighbourhood.
      const householdKey = `history-${clientId.slice(0, 8)}${clientId.slice(24)}`;
      if (
        await inTransaction.insertOnce({
          projectId,
          formId: form.id,
          clientId,
          householdKey,
          buildingPhaseId: null,
          subNeighbourhoodId: null,
          content,
          userId: actor.userId,
          createdAt,
        })
      )
        imported++;
    }
    await inTransaction.markImportCommitted(importId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'import',
      resourceType: 'registrations',
      resourceId: importId,
      projectId,
      details: { rows: rows.length, imported },
    });
  });
  return { imported, alreadyImported: rows.length - imported };
}
