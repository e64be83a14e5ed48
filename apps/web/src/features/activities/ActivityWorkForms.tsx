import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { activityHoursInput, activityReachInput, type ActivityHoursInput, type ActivityReachInput } from '@thuis/domain';
import type { z } from 'zod';
import { Alert, DataTable, FormButtons, FormProblem, Heading, QueryState, Section, TextField } from '../../ui';
import { formatShortDate } from '../../lib/dates';
import { emptyToNull, formResolver, type FormValues } from '../../lib/forms';
import { formatNumber, parseDecimal } from '../../lib/numbers';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useActivity, useBookActivityHours, useRecordReach } from './hooks';

/** Reach per occasion and hours on the phase-4 line, for one activity (social team only). */
export function ActivityWorkForms({ projectId, activityId, title }: { projectId: string; activityId: string; title: string }) {
  const { t, i18n } = useTranslation();
  const detail = useActivity(projectId, activityId);
  return (
    <Section title={t('activitiesPage.workTitle', { title })}>
      <QueryState query={detail}>
        {({ activity, reachEntries }) => (
          <>
            <Alert type="info">
              {t('activitiesPage.hoursText', {
                booked: formatNumber(activity.bookedHours, i18n.language),
                budget: activity.budgetHours === null ? '–' : formatNumber(activity.budgetHours, i18n.language),
              })}
            </Alert>
            {reachEntries.length ? (
              <DataTable
                caption={t('activitiesPage.reachCaption')}
                rows={reachEntries}
                rowKey={(r) => r.id}
                columns={[
                  { label: t('fields.heldOn'), cell: (r) => (r.heldOn ? formatShortDate(r.heldOn, i18n.language) : t('activitiesPage.reachTotal')) },
                  { label: t('fields.participants'), cell: (r) => formatNumber(r.participants, i18n.language) },
                  { label: t('fields.firstTimers'), cell: (r) => formatNumber(r.firstTimers, i18n.language) },
                ]}
              />
            ) : null}
            <div className="thuis-columns">
              <ReachForm projectId={projectId} activityId={activityId} />
              <HoursForm projectId={projectId} activityId={activityId} />
            </div>
          </>
        )}
      </QueryState>
    </Section>
  );
}

type ReachValues = FormValues<z.input<typeof activityReachInput>>;
function ReachForm({ projectId, activityId }: { projectId: string; activityId: string }) {
  const { t } = useTranslation();
  const record = useRecordReach(projectId, activityId);
  // The form is emptied after a save, so the confirmation is kept apart from its state.
  const [saved, setSaved] = useState(false);
  const form = useForm<ReachValues, unknown, ActivityReachInput>({
    resolver: formResolver(activityReachInput, t),
    defaultValues: { heldOn: '', participants: '', firstTimers: '0', note: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['heldOn', 'participants', 'firstTimers', 'note'], async (values) => {
    setSaved(false);
    await record.mutateAsync(values);
    form.reset();
    setSaved(true);
  });
  const { errors, isSubmitting } = form.formState;
  const number = { setValueAs: (v: unknown) => parseDecimal(v) };
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('activitiesPage.reachFormTitle')}>
      <Heading level={3}>{t('activitiesPage.reachFormTitle')}</Heading>
      <FormProblem problem={problem} />
      {saved && !problem ? <Alert type="ok">{t('activitiesPage.reachSaved')}</Alert> : null}
      <TextField
        type="date"
        label={t('fields.heldOn')}
        description={t('activitiesPage.heldOnHint')}
        optionalText={t('common.optional')}
        error={errors.heldOn?.message}
        {...form.register('heldOn', { setValueAs: emptyToNull })}
      />
      <TextField label={t('fields.participants')} inputMode="numeric" error={errors.participants?.message} {...form.register('participants', number)} />
      <TextField label={t('fields.firstTimers')} inputMode="numeric" error={errors.firstTimers?.message} {...form.register('firstTimers', number)} />
      <FormButtons busy={isSubmitting} submitLabel={t('activitiesPage.recordReach')} />
    </form>
  );
}

type HoursValues = FormValues<z.input<typeof activityHoursInput>>;
function HoursForm({ projectId, activityId }: { projectId: string; activityId: string }) {
  const { t } = useTranslation();
  const book = useBookActivityHours(projectId, activityId);
  const [saved, setSaved] = useState(false);
  const form = useForm<HoursValues, unknown, ActivityHoursInput>({
    resolver: formResolver(activityHoursInput, t),
    defaultValues: { workedOn: '', hours: '', note: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['workedOn', 'hours', 'note'], async (values) => {
    setSaved(false);
    await book.mutateAsync(values);
    form.reset();
    setSaved(true);
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('activitiesPage.hoursFormTitle')}>
      <Heading level={3}>{t('activitiesPage.hoursFormTitle')}</Heading>
      <FormProblem problem={problem} />
      {saved && !problem ? <Alert type="ok">{t('activitiesPage.hoursSaved')}</Alert> : null}
      <TextField type="date" label={t('fields.workedOn')} error={errors.workedOn?.message} {...form.register('workedOn')} />
      <TextField
        label={t('fields.hours')}
        description={t('activitiesPage.hoursHint')}
        inputMode="decimal"
        error={errors.hours?.message}
        {...form.register('hours', { setValueAs: (v: unknown) => parseDecimal(v) })}
      />
      <TextField label={t('fields.note')} optionalText={t('common.optional')} autoComplete="off" error={errors.note?.message} {...form.register('note')} />
      <FormButtons busy={isSubmitting} submitLabel={t('activitiesPage.bookHours')} />
    </form>
  );
}
