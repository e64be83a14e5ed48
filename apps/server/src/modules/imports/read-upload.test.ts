/**
 * The upload's preview leaves the rows in the worker thread: only the header, the first rows and
 * the count cross to the main thread, where 100,000 copied rows cost seconds of its time (issue 14).
 */
import { expect, it } from 'vitest';
import readUpload from './read-upload.js';

const csv = (rows: number) =>
  new TextEncoder().encode(['VHE;Straat;Huisnummer', ...Array.from({ length: rows }, (_, i) => `V-${i + 1};Kilstraat;${i + 1}`)].join('\n'));

it('sends back the header, the first rows and the count of a preview, not every row', async () => {
  const read = await readUpload({ kind: 'csv', bytes: csv(1_000), chosen: {}, sampleRows: 5 }, () => undefined);
  expect(read).toEqual({
    preview: {
      headers: ['VHE', 'Straat', 'Huisnummer'],
      sample: [1, 2, 3, 4, 5].map((i) => [`V-${i}`, 'Kilstraat', String(i)]),
      rowCount: 1_000,
      format: { encoding: 'utf-8', delimiter: 'semicolon' },
    },
  });
});

it('still sends every row when the caller needs them (the history import)', async () => {
  const read = await readUpload({ kind: 'csv', bytes: csv(3), chosen: {} }, () => undefined);
  expect('sheet' in read && read.sheet.rows).toHaveLength(3);
});
