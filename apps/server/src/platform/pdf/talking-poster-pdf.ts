import { socialQualityConditions, SMALL_CELL_THRESHOLD, type PictureContent, type SocialQualityCondition, type ThemeValence } from '@thuis/domain';
import type { Translate } from '../i18n/translate.js';
import { collectPdf, newPdfDocument, pdfFont } from './document.js';
import { draftMark, type PictureMeta } from './picture-pdf.js';

const ink = '#1f2a37';
const accent = '#1a4c8b';
const valenceColour: Record<ThemeValence, string> = { promising: '#1e6b3a', concern: '#9a3412' };
const wallColour: Record<SocialQualityCondition, string> = {
  socio_economic_security: '#f6d98b',
  social_cohesion: '#f4b19a',
  social_inclusion: '#add8bd',
  social_empowerment: '#a9c9ea',
};
/** Themes shown under a house; more are counted ("and 3 more"). */
const themesPerHouse = 5;

type Doc = PDFKit.PDFDocument;

/** The icon of a condition of social quality, drawn in a circle of radius r around (x, y): shapes only, no text. */
function drawConditionIcon(doc: Doc, condition: SocialQualityCondition, x: number, y: number, r: number) {
  doc.save();
  doc.circle(x, y, r).fill('#ffffff');
  doc.fillColor(accent).strokeColor(accent);
  const person = (px: number, py: number, k: number) => {
    doc.circle(px, py - k * 0.45, k * 0.28).fill();
    doc.roundedRect(px - k * 0.42, py - k * 0.1, k * 0.84, k * 0.7, k * 0.3).fill();
  };
  if (condition === 'socio_economic_security') {
    // A stack of coins: making ends meet.
    for (let i = 0; i < 4; i++) {
      const cy = y + r * 0.42 - i * r * 0.26;
      doc.rect(x - r * 0.5, cy, r, r * 0.14).fill();
      doc
        .ellipse(x, cy, r * 0.5, r * 0.16)
        .lineWidth(r * 0.06)
        .fillAndStroke(accent, '#ffffff');
    }
  } else if (condition === 'social_cohesion') {
    // Two people side by side: neighbours who know each other.
    person(x - r * 0.3, y + r * 0.1, r * 0.75);
    person(x + r * 0.3, y + r * 0.1, r * 0.75);
  } else if (condition === 'social_inclusion') {
    // A circle of people with room for one more: everyone takes part.
    for (let i = 0; i < 6; i++) {
      const a = (i / 6) * Math.PI * 2;
      doc.circle(x + Math.cos(a) * r * 0.55, y + Math.sin(a) * r * 0.55, r * 0.16).fill();
    }
  } else {
    // A megaphone: having a say.
    doc.polygon([x - r * 0.55, y - r * 0.2], [x + r * 0.45, y - r * 0.6], [x + r * 0.45, y + r * 0.6], [x - r * 0.55, y + r * 0.2]).fill();
    doc.rect(x - r * 0.7, y - r * 0.2, r * 0.2, r * 0.4).fill();
    doc.rect(x - r * 0.35, y + r * 0.2, r * 0.15, r * 0.4).fill();
  }
  doc.restore();
}

/** The mark of a theme's kind, so it is not told by colour only: a circle for promising, a diamond for a concern. */
function drawValenceMark(doc: Doc, valence: ThemeValence, x: number, y: number, size: number) {
  doc.save().fillColor(valenceColour[valence]);
  if (valence === 'promising') doc.circle(x + size / 2, y + size / 2, size / 2).fill();
  else doc.polygon([x + size / 2, y], [x + size, y + size / 2], [x + size / 2, y + size], [x, y + size / 2]).fill();
  doc.restore();
}

/** A house of the street, walls in the condition's colour; returns nothing, draws only. */
function drawHouse(doc: Doc, x: number, ground: number, w: number, h: number, wall: string) {
  const roof = h * 0.45;
  doc.save();
  doc.rect(x, ground - h, w, h).fill(wall);
  doc.polygon([x - 6, ground - h], [x + w / 2, ground - h - roof], [x + w + 6, ground - h]).fill('#7c3f2a');
  doc.rect(x + w * 0.42, ground - h * 0.38, w * 0.16, h * 0.38).fill('#5a3b2a');
  doc.restore();
}

function drawTree(doc: Doc, x: number, ground: number, h: number) {
  doc.save();
  doc.rect(x - h * 0.05, ground - h * 0.45, h * 0.1, h * 0.45).fill('#6b4a2f');
  doc.circle(x, ground - h * 0.65, h * 0.3).fill('#3f7d4e');
  doc.restore();
}

/** "< 5" for a figure the small-cell rule hides, the number otherwise. */
function figureText(count: number | null, t: Translate) {
  return count === null ? t('posterPdf.hiddenFigure', { threshold: SMALL_CELL_THRESHOLD }) : String(count);
}

/**
 * The talking poster (A3, one page) for residents: the themes as a street of four houses, one per
 * condition of social quality, the top 5 lists with how many households raised them, quotes in
 * speech bubbles, and the meeting it invites to. All text stays text (readable aloud, copyable).
 */
export async function renderTalkingPoster(content: PictureContent, meta: PictureMeta, t: Translate): Promise<Buffer> {
  // No bottom margin: PDFKit starts a new page for text below it, and the poster is one page by design.
  const doc = newPdfDocument({ size: 'A3', margins: { top: 40, bottom: 0, left: 40, right: 40 }, info: { Title: meta.title, Author: meta.projectName } });
  const done = collectPdf(doc);
  const margin = 40;
  const left = margin;
  const width = doc.page.width - 2 * margin;
  const pageBottom = doc.page.height - margin;

  const spokenTo = content.households !== null ? t('picturePdf.spokenTo', { count: content.households }) : null;
  const households = new Map<string, number | null>();
  for (const condition of socialQualityConditions) for (const theme of content.themesByCondition[condition]) households.set(theme.name, theme.households);
  const charted = (['promising', 'concern'] as const).flatMap((valence) =>
    content.topLists[valence].filter((name) => households.has(name)).map((name) => ({ name, valence, count: households.get(name)! })),
  );
  const showChart = charted.length > 0 && !content.tooFewHouseholds;

  /** Draws (or only measures) a text block at (x, y); returns its height. */
  const text = (
    draw: boolean,
    font: string,
    size: number,
    colour: string,
    value: string,
    x: number,
    y: number,
    w: number,
    options: PDFKit.Mixins.TextOptions = {},
  ) => {
    doc.font(font).fontSize(size);
    const height = Math.min(doc.heightOfString(value, { width: w, ...options }), options.height ?? Infinity);
    if (draw) doc.fillColor(colour).text(value, x, y, { width: w, ...options });
    return height;
  };

  // ---- The parts of the page, top to bottom; each draws at y (or measures) and returns its height ----

  const header = (y: number, s: number, draw: boolean) => {
    const pad = 22 * s;
    const inner = width - 2 * pad;
    let h = pad + text(false, pdfFont.bold, 40 * s, '#fff', meta.title, 0, 0, inner);
    h += 4 * s + text(false, pdfFont.regular, 18 * s, '#fff', meta.projectName, 0, 0, inner) + pad;
    if (draw) {
      doc.save().roundedRect(left, y, width, h, 14).fill(accent).restore();
      const titleHeight = text(true, pdfFont.bold, 40 * s, '#ffffff', meta.title, left + pad, y + pad, inner);
      text(true, pdfFont.regular, 18 * s, '#ffffff', meta.projectName, left + pad, y + pad + titleHeight + 4 * s, inner);
    }
    return h;
  };

  const intro = (introLimit: number) => (y: number, s: number, draw: boolean) => {
    let h = 0;
    if (meta.introduction && introLimit > 0) {
      const options = Number.isFinite(introLimit) ? { lineGap: 3, height: introLimit, ellipsis: true } : { lineGap: 3 };
      h += text(draw, pdfFont.regular, 16 * s, ink, meta.introduction, left, y, width, options) + 8 * s;
    }
    if (spokenTo) h += text(draw, pdfFont.bold, 16 * s, ink, spokenTo, left, y + h, width);
    return h;
  };

  const street = (y: number, s: number, draw: boolean) => {
    const gap = 16;
    const column = (width - 3 * gap) / 4;
    const houseHeight = 110 * s;
    const skyHeight = houseHeight * 1.6;
    const roadHeight = 26 * s;
    const titleHeight = text(draw, pdfFont.bold, 22 * s, accent, t('posterPdf.streetTitle'), left, y, width);
    const top = y + titleHeight + 8 * s;
    const groundAt = top + skyHeight;
    if (draw) {
      doc.save();
      doc.roundedRect(left, top, width, skyHeight + roadHeight, 10).fill('#e8f1fa');
      // The sun between the second and third roof, clear of both.
      doc.circle(left + 2 * column + 1.5 * gap, top + 30 * s, 18 * s).fill('#f5c542');
      doc.rect(left, groundAt, width, roadHeight).fill('#8a9099');
      doc
        .moveTo(left + 10, groundAt + roadHeight / 2)
        .lineTo(left + width - 10, groundAt + roadHeight / 2)
        .lineWidth(2)
        .dash(14, { space: 10 })
        .stroke('#ffffff')
        .undash();
      doc.restore();
    }
    let below = 0;
    socialQualityConditions.forEach((condition, i) => {
      const x = left + i * (column + gap);
      const houseWidth = column * 0.62;
      const houseX = x + (column - houseWidth) / 2;
      if (draw) {
        drawHouse(doc, houseX, groundAt, houseWidth, houseHeight, wallColour[condition]);
        drawConditionIcon(doc, condition, houseX + houseWidth / 2, groundAt - houseHeight * 0.68, Math.min(houseWidth, houseHeight) * 0.26);
        if (i < 3) drawTree(doc, x + column + gap / 2, groundAt, 70 * s);
      }
      // Under the street: the condition in plain words and its themes.
      let h = groundAt + roadHeight + 8 * s - y;
      h += text(draw, pdfFont.bold, 15 * s, ink, t(`posterPdf.conditions.${condition}`), x, y + h, column) + 5 * s;
      const themes = content.themesByCondition[condition];
      const mark = 10 * s;
      for (const theme of themes.slice(0, themesPerHouse)) {
        if (draw) drawValenceMark(doc, theme.valence, x, y + h + 3 * s, mark);
        h += text(draw, pdfFont.regular, 12 * s, ink, theme.name, x + mark + 5, y + h, column - mark - 5, { height: 2 * 17 * s, ellipsis: true }) + 4 * s;
      }
      if (themes.length > themesPerHouse)
        h += text(draw, pdfFont.italic, 11 * s, ink, t('posterPdf.moreThemes', { count: themes.length - themesPerHouse }), x, y + h, column);
      if (themes.length === 0) h += text(draw, pdfFont.italic, 11 * s, '#4b5563', t('posterPdf.noThemes'), x, y + h, column);
      below = Math.max(below, h);
    });
    // The legend of the marks, in words.
    const legendY = y + below + 6 * s;
    const mark = 10 * s;
    let x = left;
    for (const valence of ['promising', 'concern'] as const) {
      if (draw) drawValenceMark(doc, valence, x, legendY + 3 * s, mark);
      const label = t(`posterPdf.legend.${valence}`);
      doc.font(pdfFont.regular).fontSize(12 * s);
      text(draw, pdfFont.regular, 12 * s, ink, label, x + mark + 5, legendY, width / 2);
      x += mark + 5 + doc.widthOfString(label) + 24;
    }
    return below + 6 * s + 17 * s;
  };

  const lists = (y: number, s: number, draw: boolean) => {
    const gap = 30;
    const column = showChart ? (width - gap) * 0.48 : width;
    let h = 0;
    for (const valence of ['promising', 'concern'] as const) {
      const title = t(valence === 'promising' ? 'picturePdf.topPromising' : 'picturePdf.topConcern');
      h += text(draw, pdfFont.bold, 20 * s, valenceColour[valence], title, left, y + h, column) + 4 * s;
      const names = content.topLists[valence];
      const lines = names.length ? names.map((name, i) => `${i + 1}. ${name}`) : [t('picturePdf.none')];
      for (const line of lines) h += text(draw, pdfFont.regular, 15 * s, ink, line, left, y + h, column) + 3 * s;
      h += 10 * s;
    }
    if (!showChart) return h;
    // The chart: how many households raised each theme of the lists; a hidden figure reads "< 5".
    const x = left + column + gap;
    const w = width - column - gap;
    let c = text(draw, pdfFont.bold, 18 * s, accent, t('posterPdf.chartTitle'), x, y, w) + 8 * s;
    const labelWidth = w * 0.5;
    const barArea = w - labelWidth - 50;
    const max = Math.max(1, ...charted.map((row) => row.count ?? 0));
    for (const row of charted) {
      const labelHeight = text(draw, pdfFont.regular, 12 * s, ink, row.name, x, y + c, labelWidth - 8, { height: 2 * 17 * s, ellipsis: true });
      const barHeight = 14 * s;
      const rowHeight = Math.max(labelHeight, barHeight) + 8 * s;
      const barY = y + c + 2 * s;
      const length = row.count === null ? 0 : (row.count / max) * barArea;
      if (draw) {
        if (length > 0)
          doc
            .save()
            .rect(x + labelWidth, barY, length, barHeight)
            .fill(valenceColour[row.valence])
            .restore();
        else
          doc
            .save()
            .rect(x + labelWidth, barY, 3, barHeight)
            .fill('#9ca3af')
            .restore();
      }
      const valueFont = row.count === null ? pdfFont.italic : pdfFont.bold;
      text(draw, valueFont, 12 * s, ink, figureText(row.count, t), x + labelWidth + Math.max(length, 3) + 6, barY, 60, { lineBreak: false });
      c += rowHeight;
    }
    if (charted.some((row) => row.count === null))
      c += text(draw, pdfFont.regular, 10 * s, '#4b5563', t('posterPdf.hiddenNote', { threshold: SMALL_CELL_THRESHOLD }), x, y + c, w);
    return Math.max(h, c);
  };

  const quotes = (count: number) => (y: number, s: number, draw: boolean) => {
    const shown = content.quotes.slice(0, count);
    if (shown.length === 0) return 0;
    const gap = 24;
    const column = (width - gap) / 2;
    const pad = 14 * s;
    const tail = 16 * s;
    let h = text(draw, pdfFont.bold, 22 * s, accent, t('picturePdf.quotesTitle'), left, y, width) + 10 * s;
    for (let i = 0; i < shown.length; i += 2) {
      const pair = shown.slice(i, i + 2);
      const options = { height: 7 * 22 * s, ellipsis: true, lineGap: 2 };
      const heights = pair.map((q) => text(false, pdfFont.italic, 15 * s, ink, `“${q.text}”`, 0, 0, column - 2 * pad, options));
      const bubble = Math.max(...heights) + 2 * pad;
      pair.forEach((q, j) => {
        if (!draw) return;
        const x = left + j * (column + gap);
        const by = y + h;
        doc.save();
        doc.roundedRect(x, by, column, bubble, 16).fillAndStroke('#eef3fa', accent);
        doc.polygon([x + 40, by + bubble - 1], [x + 70, by + bubble - 1], [x + 36, by + bubble + tail]).fillAndStroke('#eef3fa', accent);
        // Covers the bubble's border where the tail joins it.
        doc.rect(x + 41, by + bubble - 2, 28, 2.5).fill('#eef3fa');
        doc.restore();
        text(true, pdfFont.italic, 15 * s, ink, `“${q.text}”`, x + pad, by + pad, column - 2 * pad, options);
      });
      h += bubble + tail + 12 * s;
    }
    return h;
  };

  /** The invitation at the foot of the page: what, when, where and whom to ask. */
  const meetingRows = meta.meeting
    ? ([
        [t('posterPdf.when'), meta.meeting.when],
        [t('posterPdf.where'), meta.meeting.place],
        [t('posterPdf.contact'), meta.meeting.contact],
      ] as const)
    : [];
  const invitation = (y: number, s: number, draw: boolean) => {
    const pad = 20 * s;
    const inner = width - 2 * pad;
    const labelWidth = 130 * s;
    const measureRows = () =>
      meetingRows.reduce((sum, [, value]) => sum + Math.max(text(false, pdfFont.regular, 18 * s, '#fff', value, 0, 0, inner - labelWidth), 18 * s) + 6 * s, 0);
    const h = 2 * pad + text(false, pdfFont.bold, 30 * s, '#fff', t('picturePdf.posterInvite'), 0, 0, inner) + 8 * s + measureRows();
    if (!draw) return h;
    doc.save().roundedRect(left, y, width, h, 14).fill(accent).restore();
    let at = y + pad + text(true, pdfFont.bold, 30 * s, '#ffffff', t('picturePdf.posterInvite'), left + pad, y + pad, inner) + 8 * s;
    for (const [label, value] of meetingRows) {
      text(true, pdfFont.bold, 18 * s, '#ffffff', label, left + pad, at, labelWidth);
      at += Math.max(text(true, pdfFont.regular, 18 * s, '#ffffff', value, left + pad + labelWidth, at, inner - labelWidth), 18 * s) + 6 * s;
    }
    return h;
  };

  // ---- Fitting: the largest text at which everything fits; then fewer quotes; then a shorter introduction ----

  const gapAt = (s: number) => 22 * s;
  const measure = (parts: ((y: number, s: number, draw: boolean) => number)[], s: number) =>
    parts.reduce((sum, part) => {
      const h = part(0, s, false);
      return h > 0 ? sum + h + gapAt(s) : sum;
    }, 0);
  const available = pageBottom - margin;
  const scales = [1.8, 1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1, 0.9, 0.8, 0.7, 0.6];
  const partsWith = (quoteCount: number, introLimit = Infinity) => [header, intro(introLimit), street, lists, quotes(quoteCount)];
  let quoteCount = Math.min(4, content.quotes.length);
  let introLimit = Infinity;
  let scale = scales.find((s) => measure(partsWith(quoteCount), s) + invitation(0, s, false) <= available);
  if (scale === undefined) {
    scale = scales[scales.length - 1]!;
    const fits = () => measure(partsWith(quoteCount, introLimit), scale!) + invitation(0, scale!, false) <= available;
    while (quoteCount > 0 && !fits()) quoteCount--;
    if (!fits() && meta.introduction) {
      const rest = measure(partsWith(quoteCount, 0), scale) + invitation(0, scale, false);
      introLimit = Math.max(0, available - rest - 8 * scale);
    }
  }
  const parts = partsWith(quoteCount, introLimit);
  const invitationHeight = invitation(0, scale, false);
  // The room left over is shared out between the parts, so the page is filled top to bottom.
  const slack = Math.max(0, available - measure(parts, scale) - invitationHeight);
  const gap = gapAt(scale) + slack / parts.filter((part) => part(0, scale, false) > 0).length;
  let y = margin;
  for (const part of parts) {
    const h = part(y, scale, true);
    if (h > 0) y += h + gap;
  }
  invitation(pageBottom - invitationHeight, scale, true);
  draftMark(doc, meta);
  doc.end();
  return done;
}
