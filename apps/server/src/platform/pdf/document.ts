import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The fonts of every PDF. PDFKit's built-in Helvetica only knows the WinAnsi characters: names such
 * as Yılmaz, Şahin or Łukasz would print as garbage. Noto Sans covers Latin (with Turkish, Polish…),
 * Greek and Cyrillic; PDFKit embeds only the glyphs a document uses.
 */
export const pdfFont = { regular: 'Body', bold: 'Body-Bold', italic: 'Body-Italic' } as const;

const fontFiles = {
  [pdfFont.regular]: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  [pdfFont.bold]: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  [pdfFont.italic]: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
};

let fontData: [string, Buffer][] | null = null;
function fonts(): [string, Buffer][] {
  fontData ??= Object.entries(fontFiles).map(([name, file]) => [name, fs.readFileSync(require.resolve(file))]);
  return fontData;
}

/** A PDF document with the app's fonts registered and the regular one chosen. */
let pdfkit: typeof import('pdfkit') | undefined;

export function newPdfDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  // PDFKit is loaded at the first document, not at every start of the server.
  pdfkit ??= require('pdfkit') as typeof import('pdfkit');
  const doc = new pdfkit(options);
  for (const [name, data] of fonts()) doc.registerFont(name, data);
  doc.font(pdfFont.regular);
  return doc;
}

/** For svg-to-pdfkit: the chart's text in the same fonts as the rest of the document. */
export function chartFont(_family: string, bold: boolean, italic: boolean): string {
  return bold ? pdfFont.bold : italic ? pdfFont.italic : pdfFont.regular;
}

/** The whole document as one buffer, once it has ended. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
