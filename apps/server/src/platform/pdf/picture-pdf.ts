import { socialQualityConditions, SMALL_CELL_THRESHOLD, type PictureContent } from '@thuis/domain';
import type { Translate } from '../i18n/translate.js';
import { chartFont, collectPdf, newPdfDocument, pdfFont } from './document.js';

export interface PictureMeta {
  title: string;
  projectName: string;
  introduction: string;
  version: number;
  date: string;
  /** Marked on every page until published. */
  draft: string | null;
}

const ink = '#1f2a37';
const accent = '#1a4c8b';

/** A horizontal bar chart of the shown answers, drawn by ECharts (the app's chart library) as SVG. */
function answersChart(echarts: typeof import('echarts'), options: { label: string; count: number }[], width: number): { svg: string; height: number } {
  const height = 40 + options.length * 26;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: ink, fontSize: 10 } },
    yAxis: { type: 'category', inverse: true, data: options.map((o) => o.label), axisLabel: { color: ink, fontSize: 10, width: 160, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: options.map((o) => o.count),
        itemStyle: { color: accent },
        barMaxWidth: 18,
        label: { show: true, position: 'right', color: ink, fontSize: 10 },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return { svg, height };
}

function heading(doc: PDFKit.PDFDocument, text: string, size = 15) {
  doc.moveDown(0.8).font(pdfFont.bold).fontSize(size).fillColor(accent).text(text).fillColor(ink).font(pdfFont.regular).fontSize(11).moveDown(0.3);
}

function draftMark(doc: PDFKit.PDFDocument, meta: PictureMeta) {
  if (!meta.draft) return;
  const { x, y } = { x: doc.x, y: doc.y };
  doc
    .font(pdfFont.bold)
    .fontSize(9)
    .fillColor('#b42318')
    .text(meta.draft, doc.page.margins.left, 24, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: 'center' });
  doc.fillColor(ink).font(pdfFont.regular).fontSize(11);
  doc.x = x;
  doc.y = y;
}

/** The report (A4): figures, themes per condition of social quality, top 5 lists and quotes. */
/** How many households were spoken to: the number, or why it is not there (too few, or too close to an earlier version's). */
function spokenToText(content: PictureContent, t: Translate) {
  if (content.households !== null) return t('picturePdf.spokenTo', { count: content.households });
  return content.tooFewHouseholds === false ? t('picturePdf.spokenToHidden') : t('picturePdf.spokenToFew', { threshold: SMALL_CELL_THRESHOLD });
}

export async function renderPictureReport(content: PictureContent, meta: PictureMeta, t: Translate): Promise<Buffer> {
  // The chart libraries are loaded at the first report, not at every start of the server.
  const [echarts, { default: SVGtoPDF }] = await Promise.all([import('echarts'), import('svg-to-pdfkit')]);
  const doc = newPdfDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 }, info: { Title: meta.title, Author: meta.projectName } });
  const done = collectPdf(doc);
  doc.on('pageAdded', () => draftMark(doc, meta));
  draftMark(doc, meta);
  const width = doc.page.width - 128;
  const threshold = SMALL_CELL_THRESHOLD;

  doc.font(pdfFont.bold).fontSize(22).fillColor(accent).text(meta.title);
  doc
    .font(pdfFont.regular)
    .fontSize(12)
    .fillColor(ink)
    .text(meta.projectName)
    .text(t('picturePdf.version', { version: meta.version, date: meta.date }));
  if (meta.introduction) doc.moveDown().fontSize(11).text(meta.introduction, { lineGap: 2 });
  doc.moveDown().text(spokenToText(content, t));

  for (const valence of ['promising', 'concern'] as const) {
    heading(doc, t(valence === 'promising' ? 'picturePdf.topPromising' : 'picturePdf.topConcern'));
    const names = content.topLists[valence];
    if (names.length === 0) doc.text(t('picturePdf.none'));
    names.forEach((name, i) => doc.text(`${i + 1}. ${name}`));
  }

  heading(doc, t('picturePdf.themesTitle'));
  for (const condition of socialQualityConditions) {
    const themes = content.themesByCondition[condition];
    if (themes.length === 0) continue;
    doc
      .moveDown(0.4)
      .font(pdfFont.bold)
      .fontSize(12)
      .text(t(`socialQualityConditions.${condition}`))
      .font(pdfFont.regular)
      .fontSize(11);
    for (const theme of themes) {
      const count = theme.households === null ? t('picturePdf.themeHiddenHouseholds') : t('picturePdf.themeHouseholds', { count: theme.households });
      doc.text(`• ${theme.name} (${t(`themeValences.${theme.valence}`).toLowerCase()}, ${count})`, { indent: 8 });
      if (theme.description) doc.fontSize(10).text(theme.description, { indent: 20 }).fontSize(11);
    }
  }

  if (content.quotes.length) {
    heading(doc, t('picturePdf.quotesTitle'));
    for (const quote of content.quotes) {
      doc.font(pdfFont.italic).text(`“${quote.text}”`, { indent: 8 });
      if (quote.theme) doc.font(pdfFont.regular).fontSize(9).fillColor('#555').text(quote.theme, { indent: 8 }).fillColor(ink).fontSize(11);
      doc.font(pdfFont.regular).moveDown(0.4);
    }
  }

  if (content.questions.length) {
    doc.addPage();
    heading(doc, t('picturePdf.figuresTitle'));
    for (const question of content.questions) {
      const shown = question.options.filter((o): o is { label: string; count: number } => o.count !== null);
      const hidden = [
        ...question.options.filter((o) => o.count === null).map((o) => o.label),
        ...(question.noAnswer === null ? [t('picturePdf.noAnswer')] : []),
      ];
      const chart = answersChart(echarts, shown, width);
      if (doc.y + chart.height + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      doc.font(pdfFont.bold).fontSize(11).text(question.label).font(pdfFont.regular);
      if (question.multiple) doc.fontSize(9).text(t('picturePdf.multiple')).fontSize(11);
      if (shown.length) {
        SVGtoPDF(doc, chart.svg, doc.page.margins.left, doc.y + 4, { width, height: chart.height, assumePt: true, fontCallback: chartFont });
        doc.y += chart.height + 8;
      }
      if (hidden.length)
        doc
          .fontSize(9)
          .text(t('picturePdf.hidden', { labels: hidden.join(', ') }))
          .fontSize(11);
      doc.moveDown(0.6);
    }
  }
  doc.moveDown().fontSize(9).fillColor('#555').text(t('picturePdf.protection', { threshold }), doc.page.margins.left, doc.y, { width });
  doc.end();
  return done;
}

/** The talking poster (A3, one page) for residents: plain language, the top 5 lists and a few quotes. */
export async function renderTalkingPoster(content: PictureContent, meta: PictureMeta, t: Translate): Promise<Buffer> {
  const doc = newPdfDocument({ size: 'A3', margins: { top: 60, bottom: 60, left: 60, right: 60 }, info: { Title: meta.title, Author: meta.projectName } });
  const done = collectPdf(doc);
  draftMark(doc, meta);
  const left = 60;
  const width = doc.page.width - 120;
  const column = (width - 40) / 2;
  const inviteTop = doc.page.height - 130;
  const contentBottom = inviteTop - 30;
  const spokenTo = content.households !== null ? t('picturePdf.spokenTo', { count: content.households }) : null;
  const columns = [
    { x: left, valence: 'promising' as const, title: t('picturePdf.topPromising'), colour: '#1e6b3a' },
    { x: left + column + 40, valence: 'concern' as const, title: t('picturePdf.topConcern'), colour: '#9a3412' },
  ].map((c) => ({
    ...c,
    lines: content.topLists[c.valence].length ? content.topLists[c.valence].map((name, i) => `${i + 1}. ${name}`) : [t('picturePdf.none')],
  }));

  /**
   * Lays the poster out at a scale of its text sizes, drawing it or only measuring where it would end.
   * One code path for both, so what is measured is what is drawn. The introduction may be capped.
   */
  const layout = (scale: number, draw: boolean, introLimit = Infinity) => {
    let y = doc.page.margins.top;
    const block = (font: string, size: number, colour: string, text: string, x: number, w: number, options: PDFKit.Mixins.TextOptions = {}) => {
      doc.font(font).fontSize(size * scale);
      const natural = doc.heightOfString(text, { width: w, ...options });
      const height = Math.min(natural, options.height ?? Infinity);
      if (draw) doc.fillColor(colour).text(text, x, y, { width: w, ...options });
      return height;
    };
    y += block(pdfFont.bold, 40, accent, meta.title, left, width);
    y += block(pdfFont.regular, 18, ink, meta.projectName, left, width);
    if (meta.introduction) {
      y += 10 * scale;
      const options = Number.isFinite(introLimit) ? { lineGap: 4, height: introLimit, ellipsis: true } : { lineGap: 4 };
      y += block(pdfFont.regular, 16, ink, meta.introduction, left, width, options);
    }
    if (spokenTo) y += 10 * scale + block(pdfFont.regular, 16, ink, spokenTo, left, width);
    const top = y + 30 * scale;
    let bottom = top;
    for (const c of columns) {
      y = top;
      y += block(pdfFont.bold, 24, c.colour, c.title, c.x, column) + 8 * scale;
      for (const line of c.lines) y += block(pdfFont.regular, 18, ink, line, c.x, column) + 6 * scale;
      bottom = Math.max(bottom, y);
    }
    return bottom;
  };

  // The largest text that fits (a poster on a wall is read from a distance); at the smallest, a long
  // introduction is cut off with an ellipsis.
  const scales = [1.4, 1.2, 1, 0.9, 0.8, 0.7, 0.6];
  const fitting = scales.find((s) => layout(s, false) <= contentBottom);
  const scale = fitting ?? scales[scales.length - 1]!;
  const introLimit = fitting === undefined && meta.introduction ? Math.max(0, contentBottom - layout(scale, false, 0)) : Infinity;
  let y = layout(scale, true, introLimit) + 30 * scale;

  // Quotes as far as they fit above the invitation.
  doc
    .font(pdfFont.italic)
    .fontSize(18 * scale)
    .fillColor(accent);
  for (const quote of content.quotes.slice(0, 4)) {
    const text = `“${quote.text}”`;
    const height = doc.heightOfString(text, { width });
    if (y + height > contentBottom) break;
    doc.text(text, left, y, { width });
    y += height + 10 * scale;
  }
  doc.font(pdfFont.bold).fontSize(26).fillColor(accent).text(t('picturePdf.posterInvite'), left, inviteTop, { width, align: 'center' });
  doc.end();
  return done;
}

/** The short feedback to residents after the visits (A4): what we heard and what has been done. */
export async function renderResidentFeedback(content: PictureContent, meta: PictureMeta, t: Translate): Promise<Buffer> {
  const doc = newPdfDocument({ size: 'A4', margins: { top: 64, bottom: 64, left: 72, right: 72 }, info: { Title: meta.title, Author: meta.projectName } });
  const done = collectPdf(doc);
  draftMark(doc, meta);
  doc.font(pdfFont.bold).fontSize(20).fillColor(accent).text(meta.title);
  doc.font(pdfFont.regular).fontSize(12).fillColor(ink).text(meta.projectName).moveDown();
  if (meta.introduction) doc.fontSize(12).text(meta.introduction, { lineGap: 3 }).moveDown(0.5);
  doc.text(spokenToText(content, t), { lineGap: 3 });
  heading(doc, t('picturePdf.feedbackHeard'));
  for (const valence of ['promising', 'concern'] as const) {
    const names = content.topLists[valence];
    if (names.length === 0) continue;
    doc
      .font(pdfFont.bold)
      .text(t(valence === 'promising' ? 'picturePdf.topPromising' : 'picturePdf.topConcern'))
      .font(pdfFont.regular);
    for (const name of names) doc.text(`• ${name}`, { indent: 8 });
    doc.moveDown(0.4);
  }
  heading(doc, t('picturePdf.feedbackDone'));
  const { actionsDone, householdsReferred } = content.followUp;
  // Nothing is said of what did not happen; a small number is said without the number.
  if (actionsDone !== 0) doc.text(actionsDone === null ? t('picturePdf.actionsDoneFew') : t('picturePdf.actionsDone', { count: actionsDone }), { lineGap: 3 });
  if (householdsReferred !== 0)
    doc.text(householdsReferred === null ? t('picturePdf.householdsReferredFew') : t('picturePdf.householdsReferred', { count: householdsReferred }), {
      lineGap: 3,
    });
  doc.moveDown().font(pdfFont.bold).text(t('picturePdf.feedbackNext'));
  doc.end();
  return done;
}
