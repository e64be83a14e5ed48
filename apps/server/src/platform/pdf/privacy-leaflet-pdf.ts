import { collectPdf, newPdfDocument, pdfFont } from './document.js';

/** The leaflet as printed: every text already worded in the reader's language. */
export interface PrivacyLeafletPdfInput {
  title: string;
  intro: string;
  projectName: string;
  sections: { title: string; blocks: ({ kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] })[] }[];
  /** Which version of the privacy plan the leaflet tells: printed at the foot. */
  footer: string;
}

const ink = '#1f2a37';
const accent = '#1a4c8b';

/** One A4 to leave at the door: large type, short paragraphs, bullets for who sees what and the rights. */
export async function renderPrivacyLeafletPdf(input: PrivacyLeafletPdfInput): Promise<Buffer> {
  const doc = newPdfDocument({ size: 'A4', margins: { top: 40, bottom: 36, left: 50, right: 50 }, info: { Title: input.title, Author: input.projectName } });
  const done = collectPdf(doc);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font(pdfFont.bold).fontSize(20).fillColor(accent).text(input.title, { width });
  doc.font(pdfFont.regular).fontSize(11).fillColor('#555555').text(input.projectName, { width });
  doc.moveDown(0.4).fontSize(11).fillColor(ink).text(input.intro, { width, lineGap: 1.5 });
  for (const section of input.sections) {
    doc.moveDown(0.5).font(pdfFont.bold).fontSize(12.5).fillColor(accent).text(section.title, { width });
    doc.font(pdfFont.regular).fontSize(10.5).fillColor(ink);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') doc.text(block.text, { width, lineGap: 1.5 });
      else doc.list(block.items, { width, lineGap: 1.5, bulletRadius: 2.5, textIndent: 12, bulletIndent: 4 });
      doc.moveDown(0.15);
    }
  }
  doc.moveDown(0.6).font(pdfFont.italic).fontSize(8.5).fillColor('#555555').text(input.footer, { width });
  doc.end();
  return done;
}
