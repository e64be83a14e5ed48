import ExcelJS from 'exceljs';
import Papa from 'papaparse';

export type ExportFormat = 'csv' | 'xlsx';
export interface Table {
  sheetName: string;
  headers: string[];
  rows: (string | number | null)[][];
}

/** CSV with a semicolon and a byte-order mark, as Dutch Excel opens it; or a real XLSX sheet. */
export async function writeTable(format: ExportFormat, table: Table): Promise<Buffer> {
  if (format === 'csv') {
    const csv = Papa.unparse({ fields: table.headers, data: table.rows.map((r) => r.map((c) => c ?? '')) }, { delimiter: ';', newline: '\r\n' });
    return Buffer.from(`\uFEFF${csv}`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31));
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((c) => c ?? ''));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
