import { lazy, memo, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type OverviewQuestion, type RegistrationOverview } from '@thuis/domain';
import { ActionLabel, Heading, Paragraph, Section, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '../../ui';
import { answerRows, askedInVersions, chartHeight, chartSummary, listText, localised, questionsForVersion, type AnswerRow } from './overview';
import { useFormats } from './useFormats';

const AnswerChart = lazy(() => import('./AnswerChart'));

/** With one form version chosen there are no other versions to mention (a constant, so memoised blocks stay put). */
const noVersions: readonly number[] = [];

export function QuestionsView({ overview, version, allVersions }: { overview: RegistrationOverview; version: number | null; allVersions: readonly number[] }) {
  const { t } = useTranslation();
  const questions = useMemo(() => questionsForVersion(overview.questions, version), [overview.questions, version]);
  return (
    <Section title={t('picturePage.questionsTitle')}>
      <Paragraph>{t('picturePage.questionsIntro')}</Paragraph>
      {questions.length === 0 ? <Paragraph>{t('picturePage.noQuestions')}</Paragraph> : null}
      {questions.map((q) => (
        <QuestionBlock key={q.key} question={q} registrations={overview.registrations} allVersions={version === null ? allVersions : noVersions} />
      ))}
      <CardsBlock cards={overview.cards} registrations={overview.registrations} />
    </Section>
  );
}

function useChartSummary(title: string, rows: readonly AnswerRow[], base: number) {
  const { t } = useTranslation();
  const f = useFormats();
  return useMemo(
    () =>
      chartSummary(title, rows, base, {
        summary: (v) => t('picturePage.chartSummary', v),
        answer: (v) => t('picturePage.chartAnswer', v),
        none: (v) => t('picturePage.chartNone', v),
        number: f.number,
        percent: f.percent,
      }),
    [title, rows, base, t, f],
  );
}

/**
 * One closed question: notes, the chart and its figures. Under a heading rather than in a region
 * (fifteen landmarks would be noise); memoised, so typing or loading elsewhere does not redraw the charts.
 */
const QuestionBlock = memo(function QuestionBlock({
  question,
  registrations,
  allVersions,
}: {
  question: OverviewQuestion;
  registrations: number;
  allVersions: readonly number[];
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const title = localised(question.label, f.lang);
  const rows = useMemo(() => answerRows(question.options, question.answered, f.lang), [question.options, question.answered, f.lang]);
  const summary = useChartSummary(title, rows, question.answered);
  const asked = askedInVersions(question.versions, allVersions);
  return (
    <div className="thuis-picture-question">
      <Heading level={3}>{title}</Heading>
      <ul className="thuis-picture-notes">
        <li>{t('picturePage.answered', { count: registrations, answered: f.number(question.answered), number: f.number(registrations) })}</li>
        {asked ? <li>{t('picturePage.askedIn', { versions: listText(asked.map(String), f.lang) })}</li> : null}
        {question.kind === 'multi' ? <li>{t('picturePage.multi')}</li> : null}
      </ul>
      {question.answered === 0 ? (
        <Paragraph>{t('picturePage.notAnswered')}</Paragraph>
      ) : (
        <AnswerFigures
          rows={rows}
          title={title}
          summary={summary}
          caption={t('picturePage.tableCaption', { question: title })}
          answerLabel={t('picturePage.answer')}
        />
      )}
    </div>
  );
});

const CardsBlock = memo(function CardsBlock({ cards, registrations }: { cards: RegistrationOverview['cards']; registrations: number }) {
  const { t } = useTranslation();
  const f = useFormats();
  const title = t('picturePage.cardsTitle');
  // Most chosen first: ten or more cards read best in order of how often they were chosen.
  const rows = useMemo(() => [...answerRows(cards, registrations, f.lang)].sort((a, b) => b.count - a.count), [cards, registrations, f.lang]);
  const summary = useChartSummary(title, rows, registrations);
  const chosen = rows.some((r) => r.count > 0);
  return (
    <div className="thuis-picture-question">
      <Heading level={3}>{title}</Heading>
      <ul className="thuis-picture-notes">
        <li>{t('picturePage.cardsIntro', { count: registrations, number: f.number(registrations) })}</li>
      </ul>
      {chosen ? (
        <AnswerFigures rows={rows} title={title} summary={summary} caption={t('picturePage.cardsCaption')} answerLabel={t('picturePage.card')} />
      ) : (
        <Paragraph>{t('picturePage.noCards')}</Paragraph>
      )}
    </div>
  );
});

/** The chart (loaded lazily) and right under it the figures as a table. */
function AnswerFigures({
  rows,
  title,
  summary,
  caption,
  answerLabel,
}: {
  rows: readonly AnswerRow[];
  title: string;
  summary: string;
  caption: string;
  answerLabel: string;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const columns = [answerLabel, t('picturePage.number'), t('picturePage.share')] as const;
  return (
    <>
      <Suspense fallback={<div className="thuis-chart" style={{ blockSize: `${chartHeight(rows.length)}rem` }} />}>
        <AnswerChart rows={rows} name={t('picturePage.number')} summary={summary} formatNumber={f.number} formatCell={f.cell} />
      </Suspense>
      <details className="thuis-figures">
        <summary>
          <ActionLabel visible={t('picturePage.showFigures')} full={t('picturePage.showFiguresOf', { title })} />
        </summary>
        <Table caption={caption}>
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell key={c}>{c}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell label={columns[0]}>{row.label}</TableCell>
                <TableCell label={columns[1]} className="thuis-number">
                  {f.number(row.count)}
                </TableCell>
                <TableCell label={columns[2]} className="thuis-number">
                  {row.percent === null ? '–' : f.percent(row.percent)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </>
  );
}
