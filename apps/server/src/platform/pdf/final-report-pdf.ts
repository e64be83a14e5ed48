import type { RippleEdge, RippleNode } from '@thuis/domain';
import { translatorFor } from '../i18n/translate.js';
import { collectPdf, newPdfDocument, pdfFont } from './document.js';
import { drawRippleMap, layoutRippleMapForPdf, rippleLevelLabels, rippleMapHeight } from './ripple-map-pdf.js';

/** A block as it is printed: tables with their counts already worded (hidden ones as a dash). */
export type PrintedBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'entry'; title: string; lines: { label: string; text: string }[] }
  | { kind: 'table'; caption: string; headers: string[]; rows: string[][] }
  | { kind: 'story'; title: string; text: string; why: string; teller: string; selections: { group: string; heldOn: string; reason: string }[] }
  | { kind: 'rippleMap'; title: string; subject: string; nodes: RippleNode[]; edges: RippleEdge[] };

/** What the final report's PDF shows: frozen content of one version, nothing of a household. */
export interface FinalReportPdfInput {
  locale: 'nl' | 'en';
  projectName: string;
  title: string;
  introduction: string;
  version: number;
  date: string;
  /** Marked on every page until published. */
  draft: string | null;
  sections: { title: string; blocks: PrintedBlock[] }[];
}

const ink = '#1f2a37';
const accent = '#1a4c8b';

/** The final evaluation report on A4: title page lines, then each section with its tables, stories and ripple maps. */
export async function renderFinalReportPdf(input: FinalReportPdfInput): Promise<Buffer> {
  const t = translatorFor(input.locale);
  const doc = newPdfDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 56, right: 56 }, info: { Title: input.title, Author: input.projectName } });
  const done = collectPdf(doc);
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const mark = () => {
    if (!input.draft) return;
    const { x, y } = { x: doc.x, y: doc.y };
    doc.font(pdfFont.bold).fontSize(9).fillColor('#b42318').text(input.draft, left, 24, { width, align: 'center' });
    doc.fillColor(ink).font(pdfFont.regular).fontSize(10);
    doc.x = x;
    doc.y = y;
  };
  doc.on('pageAdded', mark);
  mark();
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  doc.font(pdfFont.bold).fontSize(22).fillColor(accent).text(input.title);
  doc
    .font(pdfFont.regular)
    .fontSize(12)
    .fillColor(ink)
    .text(input.projectName)
    .text(t('finalReportPdf.version', { version: input.version, date: input.date }));
  if (input.introduction) doc.moveDown().fontSize(10).text(input.introduction, { lineGap: 2 });
  doc.moveDown(0.5).fontSize(9).fillColor('#555555').text(t('finalReportPdf.protection')).fillColor(ink);

  const table = (block: Extract<PrintedBlock, { kind: 'table' }>) => {
    const columns = block.headers.length;
    const first = columns > 2 ? Math.min(width * 0.34, 180) : width / 2;
    const rest = columns > 1 ? (width - first) / (columns - 1) : width;
    const widths = block.headers.map((_, i) => (i === 0 ? first : rest));
    const drawRow = (cells: string[], bold: boolean) => {
      doc.font(bold ? pdfFont.bold : pdfFont.regular).fontSize(8.5);
      const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 6 }))) + 6;
      ensure(height);
      const y = doc.y;
      let x = left;
      cells.forEach((c, i) => {
        doc.text(c, x + 3, y + 3, { width: widths[i]! - 6, align: i === 0 ? 'left' : 'right' });
        x += widths[i]!;
      });
      doc
        .moveTo(left, y + height)
        .lineTo(left + width, y + height)
        .lineWidth(0.5)
        .stroke('#c8ccd0');
      doc.x = left;
      doc.y = y + height;
    };
    ensure(40);
    doc.moveDown(0.4).font(pdfFont.bold).fontSize(10).text(block.caption, left, doc.y, { width });
    drawRow(block.headers, true);
    for (const row of block.rows) drawRow(row, false);
    doc.font(pdfFont.regular).fontSize(10).moveDown(0.4);
  };

  for (const section of input.sections) {
    ensure(80);
    doc
      .moveDown(0.8)
      .font(pdfFont.bold)
      .fontSize(16)
      .fillColor(accent)
      .text(section.title, left, doc.y, { width })
      .fillColor(ink)
      .font(pdfFont.regular)
      .fontSize(10);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') doc.moveDown(0.3).text(block.text, left, doc.y, { width, lineGap: 2 });
      else if (block.kind === 'list') doc.moveDown(0.3).list(block.items, { bulletRadius: 2 });
      else if (block.kind === 'table') table(block);
      else if (block.kind === 'entry') {
        ensure(60);
        doc.moveDown(0.5).font(pdfFont.bold).fontSize(11).text(block.title, left, doc.y, { width });
        for (const line of block.lines)
          doc.moveDown(0.15).font(pdfFont.bold).fontSize(10).text(line.label, { width }).font(pdfFont.regular).text(line.text, { width, lineGap: 2 });
      } else if (block.kind === 'story') {
        ensure(90);
        doc.moveDown(0.6).font(pdfFont.bold).fontSize(12).text(block.title, left, doc.y, { width });
        doc
          .font(pdfFont.italic)
          .fontSize(9)
          .text(t('finalReportPdf.toldBy', { teller: block.teller }));
        doc.font(pdfFont.regular).fontSize(10).moveDown(0.2).text(block.text, { width, lineGap: 2 });
        if (block.why) doc.moveDown(0.2).font(pdfFont.bold).text(t('finalReportPdf.why')).font(pdfFont.regular).text(block.why, { width, lineGap: 2 });
        for (const s of block.selections)
          doc
            .moveDown(0.2)
            .font(pdfFont.bold)
            .text(t('finalReportPdf.selectedBy', { group: s.group, date: s.heldOn }))
            .font(pdfFont.regular)
            .text(s.reason, { width, lineGap: 2 });
      } else {
        const drawing = layoutRippleMapForPdf(block, rippleLevelLabels(t), width);
        ensure(rippleMapHeight(drawing, width) + 40);
        doc.moveDown(0.6).font(pdfFont.bold).fontSize(12).text(block.title, left, doc.y, { width });
        if (block.subject) doc.font(pdfFont.regular).fontSize(9).text(block.subject, { width });
        doc.moveDown(0.3);
        const height = drawRippleMap(doc, drawing, { x: left, y: doc.y, width });
        doc.x = left;
        doc.y += height + 8;
        doc.font(pdfFont.regular).fontSize(10);
      }
    }
  }
  doc.end();
  return done;
}
