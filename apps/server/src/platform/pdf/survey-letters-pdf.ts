import QRCode from 'qrcode';
import { collectPdf, newPdfDocument, pdfFont } from './document.js';

export interface SurveyLetterPage {
  addressBlock: string[];
  place: string;
  subject: string;
  body: string;
  linkLabel: string;
  link: string;
  closing: string;
}

/** A QR code drawn as vector squares (sharp in print, no image to embed). */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cell = size / (modules.size + quiet * 2);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
  doc.fill('#000000').restore();
}

/**
 * One A4 letter per household with its personal survey link as text and as QR code. Synchronous
 * layout work: run it in a worker (render-survey-letters.ts).
 */
export async function renderSurveyLettersPdf(
  letters: readonly SurveyLetterPage[],
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
    doc.font(pdfFont.regular).fontSize(11).fillColor('#000000');
    doc.text(letter.addressBlock.join('\n'), 64, 140, { width: 260 });
    doc.text(letter.place, 64, 250);
    doc.font(pdfFont.bold).fontSize(12).text(letter.subject, 64, 290, { width: 467 });
    doc.moveDown(1).font(pdfFont.regular).fontSize(11).text(letter.body, { width: 467, lineGap: 2 });
    const y = doc.y + 18;
    drawQr(doc, letter.link, 64, y, 130);
    doc
      .font(pdfFont.regular)
      .fontSize(11)
      .text(letter.linkLabel, 64, y + 140, { width: 467 });
    // On one line: a link broken over two lines cannot be typed or copied.
    doc
      .font(pdfFont.bold)
      .fontSize(9)
      .text(letter.link, 64, y + 156, { lineBreak: false });
    doc
      .font(pdfFont.regular)
      .fontSize(11)
      .text(letter.closing, 64, y + 190, { width: 467 });
    onPage?.(index + 1);
  }
  doc.end();
  return done;
}
