import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeTable, type Table } from './write-table.js';

// Cells as residents and staff type them: a practical need that is a sum, an addition "-A", a cell
// starting with @, a tab or a carriage return, a phone number with its leading zero or +31.
const table: Table = {
  sheetName: 'Adressen',
  columns: [{ header: 'Tekst' }, { header: 'Telefoon' }, { header: '=Saldo', kind: 'number' }, { header: 'Start', kind: 'date' }],
  rows: [
    ['=2+3 extra hulp', '0612345678', -3, '2026-03-29'],
    ['-A', '+31 6 12345678', 2.5, '2026-10-25'],
    ['@SUM(A1:A2)', '024 123 45 67', null, '2026-01-01'],
    ['\tverborgen', '', 0, null],
    ['\rterug', null, -12, '2026-12-31'],
    ['gewoon; met "aanhalingstekens"', '', 1, '2026-07-01'],
  ],
};

describe('the export writer', () => {
  it('neutralises formulas in CSV text cells the way OWASP describes and keeps negative numbers as numbers', async () => {
    const file = await writeTable('csv', table);
    const text = file.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
    expect(rows[0]).toEqual(['Tekst', 'Telefoon', "'=Saldo", 'Start']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=2+3 extra hulp", "'-A", "'@SUM(A1:A2)", "'\tverborgen", "'\rterug", 'gewoon; met "aanhalingstekens"']);
    // The neutralised cells are quoted too, so no reader splits them or sees a formula.
    for (const raw of ['"\'=2+3 extra hulp"', '"\'-A"', '"\'@SUM(A1:A2)"']) expect(text).toContain(raw);
    // Phone numbers keep their leading zero (CSV is text); one starting with + is neutralised like any text.
    expect(rows.slice(1, 4).map((r) => r[1])).toEqual(['0612345678', "'+31 6 12345678", '024 123 45 67']);
    // Numbers in a number column stay plain numbers, negative ones too, with the decimal comma Dutch
    // Excel reads; dates are Dutch dd-mm-yyyy.
    expect(rows.slice(1).map((r) => r[2])).toEqual(['-3', '2,5', '', '0', '-12', '1']);
    expect(text).toContain(';-3;29-03-2026\r\n');
    expect(rows.slice(1).map((r) => r[3])).toEqual(['29-03-2026', '25-10-2026', '01-01-2026', '', '31-12-2026', '01-07-2026']);
  });

  it.each(['UTC', 'Pacific/Auckland'])(
    'writes XLSX text as string cells, numbers as numbers and dates as real dates on the right day (TZ=%s)',
    async (zone) => {
      const machineZone = process.env.TZ;
      process.env.TZ = zone; // Node re-reads the zone at once
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load((await writeTable('xlsx', table)) as unknown as ArrayBuffer);
      } finally {
        if (machineZone === undefined) delete process.env.TZ;
        else process.env.TZ = machineZone;
      }
      const sheet = workbook.worksheets[0]!;
      const formula = sheet.getCell('A2');
      expect(formula.type).toBe(ExcelJS.ValueType.String);
      expect(formula.value).toBe('=2+3 extra hulp');
      expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
      const phone = sheet.getCell('B2');
      expect(phone.type).toBe(ExcelJS.ValueType.String);
      expect(phone.value).toBe('0612345678');
      const negative = sheet.getCell('C2');
      expect(negative.type).toBe(ExcelJS.ValueType.Number);
      expect(negative.value).toBe(-3);
      const start = sheet.getCell('D2');
      expect(start.type).toBe(ExcelJS.ValueType.Date);
      expect(start.numFmt).toBe('dd-mm-yyyy');
      // A date-only value is the day itself: midnight UTC, so no zone moves it to the 28th or the 30th.
      expect((start.value as Date).toISOString()).toBe('2026-03-29T00:00:00.000Z');
      expect((sheet.getCell('D7').value as Date).toISOString()).toBe('2026-07-01T00:00:00.000Z');
      expect(sheet.getCell('D5').type).toBe(ExcelJS.ValueType.Null);
    },
  );
});
