import { runInWorker } from '../../platform/jobs/worker.js';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * What a column holds. `text` stays text in both formats, so a phone number keeps its leading zero
 * (an XLSX string cell; in CSV the digits are written as they are, and Excel's own import reading
 * them as a number is the reader's choice, not ours). `number` is a number or empty. `date` is an
 * ISO date (yyyy-mm-dd) or empty: a real date in XLSX, dd-mm-yyyy in CSV.
 */
export type ColumnKind = 'text' | 'number' | 'date';
export interface Column {
  header: string;
  kind?: ColumnKind;
}
export type Cell = string | number | null;
export interface Table {
  sheetName: string;
  columns: Column[];
  rows: Cell[][];
}

/**
 * Every export's file (render-table.ts), written in a worker thread: an XLSX or CSV of thousands of
 * rows takes seconds, and on the main thread every other request would wait for it.
 */
export async function writeTable(format: ExportFormat, table: Table): Promise<Buffer> {
  return Buffer.from(await runInWorker<{ format: ExportFormat; table: Table }, Uint8Array>(new URL('./render-table.ts', import.meta.url), { format, table }));
}
