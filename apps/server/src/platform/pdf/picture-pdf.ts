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
  /** The poster's meeting, written out for residents; null for the other kinds and older posters. */
  meeting?: { when: string; place: string; contact: string } | null;
}

const ink = '#1f2a37';
const accent = '#1a4c8b';

/**
 * A horizontal bar chart of the answers, drawn by ECharts (the app's chart library) as SVG. A figure
 * the small-cell rule hides gets no bar but says "< 5", so it is not left out silently; long answer
 * labels wrap onto a second line in a row tall enough for it instead of running into the next.
 */
function answersChart(
  echarts: typeof import('echarts'),
  options: { label: string; count: number | null }[],
  width: number,
  hiddenLabel: string,
): { svg: string; height: number } {
  const height = 40 + options.length * 34;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: ink, fontSize: 10 } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: options.map((o) => o.label),
      axisLabel: { color: ink, fontSize: 10, width: 170, overflow: 'break', lineHeight: 12, interval: 0 },
    },
    series: [
      {
        type: 'bar',
        data: options.map((o) => o.count ?? 0),
        itemStyle: { color: accent },
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          color: ink,
          fontSize: 10,
          formatter: (p: { dataIndex: number }) => (options[p.dataIndex]?.count === null ? hiddenLabel : String(options[p.dataIndex]?.count ?? '')),
        },
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

export function draftMark(doc: PDFKit.PDFDocument, meta: PictureMeta) {
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
      const shown = question.options;
      const hidden = question.noAnswer === null ? [t('picturePdf.noAnswer')] : [];
      const chart = answersChart(echarts, shown, width, t('posterPdf.hiddenFigure', { threshold }));
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
  doc.moveDown(0.3).text(t('posterPdf.hiddenNote', { threshold }), { width });
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
