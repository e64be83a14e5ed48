import { rippleLevels, type RippleEdge, type RippleLevel, type RippleNode } from './schemas.js';

/**
 * Where the three levels sit on a drawing, and a drawing of a whole map that any renderer can draw:
 * the editor's export (SVG, PNG) and the final report's PDF use the same instructions, so the map
 * looks alike everywhere. Pure: no DOM, no fonts; text is wrapped by a character count.
 */
export const RIPPLE_COLUMN_WIDTH = 300;
export const RIPPLE_NODE_WIDTH = 220;
/** Left margin of a node inside its column, in the editor. */
export const RIPPLE_NODE_INSET = (RIPPLE_COLUMN_WIDTH - RIPPLE_NODE_WIDTH) / 2;

/** The editor's x of a node placed in a level's column. */
export function rippleLevelX(level: RippleLevel): number {
  return rippleLevels.indexOf(level) * RIPPLE_COLUMN_WIDTH + RIPPLE_NODE_INSET;
}

/** The level whose column holds the middle of a node at x (left or right of the drawing: the outer columns). */
export function rippleLevelAt(x: number): RippleLevel {
  const index = Math.floor((x + RIPPLE_NODE_WIDTH / 2) / RIPPLE_COLUMN_WIDTH);
  return rippleLevels[Math.min(rippleLevels.length - 1, Math.max(0, index))]!;
}

/** Splits text into lines of at most `max` characters, at spaces where it can, cutting over-long words. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const raw of text.trim().split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (word.length > max) {
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, max));
      word = word.slice(max);
    }
    if (!word) continue;
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export interface Point {
  x: number;
  y: number;
}
export interface RippleDrawing {
  width: number;
  height: number;
  /** One column per level, left to right: direct, indirect, lasting. */
  bands: { level: RippleLevel; label: string; x: number; y: number; width: number; height: number }[];
  boxes: { id: string; level: RippleLevel; x: number; y: number; width: number; height: number; lines: string[] }[];
  /** From a cause's box to its effect's box; `head` is the arrowhead's triangle at `to`. */
  arrows: { id: string; from: Point; to: Point; head: [Point, Point, Point] }[];
  fontSize: number;
  lineHeight: number;
}

export interface RippleLayoutOptions {
  /** The heading of each level's column, in the reader's language. */
  labels: Record<RippleLevel, string>;
  columnWidth?: number;
  boxWidth?: number;
  fontSize?: number;
}

const margin = 20;
const headerHeight = 40;
const gap = 16;
const padding = 8;
const headLength = 9;

/**
 * Lays a map out for print: every node in its level's column, in the order the team placed them
 * (top to bottom), stacked without overlap; arrows between box edges.
 */
export function layoutRippleMap(map: { nodes: readonly RippleNode[]; edges: readonly RippleEdge[] }, options: RippleLayoutOptions): RippleDrawing {
  const columnWidth = options.columnWidth ?? 180;
  const boxWidth = options.boxWidth ?? columnWidth - 24;
  const fontSize = options.fontSize ?? 10;
  const lineHeight = Math.round(fontSize * 1.3 * 10) / 10;
  // An average character is about half the font size wide.
  const charsPerLine = Math.max(8, Math.floor((boxWidth - 2 * padding) / (fontSize * 0.55)));
  const boxes: RippleDrawing['boxes'] = [];
  let bottom = margin + headerHeight;
  rippleLevels.forEach((level, column) => {
    const nodes = map.nodes.filter((n) => n.level === level).sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
    let y = margin + headerHeight + gap;
    for (const node of nodes) {
      const lines = wrapText(node.text, charsPerLine);
      const height = 2 * padding + lines.length * lineHeight;
      boxes.push({ id: node.id, level, x: margin + column * columnWidth + (columnWidth - boxWidth) / 2, y, width: boxWidth, height, lines });
      y += height + gap;
    }
    bottom = Math.max(bottom, y);
  });
  const height = bottom + margin;
  const width = 2 * margin + rippleLevels.length * columnWidth;
  const bands = rippleLevels.map((level, column) => ({
    level,
    label: options.labels[level],
    x: margin + column * columnWidth,
    y: margin,
    width: columnWidth,
    height: height - 2 * margin,
  }));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const arrows: RippleDrawing['arrows'] = [];
  for (const edge of map.edges) {
    const from = byId.get(edge.fromNodeId);
    const to = byId.get(edge.toNodeId);
    if (!from || !to) continue;
    const [start, end] = connect(from, to);
    arrows.push({ id: edge.id, from: start, to: end, head: arrowHead(start, end) });
  }
  return { width, height, bands, boxes, arrows, fontSize, lineHeight };
}

type Box = RippleDrawing['boxes'][number];
function connect(from: Box, to: Box): [Point, Point] {
  const middleY = (b: Box) => b.y + b.height / 2;
  const middleX = (b: Box) => b.x + b.width / 2;
  if (from.x + from.width <= to.x)
    return [
      { x: from.x + from.width, y: middleY(from) },
      { x: to.x, y: middleY(to) },
    ];
  if (to.x + to.width <= from.x)
    return [
      { x: from.x, y: middleY(from) },
      { x: to.x + to.width, y: middleY(to) },
    ];
  // Same column: from the bottom of the upper box to the top of the lower one.
  return from.y <= to.y
    ? [
        { x: middleX(from), y: from.y + from.height },
        { x: middleX(to), y: to.y },
      ]
    : [
        { x: middleX(from), y: from.y },
        { x: middleX(to), y: to.y + to.height },
      ];
}

function arrowHead(from: Point, to: Point): [Point, Point, Point] {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const side = (turn: number) => ({ x: round(to.x - headLength * Math.cos(angle + turn)), y: round(to.y - headLength * Math.sin(angle + turn)) });
  return [{ x: round(to.x), y: round(to.y) }, side(Math.PI / 7), side(-Math.PI / 7)];
}
const round = (n: number) => Math.round(n * 100) / 100;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The drawing as a standalone SVG document (export, or an image in a report). */
export function rippleDrawingSvg(drawing: RippleDrawing, title: string): string {
  const { width, height, fontSize, lineHeight } = drawing;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif" font-size="${fontSize}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  drawing.bands.forEach((band, i) => {
    parts.push(`<rect x="${band.x}" y="${band.y}" width="${band.width}" height="${band.height}" fill="${bandFills[i % bandFills.length]}" stroke="#c8ccd0"/>`);
    parts.push(
      `<text x="${band.x + band.width / 2}" y="${band.y + 24}" text-anchor="middle" font-weight="bold" font-size="${fontSize + 2}" fill="#1a1a1a">${escapeXml(band.label)}</text>`,
    );
  });
  for (const arrow of drawing.arrows) {
    parts.push(
      `<line x1="${round(arrow.from.x)}" y1="${round(arrow.from.y)}" x2="${round(arrow.to.x)}" y2="${round(arrow.to.y)}" stroke="#444444" stroke-width="1.5"/>`,
    );
    parts.push(`<polygon points="${arrow.head.map((p) => `${p.x},${p.y}`).join(' ')}" fill="#444444"/>`);
  }
  for (const box of drawing.boxes) {
    parts.push(`<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="4" fill="#ffffff" stroke="#2b5f8a" stroke-width="1.5"/>`);
    box.lines.forEach((line, i) =>
      parts.push(`<text x="${box.x + padding}" y="${round(box.y + padding + (i + 0.8) * lineHeight)}" fill="#1a1a1a">${escapeXml(line)}</text>`),
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
const bandFills = ['#eef5fb', '#f2f7ee', '#fbf4e8'];
