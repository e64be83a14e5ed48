import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import {
  measurementCorrection,
  measurementMoments,
  participationLadder,
  todayInAmsterdam,
  type HouseholdMeasurement,
  type MeasurementCorrection,
} from '@thuis/domain';
import type { z } from 'zod';
import { Alert, Button, ButtonGroup, FormButtons, FormProblem, Paragraph, Section, SelectField, TextField } from '../../ui';
import { ApiError } from '../../lib/api';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { formatShortDate } from '../../lib/dates';
import { problemFrom, useFormSubmit, type FormProblem as Problem } from '../../lib/useFormErrors';
import { newClientId } from '../registrations/api';
import { measurementOutbox, refreshSyncState, syncNow, useSyncState } from '../registrations/sync';
import { beforeAfterKeys, useBeforeAfterSettings, useCorrectMeasurement, useDeleteMeasurement, useHouseholdMeasurements } from './hooks';

type Values = z.input<typeof measurementCorrection>;
const paths = ['moment', 'measuredOn', 'wellbeing', 'ladder'] as const;
const toNumber = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/**
 * "Voor- en nameting" at a visit, where the project measures before and after: wellbeing (1-10) and
 * the participation ladder (1-6). A new measurement goes through this device's outbox like the
 * registration (it waits there without a connection and is stored once); the household's stored
 * measurements can be corrected or deleted. The server keeps them on the household's pseudonym only.
 */
export function MeasurementSection({ projectId, visitId }: { projectId: string; visitId: string }) {
  const { t } = useTranslation();
  const settings = useBeforeAfterSettings(projectId);
  if (!settings.data?.enabled) return null;
  return (
    <>
      <MeasurementForm projectId={projectId} visitId={visitId} title={t('beforeAfter.measureTitle')} />
      <HouseholdMeasurements projectId={projectId} visitId={visitId} />
    </>
  );
}

function MeasurementFields({ form }: { form: ReturnType<typeof useForm<Values, unknown, MeasurementCorrection>> }) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return (
    <>
      <div className="thuis-form-row">
        <SelectField
          label={t('fields.moment')}
          options={measurementMoments.map((m) => ({ value: m, label: t(`beforeAfter.moments.${m}`) }))}
          error={errors.moment?.message}
          {...form.register('moment')}
        />
        <TextField
          type="date"
          label={t('fields.measuredOn')}
          error={errors.measuredOn?.message}
          {...form.register('measuredOn', { setValueAs: emptyToNull })}
        />
      </div>
      <div className="thuis-form-row">
        <SelectField
          label={t('fields.wellbeing')}
          placeholder={t('beforeAfter.notAsked')}
          options={Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
          error={errors.wellbeing?.message}
          {...form.register('wellbeing', { setValueAs: toNumber })}
        />
        <SelectField
          label={t('fields.ladder')}
          placeholder={t('beforeAfter.notAsked')}
          options={participationLadder.map((level) => ({ value: String(level), label: t(`beforeAfter.ladder.${level}`) }))}
          error={errors.ladder?.message}
          {...form.register('ladder', { setValueAs: toNumber })}
        />
      </div>
    </>
  );
}

function MeasurementForm({ projectId, visitId, title }: { projectId: string; visitId: string; title: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sync = useSyncState();
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<Values, unknown, MeasurementCorrection>({
    resolver: translatedZodResolver(measurementCorrection, t),
    defaultValues: { moment: 'first_visit', measuredOn: todayInAmsterdam(), wellbeing: null, ladder: null },
  });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    setDone(null);
    const clientId = newClientId();
    measurementOutbox.queue({ clientId, projectId, input: { ...values, clientId, visitId } });
    refreshSyncState();
    await syncNow();
    const refused = measurementOutbox.refusedFor(visitId).find((e) => e.clientId === clientId);
    if (refused) {
      // Shown at the fields; the user puts it right and saves again (with a new client id).
      measurementOutbox.dismiss(clientId);
      throw new ApiError(400, 'validation', refused.problem.message, refused.problem.fields);
    }
    const waiting = measurementOutbox.outbox().some((e) => e.clientId === clientId);
    setDone(waiting ? t('beforeAfter.queued') : t('beforeAfter.recorded'));
    if (!waiting) void queryClient.invalidateQueries({ queryKey: beforeAfterKeys.all(projectId) });
    form.reset({ ...values, wellbeing: null, ladder: null });
  });
  const waitingHere = sync.measurements > 0 ? measurementOutbox.waitingFor(visitId) : [];
  const refusedHere = measurementOutbox.refusedFor(visitId);
  return (
    <Section title={title}>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <Paragraph>{t('beforeAfter.measureIntro')}</Paragraph>
        <FormProblem problem={problem} />
        {done ? <Alert type="ok">{done}</Alert> : null}
        {waitingHere.length ? <Alert type="info">{t('beforeAfter.waitingHere', { count: waitingHere.length })}</Alert> : null}
        {refusedHere.map((e) => (
          <Alert key={e.clientId} type="error">
            {t('beforeAfter.refusedHere', { date: e.input.measuredOn, message: e.problem.message })}{' '}
            <Button
              appearance="subtle"
              onClick={() => {
                measurementOutbox.dismiss(e.clientId);
                setDone(null);
              }}
            >
              {t('beforeAfter.dismiss')}
            </Button>
          </Alert>
        ))}
        <MeasurementFields form={form} />
        <FormButtons busy={form.formState.isSubmitting} submitLabel={t('beforeAfter.record')} />
      </form>
    </Section>
  );
}

/** The household's stored measurements, to correct or delete one made wrongly. */
function HouseholdMeasurements({ projectId, visitId }: { projectId: string; visitId: string }) {
  const { t, i18n } = useTranslation();
  const list = useHouseholdMeasurements(projectId, visitId);
  const remove = useDeleteMeasurement(projectId);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const measurements = list.data ?? [];
  const describe = (m: HouseholdMeasurement) =>
    t('beforeAfter.measurementLine', {
      moment: t(`beforeAfter.moments.${m.moment}`),
      date: formatShortDate(m.measuredOn, i18n.language),
      wellbeing: m.wellbeing ?? t('beforeAfter.notAsked'),
      ladder: m.ladder ?? t('beforeAfter.notAsked'),
    });
  return (
    <Section title={t('beforeAfter.householdTitle')}>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <FormProblem problem={problem} />
      {list.isError ? <Alert type="error">{t('errors.server')}</Alert> : null}
      {list.isSuccess && measurements.length === 0 ? <Paragraph>{t('beforeAfter.noMeasurements')}</Paragraph> : null}
      <ul className="thuis-card-list">
        {measurements.map((m) => (
          <li key={m.id} className="thuis-card">
            <Paragraph>{describe(m)}</Paragraph>
            {editing === m.id ? (
              <CorrectionForm
                projectId={projectId}
                measurement={m}
                onDone={(message) => {
                  setEditing(null);
                  if (message) setNotice(message);
                }}
              />
            ) : (
              <ButtonGroup>
                <Button
                  onClick={() => {
                    setNotice(null);
                    setEditing(m.id);
                  }}
                >
                  {t('beforeAfter.correctFor', { what: describe(m) })}
                </Button>
                <Button
                  appearance="subtle"
                  danger
                  onClick={() => {
                    if (!window.confirm(t('beforeAfter.deleteConfirm', { what: describe(m) }))) return;
                    setNotice(null);
                    setProblem(null);
                    remove.mutateAsync(m.id).then(
                      () => setNotice(t('beforeAfter.deleted')),
                      (error: unknown) => setProblem(problemFrom(error, t('errors.server'))),
                    );
                  }}
                >
                  {t('beforeAfter.deleteFor', { what: describe(m) })}
                </Button>
              </ButtonGroup>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function CorrectionForm({
  projectId,
  measurement,
  onDone,
}: {
  projectId: string;
  measurement: HouseholdMeasurement;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const correct = useCorrectMeasurement(projectId);
  const form = useForm<Values, unknown, MeasurementCorrection>({
    resolver: translatedZodResolver(measurementCorrection, t),
    defaultValues: { moment: measurement.moment, measuredOn: measurement.measuredOn, wellbeing: measurement.wellbeing, ladder: measurement.ladder },
  });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    await correct.mutateAsync({ measurementId: measurement.id, input: values });
    onDone(t('beforeAfter.corrected'));
  });
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('beforeAfter.correctTitle')}>
      <FormProblem problem={problem} />
      <MeasurementFields form={form} />
      <FormButtons busy={form.formState.isSubmitting} submitLabel={t('beforeAfter.correctSave')} onCancel={() => onDone(null)} />
    </form>
  );
}
