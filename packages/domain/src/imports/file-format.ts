import { z } from 'zod';

/**
 * How a CSV file's bytes become rows: the character set it was saved in and the sign between the
 * columns. Dutch offices meet Excel's "CSV (gescheiden door lijstscheidingsteken)" (Windows-1252,
 * semicolons), "CSV UTF-8", Excel's "Unicode-tekst" (UTF-16, tabs), older Macs (Mac Roman) and
 * Google's exports (UTF-8, commas).
 */
export const textEncodings = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be', 'macintosh'] as const;
export type TextEncoding = (typeof textEncodings)[number];
export const csvDelimiters = { semicolon: ';', comma: ',', tab: '\t', pipe: '|' } as const;
export type CsvDelimiter = keyof typeof csvDelimiters;

export const fileFormat = z.object({
  encoding: z.enum(textEncodings),
  delimiter: z.enum(Object.keys(csvDelimiters) as [CsvDelimiter, ...CsvDelimiter[]]),
});
/** The reading of a CSV file (an XLSX file has none), also what the user chooses when it was read wrongly. */
export type FileFormat = z.infer<typeof fileFormat>;

/** The most columns a file may have: more are a misread file, not an export of addresses or answers. */
export const MAX_IMPORT_COLUMNS = 200;
