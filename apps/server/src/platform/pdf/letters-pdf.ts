import { collectPdf, newPdfDocument, pdfFont } from './document.js';

export interface LetterPage {
  subject: string;
  body: string;
  addressBlock: string[];
  place: string;
}

/**
 * One A4 page per letter: address block for a window envelope, date line, subject, text.
 * Synchronous layout work of seconds for a large batch: run it in a worker (render-letters.ts).
 */
export async function renderLettersPdf(
  letters: readonly LetterPage[],
  meta: { title: string; author: string },
  onPage?: (done: number) => void,
): Promise<Buffer> {
  const doc = newPdfDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    autoFirstPage: false,
    info: { Title: meta.title, Author: meta.author },
  });
  const done = collectPdf(doc);
  for (const [index, letter] of letters.entries()) {
    doc.addPage();
    doc.font(pdfFont.regular).fontSize(11);
    doc.text(letter.addressBlock.join('\n'), 64, 140, { width: 260 });
    doc.text(letter.place, 64, 250);
    doc.font(pdfFont.bold).fontSize(12).text(letter.subject, 64, 290, { width: 467 });
    doc.moveDown(1).font(pdfFont.regular).fontSize(11).text(letter.body, { width: 467, lineGap: 2, height: 440, ellipsis: true });
    onPage?.(index + 1);
  }
  doc.end();
  return done;
}
