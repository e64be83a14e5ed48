import { layoutRippleMap, rippleLevels, type RippleDrawing, type RippleEdge, type RippleLevel, type RippleNode } from '@thuis/domain';
import { pdfFont } from './document.js';

const bandFills = ['#eef5fb', '#f2f7ee', '#fbf4e8'];

/** The column headings of a ripple map in the report's language (`ripplePdf.levels.*`). */
export function rippleLevelLabels(translate: (key: string) => string): Record<RippleLevel, string> {
  return Object.fromEntries(rippleLevels.map((level) => [level, translate(`ripplePdf.levels.${level}`)])) as Record<RippleLevel, string>;
}

/**
 * Draws a ripple map into a PDF at (x, y), scaled down to `width` when it is wider: the same layout
 * as the web's SVG export (three columns of levels, effects in the team's order, arrows). Returns the
 * height it took, so the report goes on below it. Keep the map on one page: start a new page first
 * when `rippleMapHeight` does not fit.
 */
export function drawRippleMap(doc: PDFKit.PDFDocument, drawing: RippleDrawing, at: { x: number; y: number; width: number }): number {
  const scale = Math.min(1, at.width / drawing.width);
  doc.save();
  doc.translate(at.x, at.y).scale(scale);
  drawing.bands.forEach((band, i) => {
    doc.rect(band.x, band.y, band.width, band.height).fillAndStroke(bandFills[i % bandFills.length]!, '#c8ccd0');
    doc
      .fillColor('#1a1a1a')
      .font(pdfFont.bold)
      .fontSize(drawing.fontSize + 2);
    doc.text(band.label, band.x, band.y + 12, { width: band.width, align: 'center', lineBreak: false });
  });
  for (const arrow of drawing.arrows) {
    doc.moveTo(arrow.from.x, arrow.from.y).lineTo(arrow.to.x, arrow.to.y).lineWidth(1.2).stroke('#444444');
    const [tip, left, right] = arrow.head;
    doc.polygon([tip.x, tip.y], [left.x, left.y], [right.x, right.y]).fill('#444444');
  }
  doc.font(pdfFont.regular).fontSize(drawing.fontSize);
  for (const box of drawing.boxes) {
    doc.roundedRect(box.x, box.y, box.width, box.height, 4).lineWidth(1.2).fillAndStroke('#ffffff', '#2b5f8a');
    const top = box.y + (box.height - box.lines.length * drawing.lineHeight) / 2;
    doc.fillColor('#1a1a1a');
    box.lines.forEach((line, i) => doc.text(line, box.x + 8, top + i * drawing.lineHeight, { width: box.width - 16, lineBreak: false }));
  }
  doc.restore();
  return drawing.height * scale;
}

/** Lays a map out for a page of the report: the columns share the width. */
export function layoutRippleMapForPdf(
  map: { nodes: readonly RippleNode[]; edges: readonly RippleEdge[] },
  labels: Record<RippleLevel, string>,
  width: number,
): RippleDrawing {
  return layoutRippleMap(map, { labels, columnWidth: Math.max(140, Math.floor((width - 40) / rippleLevels.length)), fontSize: 9 });
}

/** The height a map takes at this width, to decide whether it still fits on the page. */
export function rippleMapHeight(drawing: RippleDrawing, width: number): number {
  return drawing.height * Math.min(1, width / drawing.width);
}
