import { describe, expect, it } from 'vitest';
import { layoutRippleMap, rippleDrawingSvg, rippleLevelAt, rippleLevelX, wrapText, RIPPLE_COLUMN_WIDTH } from './layout.js';
import type { RippleNode } from './schemas.js';

const labels = { direct: 'Direct effect', indirect: 'Indirect effect', lasting: 'Langdurig effect' };
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const node = (n: number, level: RippleNode['level'], y: number, text = `Effect ${n}`): RippleNode => ({ id: id(n), level, text, x: rippleLevelX(level), y });

describe('the columns of the levels', () => {
  it('puts each level in its own column and reads the level back from a node position', () => {
    expect([rippleLevelX('direct'), rippleLevelX('indirect'), rippleLevelX('lasting')]).toEqual([40, 340, 640]);
    expect(rippleLevelAt(rippleLevelX('direct'))).toBe('direct');
    expect(rippleLevelAt(rippleLevelX('indirect'))).toBe('indirect');
    expect(rippleLevelAt(rippleLevelX('lasting'))).toBe('lasting');
  });

  it('takes the column that holds the middle of a dragged node, and the outer columns beyond the edges', () => {
    // A node of width 220 whose middle is just past the first column's right edge.
    expect(rippleLevelAt(RIPPLE_COLUMN_WIDTH - 110 + 1)).toBe('indirect');
    expect(rippleLevelAt(RIPPLE_COLUMN_WIDTH - 110 - 1)).toBe('direct');
    expect(rippleLevelAt(-5000)).toBe('direct');
    expect(rippleLevelAt(5000)).toBe('lasting');
  });
});

describe('wrapping text', () => {
  it('breaks at spaces within the width and cuts a word longer than a line', () => {
    expect(wrapText('Buren groeten elkaar op straat', 14)).toEqual(['Buren groeten', 'elkaar op', 'straat']);
    expect(wrapText('Wijkbewonersvereniging opgericht', 10)).toEqual(['Wijkbewone', 'rsverenigi', 'ng', 'opgericht']);
    expect(wrapText('   ', 10)).toEqual(['']);
  });
});

describe('laying out a map for print', () => {
  const nodes = [
    node(1, 'direct', 200),
    node(2, 'direct', 50),
    node(3, 'indirect', 0),
    node(4, 'lasting', 0, 'Een vaste wandelgroep die na het project doorgaat met een eigen trekker uit de buurt'),
  ];
  const edges = [
    { id: id(11), fromNodeId: id(2), toNodeId: id(3) },
    { id: id(12), fromNodeId: id(3), toNodeId: id(4) },
    { id: id(13), fromNodeId: id(1), toNodeId: id(2) },
    { id: id(14), fromNodeId: id(4), toNodeId: id(1) },
  ];
  const drawing = layoutRippleMap({ nodes, edges }, { labels, columnWidth: 180 });

  it('draws three columns headed by the levels, left to right', () => {
    expect(drawing.bands.map((b) => [b.level, b.label])).toEqual([
      ['direct', 'Direct effect'],
      ['indirect', 'Indirect effect'],
      ['lasting', 'Langdurig effect'],
    ]);
    expect(drawing.bands.map((b) => b.x)).toEqual([20, 200, 380]);
    expect(drawing.width).toBe(580);
  });

  it('keeps each node in its level column, in the order the team placed them, without overlap', () => {
    const box = (n: number) => drawing.boxes.find((b) => b.id === id(n))!;
    for (const b of drawing.boxes) {
      const band = drawing.bands.find((x) => x.level === b.level)!;
      expect(b.x).toBeGreaterThanOrEqual(band.x);
      expect(b.x + b.width).toBeLessThanOrEqual(band.x + band.width);
      expect(b.y + b.height).toBeLessThanOrEqual(drawing.height);
    }
    // Node 2 was placed above node 1.
    expect(box(2).y + box(2).height).toBeLessThan(box(1).y);
    // A long text wraps into several lines, and its box grows with them.
    expect(box(4).lines.length).toBeGreaterThan(2);
    expect(box(4).lines.join(' ')).toBe('Een vaste wandelgroep die na het project doorgaat met een eigen trekker uit de buurt');
    expect(box(4).height).toBeGreaterThan(box(3).height);
  });

  it('draws arrows from a box edge to the effect, with the arrowhead at the effect', () => {
    const arrow = (n: number) => drawing.arrows.find((a) => a.id === id(n))!;
    const box = (n: number) => drawing.boxes.find((b) => b.id === id(n))!;
    // Left to right: right edge of the cause to left edge of the effect.
    expect(arrow(11).from.x).toBe(box(2).x + box(2).width);
    expect(arrow(11).to.x).toBe(box(3).x);
    expect(arrow(11).head[0]).toEqual({ x: box(3).x, y: box(3).y + box(3).height / 2 });
    // Within a column, lower box to upper: from the top of the cause to the bottom of the effect.
    expect(arrow(13).from.y).toBe(box(1).y);
    expect(arrow(13).to.y).toBe(box(2).y + box(2).height);
    // Right to left.
    expect(arrow(14).from.x).toBe(box(4).x);
    expect(arrow(14).to.x).toBe(box(1).x + box(1).width);
    // The arrowhead's two back corners lie behind its tip.
    for (const corner of arrow(11).head.slice(1)) expect(corner.x).toBeLessThan(arrow(11).to.x);
  });

  it('leaves out an arrow to a node that is not on the map', () => {
    const partial = layoutRippleMap({ nodes: [node(1, 'direct', 0)], edges: [{ id: id(20), fromNodeId: id(1), toNodeId: id(99) }] }, { labels });
    expect(partial.arrows).toEqual([]);
  });

  it('writes an SVG with every node text escaped and the level headings', () => {
    const svg = rippleDrawingSvg(layoutRippleMap({ nodes: [node(1, 'direct', 0, 'Koffie & <thee>')], edges: [] }, { labels }), 'Wandelclub "Spoor"');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Koffie &amp; &lt;thee&gt;');
    expect(svg).toContain('<title>Wandelclub &quot;Spoor&quot;</title>');
    for (const label of Object.values(labels)) expect(svg).toContain(label);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });
});
