import { collectPdf, newPdfDocument, pdfFont } from '../../platform/pdf/document.js';

/** The access export as the resident reads it: a title, then sections of labelled lines, already translated. */
export interface HouseholdExportPdfInput {
  title: string;
  intro: string;
  sections: { heading: string; empty: string; items: string[][] }[];
}

/** Lays out the access export on A4. Synchronous layout work: run it in a worker (render-household-export.ts). */
export async function renderHouseholdExportPdf(input: HouseholdExportPdfInput): Promise<Buffer> {
  const doc = newPdfDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 }, info: { Title: input.title, Author: 'Thuis' } });
  const done = collectPdf(doc);
  const width = 467;
  doc.font(pdfFont.bold).fontSize(16).text(input.title, { width });
  doc.moveDown(0.5).font(pdfFont.regular).fontSize(10).text(input.intro, { width });
  for (const section of input.sections) {
    doc.moveDown(1).font(pdfFont.bold).fontSize(12).text(section.heading, { width });
    doc.font(pdfFont.regular).fontSize(10);
    if (section.items.length === 0) doc.moveDown(0.3).font(pdfFont.italic).text(section.empty, { width }).font(pdfFont.regular);
    for (const lines of section.items) {
      doc.moveDown(0.4);
      for (const line of lines) doc.text(line, { width, lineGap: 1 });
    }
  }
  doc.end();
  return done;
}
