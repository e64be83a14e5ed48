import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyOverview, SurveyResults } from '@thuis/domain';
import { Alert, Loading, Paragraph, Section, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '../../ui';
import { formatDate } from '../../lib/dates';

const SurveyChart = lazy(() => import('./SurveyChart'));

function useLabels(overview: SurveyOverview, results?: SurveyResults) {
  const { t, i18n } = useTranslation();
  const lang: 'nl' | 'en' = i18n.language === 'en' ? 'en' : 'nl';
  const phases = new Map(overview.buildingPhases.map((p) => [p.id, p.name]));
  const group = (g: string) => (g === 'all' ? t('surveys.group.all') : g === 'none' ? t('surveys.group.none') : (phases.get(g) ?? g));
  const rounds = new Map((results?.rounds ?? []).map((r) => [r.id, r]));
  const round = (roundId: string) => {
    const r = rounds.get(roundId);
    return r ? `${r.title[lang]} (${formatDate(r.opensOn, i18n.language)})` : roundId;
  };
  return { lang, group, round };
}

/** The results of every round: a time series per question and building phase, and start against end. */
export function SurveyResultsSection({ results, overview }: { results: SurveyResults; overview: SurveyOverview }) {
  const { t, i18n } = useTranslation();
  const { lang, group, round } = useLabels(overview, results);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const show = (v: number | null) => (v === null ? t('surveys.notShown') : number.format(v));
  const groupLabel = useCallback(group, [group]);
  const roundLabel = useCallback(round, [round]);
  if (results.rounds.length === 0) return <Section title={t('surveys.results')}>{<Paragraph>{t('surveys.noRounds')}</Paragraph>}</Section>;
  return (
    <Section title={t('surveys.results')}>
      <Paragraph>{t('surveys.resultsLead')}</Paragraph>
      {results.hiddenCount > 0 ? <Alert type="info">{t('surveys.hiddenNote', { count: results.hiddenCount })}</Alert> : null}
      {results.questions.map((q) => (
        <Section key={q.key} level={3} title={q.label[lang]}>
          {q.kind === 'scale' ? (
            <>
              <Suspense fallback={<Loading>{t('app.loading')}</Loading>}>
                <SurveyChart
                  question={q}
                  round={roundLabel}
                  group={groupLabel}
                  summary={t('surveys.chartSummary', { question: q.label[lang], min: q.min, max: q.max })}
                />
              </Suspense>
              <Table caption={t('surveys.tableCaption', { question: q.label[lang] })}>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t('surveys.phase')}</TableHeaderCell>
                    <TableHeaderCell>{t('surveys.round')}</TableHeaderCell>
                    <TableHeaderCell>{t('surveys.answered')}</TableHeaderCell>
                    <TableHeaderCell>{t('surveys.mean')}</TableHeaderCell>
                    <TableHeaderCell>{t('surveys.change')}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {q.series.flatMap((s) =>
                    s.points.map((p) => (
                      <TableRow key={`${s.group}-${p.roundId}`}>
                        <TableCell>{group(s.group)}</TableCell>
                        <TableCell>{round(p.roundId)}</TableCell>
                        <TableCell>{show(p.answered)}</TableCell>
                        <TableCell>{show(p.mean)}</TableCell>
                        <TableCell>
                          {p.changeFromFirst === null ? t('surveys.notShown') : `${p.changeFromFirst > 0 ? '+' : ''}${number.format(p.changeFromFirst)}`}
                        </TableCell>
                      </TableRow>
                    )),
                  )}
                </TableBody>
              </Table>
            </>
          ) : (
            <Table caption={t('surveys.tableCaption', { question: q.label[lang] })}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('surveys.phase')}</TableHeaderCell>
                  <TableHeaderCell>{t('surveys.round')}</TableHeaderCell>
                  {q.options.map((o) => (
                    <TableHeaderCell key={o.key}>{o.label[lang]}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {q.series.flatMap((s) =>
                  s.points.map((p) => (
                    <TableRow key={`${s.group}-${p.roundId}`}>
                      <TableCell>{group(s.group)}</TableCell>
                      <TableCell>{round(p.roundId)}</TableCell>
                      {q.options.map((o) => (
                        <TableCell key={o.key}>{show(p.options.find((x) => x.key === o.key)?.count ?? null)}</TableCell>
                      ))}
                    </TableRow>
                  )),
                )}
              </TableBody>
            </Table>
          )}
        </Section>
      ))}
      {results.startEnd.length ? (
        <Section level={3} title={t('surveys.startEnd')}>
          <Paragraph>{t('surveys.startEndLead')}</Paragraph>
          {results.startEnd.map((s) => (
            <Table key={s.key} caption={s.label[lang]}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('surveys.phase')}</TableHeaderCell>
                  <TableHeaderCell>{t('surveys.start')}</TableHeaderCell>
                  <TableHeaderCell>{t('surveys.end')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {s.groups.map((g) => (
                  <TableRow key={g.group}>
                    <TableCell>{group(g.group)}</TableCell>
                    <TableCell>{t('surveys.meanOf', { mean: show(g.start.mean), n: show(g.start.answered) })}</TableCell>
                    <TableCell>{g.end ? t('surveys.meanOf', { mean: show(g.end.mean), n: show(g.end.answered) }) : t('surveys.noEnd')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ))}
        </Section>
      ) : null}
    </Section>
  );
}
