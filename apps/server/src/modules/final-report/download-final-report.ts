import {
  hiddenAsSmall,
  SMALL_CELL_THRESHOLD,
  shownFigure,
  shownShare,
  type Actor,
  type FinalReportContent,
  type Locale,
  type PublishedFigures,
  type ReportCell,
  type ReportText,
} from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { formatDutchDate } from '../../platform/i18n/format.js';
import { translatorFor, type Translate } from '../../platform/i18n/translate.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { FinalReportPdfInput, PrintedBlock } from '../../platform/pdf/final-report-pdf.js';
import { toAmsterdam } from '../visits/local-time.js';
import { reportRole, seesStage } from './list-final-reports.js';
import { createFinalReportRepository } from './repository.js';

/** The PDF of a version the caller may see, drawn from its frozen content in a worker, in the caller's language; marked as a draft until published. */
export async function downloadFinalReport(
  ctx: AppContext,
  { actor, projectId, reportId, locale }: { actor: Actor; projectId: string; reportId: string; locale: Locale },
) {
  const role = await reportRole(ctx, actor, projectId);
  const repository = createFinalReportRepository(ctx.db);
  const found = await repository.version(projectId, reportId);
  if (!found || !seesStage(role, found.stage)) throw new NotFoundError();
  const t = translatorFor(locale);
  const input: FinalReportPdfInput = {
    locale,
    projectName: await repository.projectName(projectId),
    title: found.title,
    introduction: found.introduction,
    version: found.version,
    date: formatDutchDate(toAmsterdam(found.createdAt).slice(0, 10)),
    draft: found.stage === 'published' ? null : t('finalReportPdf.draft', { version: found.version, stage: t(`reviewStages.${found.stage}`) }),
    sections: printedSections(role === 'policy_viewer' ? outsideProject(found.content) : found.content, found.figures, t, locale),
  };
  const pdf = Buffer.from(await runInWorker<FinalReportPdfInput, Uint8Array>(new URL('../../platform/pdf/render-final-report.ts', import.meta.url), input));
  return { pdf, fileName: t('finalReportPdf.fileName', { version: found.version }) };
}

/**
 * A stored text in the reader's language. A string is printed as it is: the team's own words, and
 * every text of a version made before texts were stored without a language (it reads in the
 * language it was made in).
 */
export function wordText(text: ReportText, t: Translate, locale: Locale): string {
  if (typeof text === 'string') return text;
  if ('m' in text) {
    const params = Object.fromEntries(Object.entries(text.p ?? {}).map(([key, v]) => [key, typeof v === 'number' ? v : wordText(v, t, locale)]));
    return t(text.m, params);
  }
  if ('date' in text) return formatDutchDate(text.date);
  if ('number' in text) return numberFormats[locale][text.style ?? 'count'].format(text.number);
  if ('join' in text) return text.join.map((part) => wordText(part, t, locale)).join('');
  return locale === 'en' ? text.en || text.nl : text.nl;
}

const formatsFor = (tag: string) => ({
  count: new Intl.NumberFormat(tag),
  decimal1: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  signed1: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  hours: new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
});
const numberFormats = { nl: formatsFor('nl-NL'), en: formatsFor('en-GB') };

/** The frozen sections worded in the reader's language, every count printed: a hidden one as "< 5" where it is that small, else (like a text worked out from one) as a dash; a share as "n (p%)". */
export function printedSections(content: FinalReportContent, figures: PublishedFigures, t: Translate, locale: Locale): FinalReportPdfInput['sections'] {
  const number = numberFormats[locale].count;
  const word = (text: ReportText) => wordText(text, t, locale);
  const hidden = t('finalReportPdf.hidden');
  const hiddenCount = t('posterPdf.hiddenFigure', { threshold: SMALL_CELL_THRESHOLD });
  const cell = (c: ReportCell): string => {
    if (typeof c === 'string') return c;
    if ('when' in c) return (Array.isArray(c.when) ? c.when : [c.when]).some((key) => shownFigure(figures, key) === null) ? hidden : word(c.text);
    if (!('figure' in c)) return word(c);
    const value = shownFigure(figures, c.figure);
    if (value === null) return hiddenAsSmall(figures, c.figure, SMALL_CELL_THRESHOLD) ? hiddenCount : hidden;
    if (!c.of) return number.format(value);
    const share = shownShare(figures, c.figure, c.of);
    return share === null ? number.format(value) : `${number.format(value)} (${share}%)`;
  };
  return content.sections.map((s) => ({
    // The title from the section's key; a version made before keys were worded may hold its own.
    title: t(`finalReportPdf.sections.${s.key}`, { defaultValue: s.title === undefined ? s.key : word(s.title) }),
    blocks: s.blocks.map((b): PrintedBlock => {
      switch (b.kind) {
        case 'paragraph':
          return { kind: 'paragraph', text: word(b.text) };
        case 'list':
          return { kind: 'list', items: b.items.map(word) };
        case 'entry':
          return { kind: 'entry', title: word(b.title), lines: b.lines.map((l) => ({ label: word(l.label), text: word(l.text) })) };
        case 'table':
          return { kind: 'table', caption: word(b.caption), headers: b.headers.map(word), rows: b.rows.map((r) => r.map(cell)) };
        case 'story':
          return {
            ...b,
            teller: word(b.teller),
            selections: b.selections.map((sel) => ({ group: word(sel.group), heldOn: word(sel.heldOn), reason: sel.reason })),
          };
        case 'rippleMap':
          return { ...b, subject: word(b.subject) };
      }
    }),
  }));
}

/** Sections whose texts were told within the project: outside it (the policy role) only their titles and a line saying so. */
const toldInProject = new Set(['stories', 'interim']);

/** The report as policy reads it: aggregated figures and maps, no stories or evaluation texts (issue 13's privacy). */
export function outsideProject(content: FinalReportContent): FinalReportContent {
  return {
    sections: content.sections.map((s) =>
      toldInProject.has(s.key) ? { ...s, blocks: [{ kind: 'paragraph', text: { m: 'finalReportPdf.keptInProject' } }] } : s,
    ),
  };
}
