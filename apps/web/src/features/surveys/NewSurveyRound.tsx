import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyOverview } from '@thuis/domain';
import { Alert, Button, Section, SelectField, TextField } from '../../ui';
import { isApiError } from '../../lib/api';
import { useCreateSurveyRound } from './hooks';

/** A new round of a survey in its chosen version, for a building phase or the whole project. */
export function NewSurveyRound({ projectId, overview }: { projectId: string; overview: SurveyOverview }) {
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
