import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { Readable } from 'node:stream';

export type FileKind = 'csv' | 'xlsx';

export interface Sheet {
  headers: string[];
  /** Data rows below the header, as text. */
  rows: string[][];
}

/** Recognises XLSX by its zip signature and anything else as CSV text. */
export function fileKindOf(fileName: string, bytes: Buffer): FileKind | null {
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(fileName)) return isZip ? 'xlsx' : null;
  if (/\.(csv|txt)$/i.test(fileName)) return isZip ? null : 'csv';
  return isZip ? 'xlsx' : null;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/**
 * Reads the first sheet of an XLSX or a CSV (comma or semicolon, as Dutch exports use) into text.
 * XLSX is streamed row by row so a large file does not hold up other requests.
 */
export async function readSpreadsheet(kind: FileKind, bytes: Buffer): Promise<Sheet> {
  let table: string[][];
  if (kind === 'csv') {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
    table = parsed.data.map((row) => row.map((c) => String(c ?? '')));
  } else {
    table = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1); // exceljs rows are 1-based
        // Empty cells are holes in exceljs's array; Array.from turns them into ''.
        table[row.number - 1] = Array.from(values, cellText);
      }
      break; // the first sheet only
    }
    table = Array.from(table, (row) => row ?? []);
  }
  const [headers = [], ...rows] = table;
  return { headers: headers.map((h) => h.trim()), rows };
}
