import { goalKinds, type GoalKind } from '@thuis/domain';
import { translatorFor } from '../i18n/translate.js';
import { collectPdf, newPdfDocument, pdfFont } from './document.js';

/** What the PDF of a plan version shows: texts that passed the identifying-details check, nothing of a household. */
export interface ActionPlanPdfInput {
  locale: 'nl' | 'en';
  projectName: string;
  title: string;
  introduction: string;
  version: number;
  date: string;
  /** Marked on every page until published. */
  draft: string | null;
  goals: {
    kind: GoalKind;
    title: string;
    description: string;
    themes: string[];
    outcomes: string[];
    /** Each activity with its lines already worded (what, where, when, who, budget…). */
    activities: { title: string; lines: string[] }[];
  }[];
}

const ink = '#1f2a37';
const accent = '#1a4c8b';

/**
 * The action plan in the spirit of the handbook's appendix 11: per kind (strengthen what goes well,
 * improve what needs attention) each goal, why (the top 5 themes and what the conversations about
 * the picture brought up) and the activities that work on it.
 */
export async function renderActionPlanPdf(input: ActionPlanPdfInput): Promise<Buffer> {
  const t = translatorFor(input.locale);
  const doc = newPdfDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 }, info: { Title: input.title, Author: input.projectName } });
  const done = collectPdf(doc);
  const mark = () => {
    if (!input.draft) return;
    const { x, y } = { x: doc.x, y: doc.y };
    doc
      .font(pdfFont.bold)
      .fontSize(9)
      .fillColor('#b42318')
      .text(input.draft, doc.page.margins.left, 24, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: 'center' });
    doc.fillColor(ink).font(pdfFont.regular).fontSize(11);
    doc.x = x;
    doc.y = y;
  };
  doc.on('pageAdded', mark);
  mark();
  doc.font(pdfFont.bold).fontSize(22).fillColor(accent).text(input.title);
  doc
    .font(pdfFont.regular)
    .fontSize(12)
    .fillColor(ink)
    .text(input.projectName)
    .text(t('actionPlanPdf.version', { version: input.version, date: input.date }));
  if (input.introduction) doc.moveDown().fontSize(11).text(input.introduction, { lineGap: 2 });
  for (const kind of goalKinds) {
    doc
      .moveDown(0.8)
      .font(pdfFont.bold)
      .fontSize(16)
      .fillColor(accent)
      .text(t(`goalKinds.${kind}`))
      .fillColor(ink)
      .font(pdfFont.regular)
      .fontSize(11);
    const goals = input.goals.filter((g) => g.kind === kind);
    if (goals.length === 0) doc.text(t('actionPlanPdf.noGoals'));
    goals.forEach((goal, i) => {
      doc
        .moveDown(0.6)
        .font(pdfFont.bold)
        .fontSize(13)
        .text(`${i + 1}. ${goal.title}`)
        .font(pdfFont.regular)
        .fontSize(11);
      if (goal.description) doc.text(goal.description, { lineGap: 2 });
      if (goal.themes.length) doc.moveDown(0.3).font(pdfFont.bold).text(t('actionPlanPdf.themes')).font(pdfFont.regular).list(goal.themes, { bulletRadius: 2 });
      if (goal.outcomes.length)
        doc.moveDown(0.3).font(pdfFont.bold).text(t('actionPlanPdf.outcomes')).font(pdfFont.regular).list(goal.outcomes, { bulletRadius: 2 });
      doc.moveDown(0.3).font(pdfFont.bold).text(t('actionPlanPdf.activities')).font(pdfFont.regular);
      if (goal.activities.length === 0) doc.text(t('actionPlanPdf.noActivities'));
      for (const activity of goal.activities) {
        doc.moveDown(0.2).font(pdfFont.bold).text(activity.title, { indent: 12 }).font(pdfFont.regular);
        for (const line of activity.lines) doc.text(line, { indent: 24 });
      }
    });
  }
  doc.end();
  return done;
}
