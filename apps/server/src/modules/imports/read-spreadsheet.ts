import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import type { CellValue } from 'exceljs';
import iconv from 'iconv-lite';
import { csvDelimiters, MAX_IMPORT_COLUMNS, type CsvDelimiter, type FileFormat, type TextEncoding } from '@thuis/domain';
import { ValidationError } from '../../platform/http/errors.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { ReadUploadInput, ReadUploadResult } from './read-upload.js';

export type FileKind = 'csv' | 'xlsx';

export interface Sheet {
  headers: string[];
  /** Data rows below the header, as text. */
  rows: string[][];
  /** How a CSV file was read; null for XLSX. */
  format: FileFormat | null;
}

/** What the upload and mapping steps show of a file: its header, its first rows and how many there are. */
export interface SheetPreview {
  headers: string[];
  sample: string[][];
  rowCount: number;
  format: FileFormat | null;
}

/** The stored reading of a CSV file; the columns of an XLSX file (or an older upload) are null. */
export const formatOf = (row: { textEncoding: TextEncoding | null; delimiter: CsvDelimiter | null }): FileFormat | null =>
  row.textEncoding && row.delimiter ? { encoding: row.textEncoding, delimiter: row.delimiter } : null;

/** Recognises XLSX by its zip signature and anything else as CSV text. */
export function fileKindOf(fileName: string, bytes: Buffer): FileKind | null {
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(fileName)) return isZip ? 'xlsx' : null;
  if (/\.(csv|txt)$/i.test(fileName)) return isZip ? null : 'csv';
  return isZip ? 'xlsx' : null;
}

/**
 * The character set of a text file: a byte order mark says it; otherwise text that is valid UTF-8
 * is UTF-8, and anything else is what Excel writes on a Dutch Windows machine, Windows-1252.
 */
export function detectEncoding(bytes: Buffer): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

const fileProblem = (key: string, params?: Record<string, unknown>) => new ValidationError([{ path: ['file'], key, ...(params ? { params } : {}) }]);
const delimiterName = (sign: string) => (Object.entries(csvDelimiters).find(([, s]) => s === sign)?.[0] as CsvDelimiter | undefined) ?? 'comma';

async function readCsv(bytes: Buffer, chosen: Partial<FileFormat>): Promise<{ table: string[][]; format: FileFormat }> {
  // Loaded at first use, not at every start of the server.
  const { default: Papa } = await import('papaparse');
  const encoding = chosen.encoding ?? detectEncoding(bytes);
  // iconv-lite drops a byte order mark of the chosen set.
  const text = iconv.decode(bytes, encoding);
  // Only separators and blank lines (Excel's empty rows): nothing to read, not an unknown separator.
  if (!/[^\s;,|]/.test(text)) return { table: [], format: { encoding, delimiter: chosen.delimiter ?? 'semicolon' } };
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    ...(chosen.delimiter ? { delimiter: csvDelimiters[chosen.delimiter] } : { delimitersToGuess: Object.values(csvDelimiters) }),
  });
  const table = parsed.data.map((row) => row.map((c) => String(c ?? '')));
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) throw fileProblem('errors.unclosedQuote', { row: (unclosed.row ?? 0) + 1 });
  // Papa guesses only a sign that splits the rows into columns; a file it cannot split is refused
  // here rather than read as one column the user is then asked to map.
  if (!chosen.delimiter && parsed.errors.some((e) => e.code === 'UndetectableDelimiter') && table[0]?.length === 1)
    throw fileProblem('errors.delimiterUnknown');
  checkCharacters(table, encoding);
  return { table, format: { encoding, delimiter: chosen.delimiter ?? delimiterName(parsed.meta.delimiter) } };
}

/**
 * Refuses text the database cannot hold (NUL) and text that was decoded wrongly (U+FFFD, the
 * replacement character), naming the first row where it is.
 */
function checkCharacters(table: string[][], encoding: TextEncoding | null) {
  for (const [index, row] of table.entries()) {
    const line = row.join('');
    if (line.includes('\u0000')) throw fileProblem('errors.fileHasNul', { row: index + 1 });
    if (line.includes('\uFFFD'))
      throw fileProblem('errors.unreadableCharacters', { row: index + 1, encoding: { i18nKey: `fileFormats.encodings.${encoding ?? 'utf-8'}` } });
  }
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as CellValue);
    return '';
  }
  return String(value);
}

/** The first sheet, streamed row by row so a large file does not hold up other requests. */
async function readXlsx(bytes: Buffer): Promise<string[][]> {
  let table: string[][] = [];
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = (row.values as CellValue[]).slice(1); // exceljs rows are 1-based
      // Empty cells are holes in exceljs's array; Array.from turns them into ''.
      table[row.number - 1] = Array.from(values, cellText);
    }
    break; // the first sheet only
  }
  table = Array.from(table, (row) => row ?? []);
  checkCharacters(table, null);
  return table;
}

/**
 * Reads the first sheet of an XLSX or a CSV into text. A CSV is read in the character set and with
 * the separator given, or as detected; a problem with the file's content is a ValidationError
 * naming the row, any other failure means the file is no spreadsheet.
 */
export async function readSpreadsheet(kind: FileKind, bytes: Buffer, chosen: Partial<FileFormat> = {}): Promise<Sheet> {
  const { table, format } = kind === 'csv' ? await readCsv(bytes, chosen) : { table: await readXlsx(bytes), format: null };
  const [headers = [], ...rows] = table;
  if (headers.length > MAX_IMPORT_COLUMNS) throw fileProblem('errors.tooManyColumns', { count: headers.length, max: MAX_IMPORT_COLUMNS });
  return { headers: headers.map((h) => h.trim()), rows, format };
}

/**
 * An uploaded file read for the first time (or again, in the format the user chose): refused with
 * the reason, on the file field, when it is empty, no spreadsheet, or read wrongly. The reading
 * runs in a worker thread (read-upload.ts), so other requests are answered meanwhile.
 */
export async function readUploadedFile(fileName: string, bytes: Buffer, chosen: Partial<FileFormat> = {}): Promise<{ kind: FileKind; sheet: Sheet }> {
  const { kind, read } = await readInWorker(fileName, bytes, chosen);
  if (!('sheet' in read)) throw new Error('expected the whole sheet');
  return { kind, sheet: read.sheet };
}

/**
 * The same reading and refusals as readUploadedFile, but only the header, the first `sampleRows`
 * rows and the count come back from the worker thread: what an upload shows before the rows are checked.
 */
export async function readUploadedPreview(
  fileName: string,
  bytes: Buffer,
  chosen: Partial<FileFormat>,
  sampleRows: number,
): Promise<{ kind: FileKind; preview: SheetPreview }> {
  const { kind, read } = await readInWorker(fileName, bytes, chosen, sampleRows);
  if (!('preview' in read)) throw new Error('expected a preview');
  return { kind, preview: read.preview };
}

async function readInWorker(fileName: string, bytes: Buffer, chosen: Partial<FileFormat>, sampleRows?: number) {
  if (bytes.length === 0) throw fileProblem('errors.fileEmpty');
  const kind = fileKindOf(fileName, bytes);
  if (!kind) throw fileProblem('errors.fileUnreadable');
  if (kind === 'xlsx' && (chosen.encoding || chosen.delimiter)) throw fileProblem('errors.formatOnlyForCsv');
  const input: ReadUploadInput = { kind, bytes, chosen, ...(sampleRows === undefined ? {} : { sampleRows }) };
  const read = await runInWorker<ReadUploadInput, ReadUploadResult>(new URL('./read-upload.ts', import.meta.url), input).catch((): ReadUploadResult => ({
    unreadable: true,
  }));
  if ('problems' in read) throw new ValidationError(read.problems);
  if ('unreadable' in read) throw fileProblem('errors.fileUnreadable');
  const { headers, rowCount } = 'sheet' in read ? { headers: read.sheet.headers, rowCount: read.sheet.rows.length } : read.preview;
  if (headers.every((h) => h === '')) throw fileProblem('errors.fileUnreadable');
  if (rowCount === 0) throw fileProblem('errors.fileEmpty');
  return { kind, read };
}
