import type { CellValue } from 'exceljs';
import type { WorkerTask } from '../../platform/jobs/worker.js';
import { formatDutchDate } from '../../platform/i18n/format.js';
import type { Cell, ColumnKind, ExportFormat, Table } from './write-table.js';

/**
 * OWASP "CSV injection": a text cell starting with one of these is a formula to a spreadsheet. Such a
 * cell gets a leading single quote and is quoted; numbers in number columns are left alone, so -3 stays -3.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The one writer of every export, in a worker thread (see writeTable): CSV with a semicolon, a
 * decimal comma and a byte-order mark, as Dutch Excel opens it; or a real XLSX sheet.
 */
const renderTable: WorkerTask<{ format: ExportFormat; table: Table }, Buffer> = async ({ format, table }) => {
  const kinds = table.columns.map((c) => c.kind ?? 'text');
  if (format === 'csv') {
    const data = table.rows.map((row) => kinds.map((kind, i) => csvText(kind, row[i] ?? null)));
    const neutralised = (value: unknown) => typeof value === 'string' && value.startsWith("'") && FORMULA_START.test(value.slice(1));
    // Headers are text too: a partner's name heads a column of the referral report.
    const fields = table.columns.map((c) => csvText('text', c.header));
    // Loaded at first use, not at every start of a worker thread (exceljs alone takes a second to load).
    const { default: Papa } = await import('papaparse');
    const csv = Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n', quotes: neutralised });
    return Buffer.from(`\uFEFF${csv}`, 'utf8');
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31));
  sheet.addRow(table.columns.map((c) => c.header)).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(kinds.map((kind, i) => xlsxValue(kind, row[i] ?? null)));
    kinds.forEach((kind, i) => {
      if (kind === 'date') added.getCell(i + 1).numFmt = 'dd-mm-yyyy';
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
export default renderTable;

function csvText(kind: ColumnKind, value: Cell): string {
  if (value === null) return '';
  if (kind === 'number') return String(value).replace('.', ',');
  if (kind === 'date') return formatDutchDate(String(value));
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A string stays a string cell (never a formula); a date-only value is midnight UTC, the serial day itself in any zone. */
function xlsxValue(kind: ColumnKind, value: Cell): CellValue {
  if (value === null) return null;
  if (kind === 'number') return typeof value === 'number' ? value : Number(value);
  if (kind === 'date') {
    const [y, m, d] = String(value).split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return String(value);
}
