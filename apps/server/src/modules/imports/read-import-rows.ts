import { checkImportRows, type ColumnMapping, type FileFormat, type RowProblem } from '@thuis/domain';
import type { WorkerTask } from '../../platform/jobs/worker.js';
import { readSpreadsheet, type FileKind } from './read-spreadsheet.js';

/** Rows per chunk of a commit: a chunk is applied in one transaction of well under a second on PGlite. */
const CHUNK_ROWS = 250;

const addressKey = (a: { postcode: string; houseNumber: number; addition: string }) => `${a.postcode}|${a.houseNumber}|${a.addition.toLowerCase()}`;

export interface ImportRowsInput {
  fileKind: FileKind;
  file: Uint8Array;
  format: FileFormat | null;
  mapping: ColumnMapping;
  buildingCodes: Set<string>;
  existing: { unitId: string; postcode: string; houseNumber: number; addition: string }[];
}
export interface CheckedImport {
  totalRows: number;
  problems: RowProblem[];
  newCount: number;
  updatedCount: number;
  /** The rows without problems as JSON, CHUNK_ROWS a chunk, as they are kept for the commit. */
  chunks: string[];
}

/**
 * Reads the stored file and checks every row against the rules and against the project as it is
 * now (known buildings, an address that belongs to another unit id). Seconds of synchronous work
 * for a large file, so it runs in a worker thread (check-import-file.ts); it hands back text only,
 * so the main thread never holds the rows.
 */
const readImportRows: WorkerTask<ImportRowsInput, CheckedImport> = async (job) => {
  const sheet = await readSpreadsheet(job.fileKind, Buffer.from(job.file), job.format ?? {});
  const { addresses, problems } = checkImportRows(sheet.rows, job.mapping, job.buildingCodes);
  const unitByAddress = new Map(job.existing.map((a) => [addressKey(a), a.unitId]));
  const knownUnits = new Set(job.existing.map((a) => a.unitId));
  for (const address of addresses) {
    const owner = unitByAddress.get(addressKey(address));
    if (owner !== undefined && owner !== address.unitId)
      problems.push({ row: address.row, field: 'houseNumber', key: 'errors.addressTakenByOtherUnit', value: String(address.houseNumber) });
  }
  problems.sort((a, b) => a.row - b.row);
  const newCount = addresses.filter((a) => !knownUnits.has(a.unitId)).length;
  const chunks: string[] = [];
  if (problems.length === 0)
    for (let start = 0; start < addresses.length; start += CHUNK_ROWS) chunks.push(JSON.stringify(addresses.slice(start, start + CHUNK_ROWS)));
  return { totalRows: sheet.rows.length, problems, newCount, updatedCount: addresses.length - newCount, chunks };
};
export default readImportRows;
