import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyOverview } from '@thuis/domain';
import { Alert, Button, Paragraph, QueryState, Section, SelectField, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '../../ui';
import { downloadBlob, isApiError } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { SurveyAnswerForm } from './SurveyAnswerForm';
import { useRecordSurveyResponse, useSurveyLetters, useSurveyResponses, useSurveyRound } from './hooks';

/** The rounds held, each with the version of the survey it used; answering on the tablet, letters and raw responses. */
export function SurveyRounds({
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
            <TableHeaderCell>{t('surveyEditor.versionColumn')}</TableHeaderCell>
            <TableHeaderCell>{t('surveys.phase')}</TableHeaderCell>
            <TableHeaderCell>{t('surveys.period')}</TableHeaderCell>
            {canReadResponses ? <TableHeaderCell>{t('surveys.responses')}</TableHeaderCell> : null}
            {canRespond ? <TableHeaderCell>{t('surveys.actions')}</TableHeaderCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {overview.rounds.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{r.title[lang] || r.title.nl}</TableCell>
              <TableCell>{r.version}</TableCell>
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
