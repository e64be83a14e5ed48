import { lazy, Suspense, useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ProjectDetail, SurveyOverview, SurveyResults } from '@thuis/domain';
import {
  Alert,
  Button,
  Loading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  TextField,
} from '../../ui';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { downloadBlob, isApiError } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { SurveyAnswerForm } from '../../features/surveys/SurveyAnswerForm';
import {
  useCreateSurveyRound,
  useRecordSurveyResponse,
  useSurveyLetters,
  useSurveyOverview,
  useSurveyResponses,
  useSurveyResults,
  useSurveyRound,
} from '../../features/surveys/hooks';

const SurveyChart = lazy(() => import('../../features/surveys/SurveyChart'));

/** Surveys over time: the Wijkwaardenkaart and the KTO per building phase, their rounds and results. */
export function SurveysPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="surveys.results.read" title={t('surveys.title')} lead={t('surveys.lead')}>
      {(project) => <Surveys project={project} />}
    </ProjectSubPage>
  );
}

function Surveys({ project }: { project: ProjectDetail }) {
  const { id = '' } = useParams();
  const overview = useSurveyOverview(id);
  const results = useSurveyResults(id);
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  return (
    <QueryState query={overview}>
      {(data) => (
        <>
          <QueryState query={results}>{(r) => <Results results={r} overview={data} />}</QueryState>
          <Rounds
            projectId={id}
            overview={data}
            canRespond={can('surveys.respond')}
            canReadResponses={can('surveys.responses.read')}
            canManage={can('surveys.manage')}
          />
          {can('surveys.manage') ? <NewRound projectId={id} overview={data} /> : null}
          <Versions overview={data} />
        </>
      )}
    </QueryState>
  );
}

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

function Results({ results, overview }: { results: SurveyResults; overview: SurveyOverview }) {
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

function Rounds({
  projectId,
  overview,
  canRespond,
  canReadResponses,
  canManage,
}: {
  projectId: string;
  overview: SurveyOverview;
  canRespond: boolean;
  canReadResponses: boolean;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang: 'nl' | 'en' = i18n.language === 'en' ? 'en' : 'nl';
  const [answering, setAnswering] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const letters = useSurveyLetters(projectId);
  if (overview.rounds.length === 0) return null;
  return (
    <Section title={t('surveys.rounds')}>
      {canManage ? <Paragraph>{t('surveys.lettersLead')}</Paragraph> : null}
      {letters.isError ? <Alert type="error">{letters.error.message}</Alert> : null}
      <Table caption={t('surveys.rounds')}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('surveys.survey')}</TableHeaderCell>
            <TableHeaderCell>{t('surveys.phase')}</TableHeaderCell>
            <TableHeaderCell>{t('surveys.period')}</TableHeaderCell>
            {canReadResponses ? <TableHeaderCell>{t('surveys.responses')}</TableHeaderCell> : null}
            {canRespond ? <TableHeaderCell>{t('surveys.actions')}</TableHeaderCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {overview.rounds.map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                {r.title[lang]} ({t('surveys.version', { version: r.version })})
              </TableCell>
              <TableCell>{r.buildingPhaseName ?? t('surveys.wholeProject')}</TableCell>
              <TableCell>{t('surveys.periodValue', { from: formatDate(r.opensOn, i18n.language), to: formatDate(r.closesOn, i18n.language) })}</TableCell>
              {canReadResponses ? <TableCell>{r.responses ?? ''}</TableCell> : null}
              {canRespond ? (
                <TableCell>
                  <Button appearance="subtle" onClick={() => setAnswering(answering === r.id ? null : r.id)} aria-expanded={answering === r.id}>
                    {t('surveys.answerOnTablet')}
                  </Button>
                  {canManage ? (
                    <Button
                      appearance="subtle"
                      busy={letters.isPending && letters.variables === r.id}
                      onClick={() => letters.mutate(r.id, { onSuccess: (blob) => downloadBlob(blob, t('surveys.lettersFile', { date: r.opensOn })) })}
                    >
                      {t('surveys.letters')}
                    </Button>
                  ) : null}
                  {canReadResponses ? (
                    <Button appearance="subtle" onClick={() => setViewing(viewing === r.id ? null : r.id)} aria-expanded={viewing === r.id}>
                      {viewing === r.id ? t('surveys.hideResponses') : t('surveys.viewResponses')}
                    </Button>
                  ) : null}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {answering ? <TabletAnswer key={answering} projectId={projectId} roundId={answering} overview={overview} onDone={() => setAnswering(null)} /> : null}
      {viewing ? <RawResponses projectId={projectId} roundId={viewing} /> : null}
    </Section>
  );
}

function TabletAnswer({ projectId, roundId, overview, onDone }: { projectId: string; roundId: string; overview: SurveyOverview; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang: 'nl' | 'en' = i18n.language === 'en' ? 'en' : 'nl';
  const round = useSurveyRound(projectId, roundId);
  const record = useRecordSurveyResponse(projectId);
  const [phase, setPhase] = useState('');
  const [saved, setSaved] = useState(0);
  const error = record.error && isApiError(record.error) ? record.error : null;
  return (
    <QueryState query={round}>
      {(r) => (
        <Section level={3} title={t('surveys.form.title', { survey: r.title[lang] })}>
          <Paragraph>{t('surveys.form.anonymous')}</Paragraph>
          {saved > 0 ? <Alert type="ok">{t('surveys.form.saved', { count: saved })}</Alert> : null}
          <SurveyAnswerForm
            key={saved}
            definition={r.definition}
            busy={record.isPending}
            problem={record.error?.message}
            fieldErrors={error?.fields}
            before={
              r.buildingPhaseId ? null : (
                <SelectField
                  label={t('surveys.form.phase')}
                  optionalText={t('common.optional')}
                  value={phase}
                  onChange={(e) => setPhase(e.target.value)}
                  placeholder={t('surveys.form.unknownPhase')}
                  options={overview.buildingPhases.map((p) => ({ value: p.id, label: p.name }))}
                />
              )
            }
            onSubmit={(answers) =>
              record.mutate(
                { roundId, answers, buildingPhaseId: phase || null },
                {
                  onSuccess: () => {
                    setSaved((n) => n + 1);
                    window.scrollTo({ top: 0 });
                  },
                },
              )
            }
          />
          <Button appearance="subtle" onClick={onDone}>
            {t('surveys.form.close')}
          </Button>
        </Section>
      )}
    </QueryState>
  );
}

function RawResponses({ projectId, roundId }: { projectId: string; roundId: string }) {
  const { t, i18n } = useTranslation();
  const responses = useSurveyResponses(projectId, roundId);
  return (
    <QueryState query={responses}>
      {(data) => (
        <Table caption={t('surveys.rawCaption', { count: data.responses.length })}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('surveys.submittedOn')}</TableHeaderCell>
              <TableHeaderCell>{t('surveys.channel')}</TableHeaderCell>
              <TableHeaderCell>{t('surveys.answers')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.responses.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{formatDate(r.submittedOn, i18n.language)}</TableCell>
                <TableCell>{t(`surveys.channels.${r.channel}`)}</TableCell>
                <TableCell>
                  {Object.entries(r.answers)
                    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
                    .join('; ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </QueryState>
  );
}

function NewRound({ projectId, overview }: { projectId: string; overview: SurveyOverview }) {
  const { t, i18n } = useTranslation();
  const lang: 'nl' | 'en' = i18n.language === 'en' ? 'en' : 'nl';
  const create = useCreateSurveyRound(projectId);
  const [values, setValues] = useState({ surveyVersionId: overview.versions[0]?.id ?? '', buildingPhaseId: '', opensOn: '', closesOn: '' });
  const [done, setDone] = useState(false);
  const error = create.error && isApiError(create.error) ? create.error : null;
  const fieldError = (path: string) => error?.fields.find((f) => f.path === path)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    create.mutate({ ...values, buildingPhaseId: values.buildingPhaseId || null }, { onSuccess: () => setDone(true) });
  };
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <Section title={t('surveys.newRound')}>
      {done ? <Alert type="ok">{t('surveys.created')}</Alert> : null}
      {create.error && !error?.fields.length ? <Alert type="error">{create.error.message}</Alert> : null}
      <form onSubmit={submit} noValidate className="thuis-form">
        <SelectField
          label={t('surveys.survey')}
          value={values.surveyVersionId}
          onChange={set('surveyVersionId')}
          error={fieldError('surveyVersionId')}
          options={overview.versions.map((v) => ({
            value: v.id,
            label: `${v.definition.title[lang] || v.definition.title.nl} (${t('surveys.version', { version: v.version })})`,
          }))}
        />
        <SelectField
          label={t('surveys.phase')}
          value={values.buildingPhaseId}
          onChange={set('buildingPhaseId')}
          error={fieldError('buildingPhaseId')}
          placeholder={t('surveys.wholeProject')}
          options={overview.buildingPhases.map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField type="date" label={t('surveys.opensOn')} value={values.opensOn} onChange={set('opensOn')} error={fieldError('opensOn')} />
        <TextField type="date" label={t('surveys.closesOn')} value={values.closesOn} onChange={set('closesOn')} error={fieldError('closesOn')} />
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {t('surveys.create')}
        </Button>
      </form>
    </Section>
  );
}

/** The surveys of the project, each in its newest version, with their questions. */
function Versions({ overview }: { overview: SurveyOverview }) {
  const { t, i18n } = useTranslation();
  const lang: 'nl' | 'en' = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <Section title={t('surveys.versions')}>
      {overview.versions.map((v) => (
        <details key={v.id}>
          <summary>
            {v.definition.title[lang] || v.definition.title.nl} ({t('surveys.version', { version: v.version })},{' '}
            {t('surveys.questionCount', { count: v.definition.questions.length })})
          </summary>
          <ol>
            {v.definition.questions.map((q) => (
              <li key={q.key}>
                {q.label[lang] || q.label.nl} <span className="thuis-optional">({t(`surveys.kinds.${q.kind}`)})</span>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </Section>
  );
}
