import { checkImportRows, type ColumnMapping, type FileFormat, type ImportedAddress, type RowProblem } from '@thuis/domain';
import type { WorkerTask } from '../../platform/jobs/worker.js';
import { readSpreadsheet, type FileKind } from './read-spreadsheet.js';

/** Rows per COPY on PGlite: one step of a few tens of milliseconds on its one session (ADR 0003). */
const STAGE_ROWS = 2_000;

/** The staging table's columns, in the order of the COPY text. */
export const stagedColumns = [
  'job_id',
  'row',
  'unit_id',
  'street',
  'house_number',
  'addition',
  'postcode',
  'city',
  'building',
  'home_type',
  'latitude',
  'longitude',
] as const;

export interface ImportRowsInput {
  jobId: string;
  fileKind: FileKind;
  file: Uint8Array;
  format: FileFormat | null;
  mapping: ColumnMapping;
}
export interface ReadImport {
  totalRows: number;
  /** What the rules find row by row and within the file; the project is checked against in SQL. */
  problems: RowProblem[];
  /** The rows without such problems in COPY's text format, STAGE_ROWS a batch. */
  batches: string[];
}

// COPY's text format: a backslash, tab or line break inside a value is escaped, null is \N.
const copyValue = (value: string | number | null) =>
  value === null
    ? '\\N'
    : typeof value === 'number'
      ? String(value)
      : value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
const copyLine = (jobId: string, a: ImportedAddress) =>
  [jobId, a.row, a.unitId, a.street, a.houseNumber, a.addition, a.postcode, a.city, a.building, a.homeType, a.latitude, a.longitude].map(copyValue).join('\t');

/**
 * Reads the stored file and checks every row against the rules (required fields, numbers,
 * postcodes, positions, duplicates within the file), and writes the good rows as COPY text for the
 * staging table. Seconds of synchronous work for a large file, so it runs in a worker thread
 * (check-import-file.ts); it hands back text only, so the main thread never holds the rows.
 */
const readImportRows: WorkerTask<ImportRowsInput, ReadImport> = async (job) => {
  const sheet = await readSpreadsheet(job.fileKind, Buffer.from(job.file), job.format ?? {});
  const { addresses, problems } = checkImportRows(sheet.rows, job.mapping);
  const batches: string[] = [];
  for (let start = 0; start < addresses.length; start += STAGE_ROWS)
    batches.push(
      addresses
        .slice(start, start + STAGE_ROWS)
        .map((a) => `${copyLine(job.jobId, a)}\n`)
        .join(''),
    );
  return { totalRows: sheet.rows.length, problems, batches };
};
export default readImportRows;
