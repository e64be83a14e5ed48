import { ALL, prefixFigures, surveyFigureKeys, surveyFigures, type ReportBlock, type ReportCell, type ReportText } from '@thuis/domain';
import { surveyFiguresInReport } from '../../surveys/get-survey-results.js';
import { createSurveyRepository } from '../../surveys/repository.js';
import { createPictureRepository } from '../../picture/repository.js';
import { surveyResultsSource } from '../../surveys/survey-results-source.js';
import { msg, type SectionProvider } from './types.js';

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Survey trends (Wijkwaardenkaart, KTO): per scale question, each round against the first, for the
 * whole project; and the questions shared with the door registration, start against end. The
 * figures are the survey results' own (every count of them, with the sums that tie them), taken into
 * the report's figures under `surveys:`: protected with the report's other figures, against earlier
 * reports, and against every survey-results version and picture published before (ADR 0002).
 * Reading them publishes nothing: making a report is no survey publication. A mean is printed only
 * where its count is, a change from the first round only where both counts are.
 */
export const surveyTrendsSection: SectionProvider = async ({ ctx, actor, projectId }) => {
  await ctx.access.require(actor, 'surveys.results.read', projectId);
  const surveys = createSurveyRepository(ctx.db);
  const [source, published, picture] = await Promise.all([
    surveyResultsSource(ctx.db, projectId),
    surveys.publications(projectId),
    createPictureRepository(ctx.db)
      .publishedFigures(projectId)
      .then((p) => p.figures),
  ]);
  if (source.rounds.length === 0) return null;
  const { set, sums } = surveyFigures(source);
  const k = surveyFigureKeys;
  const figure = (key: string) => `${surveyFiguresInReport}${key}`;
  const mean = (key: string) => (set.values[key] ? round1(sums[key]! / set.values[key]!) : null);
  const hidden = msg('finalReportPdf.hidden');
  const rounds = [...source.rounds].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id));
  const roundName = (r: (typeof rounds)[number]): ReportText => ({ join: [r.title, ' (', { date: r.opensOn }, ')'] });
  const meanCell = (key: string): ReportCell => {
    const m = mean(key);
    return m === null ? hidden : { when: figure(key), text: { number: m, style: 'decimal1' } };
  };

  const scaleQuestions = new Map<string, { label: { nl: string; en: string }; min: number; max: number }>();
  for (const r of rounds)
    for (const q of r.definition.questions)
      if (q.kind === 'scale' && !scaleQuestions.has(q.key))
        scaleQuestions.set(q.key, { label: { nl: q.label.nl, en: q.label.en || q.label.nl }, min: q.min, max: q.max });
  const trends: ReportBlock[] = [...scaleQuestions].flatMap(([questionKey, q]) => {
    const held = rounds.filter((r) => r.definition.questions.some((x) => x.key === questionKey && x.kind === 'scale'));
    if (held.length === 0) return [];
    const firstKey = k.answered(held[0]!.id, ALL, questionKey);
    const firstMean = mean(firstKey);
    return [
      {
        kind: 'table' as const,
        caption: { join: [q.label, ` (${q.min}–${q.max})`] },
        headers: [
          msg('finalReportPdf.surveys.round'),
          msg('finalReportPdf.surveys.answered'),
          msg('finalReportPdf.surveys.mean'),
          msg('finalReportPdf.surveys.changeFromFirst'),
        ],
        rows: held.map((r, i): ReportCell[] => {
          const key = k.answered(r.id, ALL, questionKey);
          const m = mean(key);
          return [
            roundName(r),
            { figure: figure(key) },
            meanCell(key),
            // The first round is what the others are measured against.
            i === 0
              ? ''
              : m === null || firstMean === null
                ? hidden
                : { when: [figure(key), figure(firstKey)], text: { number: round1(m - firstMean), style: 'signed1' } },
          ];
        }),
      },
    ];
  });
  // The start (door registration) against the last round held for the whole project.
  const startEnd: ReportBlock[] = source.startQuestions.flatMap((q) => {
    if (q.kind !== 'scale' || !(k.startAnswered(ALL, q.key) in set.values)) return [];
    const last = [...rounds].reverse().find((r) => r.buildingPhaseId === null && r.definition.questions.some((x) => x.key === q.key && x.kind === 'scale'));
    const start = k.startAnswered(ALL, q.key);
    return [
      {
        kind: 'table' as const,
        caption: msg('finalReportPdf.surveys.startEnd', { question: { nl: q.label.nl, en: q.label.en || q.label.nl } }),
        headers: [msg('finalReportPdf.surveys.moment'), msg('finalReportPdf.surveys.answered'), msg('finalReportPdf.surveys.mean')],
        rows: [
          [msg('finalReportPdf.surveys.start'), { figure: figure(start) }, meanCell(start)],
          ...(last ? [[roundName(last), { figure: figure(k.answered(last.id, ALL, q.key)) }, meanCell(k.answered(last.id, ALL, q.key))]] : []),
        ],
      },
    ];
  });
  return {
    key: 'surveys',
    blocks: [{ kind: 'paragraph', text: msg('finalReportPdf.surveys.intro') }, ...trends, ...startEnd],
    figures: prefixFigures(set, surveyFiguresInReport),
    // The picture shares the start's keys; the survey results' versions all of them.
    earlier: [...picture, ...published].map((figures) => prefixFigures(figures, surveyFiguresInReport)),
  };
};
