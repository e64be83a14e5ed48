import { shownFigure, shownShare, type Actor, type FinalReportContent, type Locale, type PublishedFigures, type ReportCell } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { formatDutchDate } from '../../platform/i18n/format.js';
import { translatorFor, type Translate } from '../../platform/i18n/translate.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { FinalReportPdfInput, PrintedBlock } from '../../platform/pdf/final-report-pdf.js';
import { toAmsterdam } from '../visits/local-time.js';
import { reportRole, seesStage } from './list-final-reports.js';
import { createFinalReportRepository } from './repository.js';

/** The PDF of a version the caller may see, drawn from its frozen content in a worker; marked as a draft until published. */
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
    sections: printedSections(role === 'policy_viewer' ? outsideProject(found.content, t) : found.content, found.figures, t, locale),
  };
  const pdf = Buffer.from(await runInWorker<FinalReportPdfInput, Uint8Array>(new URL('../../platform/pdf/render-final-report.ts', import.meta.url), input));
  return { pdf, fileName: t('finalReportPdf.fileName', { version: found.version }) };
}

/** The frozen sections with every count worded: a hidden one as a dash, a share as "n (p%)". */
export function printedSections(content: FinalReportContent, figures: PublishedFigures, t: Translate, locale: Locale): FinalReportPdfInput['sections'] {
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB');
  const hidden = t('finalReportPdf.hidden');
  const cell = (c: ReportCell): string => {
    if (typeof c === 'string') return c;
    if ('when' in c) return shownFigure(figures, c.when) === null ? hidden : c.text;
    const value = shownFigure(figures, c.figure);
    if (value === null) return hidden;
    if (!c.of) return number.format(value);
    const share = shownShare(figures, c.figure, c.of);
    return share === null ? number.format(value) : `${number.format(value)} (${share}%)`;
  };
  return content.sections.map((s) => ({
    title: s.title,
    blocks: s.blocks.map((b): PrintedBlock => (b.kind === 'table' ? { ...b, rows: b.rows.map((r) => r.map(cell)) } : b)),
  }));
}

/** Sections whose texts were told within the project: outside it (the policy role) only their titles and a line saying so. */
const toldInProject = new Set(['stories', 'interim']);

/** The report as policy reads it: aggregated figures and maps, no stories or evaluation texts (issue 13's privacy). */
export function outsideProject(content: FinalReportContent, t: Translate): FinalReportContent {
  return {
    sections: content.sections.map((s) => (toldInProject.has(s.key) ? { ...s, blocks: [{ kind: 'paragraph', text: t('finalReportPdf.keptInProject') }] } : s)),
  };
}
