import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { rippleLevelX, type RippleNode } from '@thuis/domain';
import { translatorFor } from '../i18n/translate.js';
import { collectPdf, newPdfDocument } from './document.js';
import { drawRippleMap, layoutRippleMapForPdf, rippleLevelLabels, rippleMapHeight } from './ripple-map-pdf.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const node = (n: number, level: RippleNode['level'], text: string, y = n * 100): RippleNode => ({ id: id(n), level, text, x: rippleLevelX(level), y });

describe('a ripple map in a PDF', () => {
  it('draws the three level headings and every effect, scaled into the page width', async () => {
    const nodes = [
      node(1, 'direct', 'Ouderen die weinig buiten kwamen, wandelen elke week mee'),
      node(2, 'indirect', 'Buren kennen en groeten elkaar op straat'),
      node(3, 'lasting', 'Minder eenzaamheid onder ouderen in de buurt'),
    ];
    const edges = [
      { id: id(11), fromNodeId: id(1), toNodeId: id(2) },
      { id: id(12), fromNodeId: id(2), toNodeId: id(3) },
    ];
    const doc = newPdfDocument({ size: 'A4', margin: 50 });
    const pdf = collectPdf(doc);
    const width = doc.page.width - 100;
    const drawing = layoutRippleMapForPdf({ nodes, edges }, rippleLevelLabels(translatorFor('nl')), width);
    expect(drawing.width).toBeLessThanOrEqual(width);
    const used = drawRippleMap(doc, drawing, { x: 50, y: 80, width });
    expect(used).toBeCloseTo(rippleMapHeight(drawing, width));
    doc.end();

    const parser = new PDFParse({ data: new Uint8Array(await pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    for (const heading of ['Direct effect', 'Indirect effect', 'Langdurig effect']) expect(text).toContain(heading);
    for (const word of ['wandelen elke week mee', 'groeten elkaar', 'Minder eenzaamheid']) expect(text).toContain(word);
  });

  it('scales a wide map down to the width it is given', () => {
    const drawing = layoutRippleMapForPdf({ nodes: [node(1, 'direct', 'Effect')], edges: [] }, rippleLevelLabels(translatorFor('en')), 1200);
    expect(drawing.bands.map((b) => b.label)).toEqual(['Direct effect', 'Indirect effect', 'Lasting effect']);
    expect(rippleMapHeight(drawing, drawing.width / 2)).toBeCloseTo(drawing.height / 2);
  });
});
