import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { signalCategories, signalInput, type BuildingPhase, type SignalInput } from '@thuis/domain';
import type { z } from 'zod';
import { Alert, FormButtons, FormProblem, Section, SelectField, TextAreaField } from '../../ui';
import { emptyToNull, formResolver, type FormValues } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useReportSignal } from './hooks';
import { subjectsOf } from './signals';

type Values = FormValues<z.input<typeof signalInput>>;
const paths = ['category', 'subject', 'visitId', 'buildingPhaseId', 'description'] as const;

const empty = (visitId: string | null): Values => ({ category: '', subject: '', visitId, buildingPhaseId: null, description: '' });

/**
 * "Signaal doorgeven": anyone at the door (social team and contractor) hands a signal to the social
 * team. Afterwards the form is empty again; the contractor never sees what follows.
 */
export function SignalForm({
  projectId,
  visitId,
  visitText,
  buildingPhases,
  seesFollowUp,
}: {
  projectId: string;
  /** The visit it comes from (`?visitId=`), or null for a signal noticed elsewhere in the neighbourhood. */
  visitId: string | null;
  /** Which visit, as a sentence; shown above the form. */
  visitText: string | null;
  buildingPhases: readonly BuildingPhase[];
  /** The social team sees the list below; the contractor only gets the confirmation. */
  seesFollowUp: boolean;
}) {
  const { t } = useTranslation();
  const report = useReportSignal(projectId);
  const [sent, setSent] = useState(false);
  const form = useForm<Values, unknown, SignalInput>({ resolver: formResolver(signalInput, t), defaultValues: empty(visitId) });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    setSent(false);
    await report.mutateAsync(values);
    form.reset(empty(visitId));
    setSent(true);
  });
  const { errors, isSubmitting } = form.formState;
  const category = form.watch('category') as string;
  const subjects = subjectsOf(category);
  const { getValues, setValue } = form;

  // A subject of another category no longer fits: choose again.
  useEffect(() => {
    const subject = getValues('subject') as string;
    if (subject && !subjects.includes(subject)) setValue('subject', '');
  }, [subjects, getValues, setValue]);

  const title = t('signalsPage.formTitle');
  return (
    <Section title={title}>
      {sent ? (
        <Alert type="ok" title={t('signalsPage.sentTitle')}>
          {seesFollowUp ? t('signalsPage.sentTeam') : t('signalsPage.sentContractor')}
        </Alert>
      ) : null}
      {visitText ? <Alert type="info">{visitText}</Alert> : null}
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        <SelectField
          label={t('fields.category')}
          placeholder={t('common.choose')}
          options={signalCategories.map((c) => ({ value: c, label: t(`signalCategories.${c}`) }))}
          error={errors.category?.message}
          {...form.register('category', { onChange: () => setSent(false) })}
        />
        <SelectField
          label={t('fields.subject')}
          placeholder={category ? t('common.choose') : t('signalsPage.chooseCategoryFirst')}
          options={subjects.map((s) => ({ value: s, label: t(`signalSubjects.${s}`) }))}
          error={errors.subject?.message}
          {...form.register('subject')}
        />
        {visitId ? null : (
          <SelectField
            label={t('fields.buildingPhaseId')}
            optionalText={t('common.optional')}
            description={t('signalsPage.buildingPhaseHint')}
            placeholder={t('signalsPage.noBuildingPhase')}
            options={buildingPhases.map((p) => ({ value: p.id, label: p.name }))}
            error={errors.buildingPhaseId?.message}
            {...form.register('buildingPhaseId', { setValueAs: emptyToNull })}
          />
        )}
        <TextAreaField
          label={t('fields.description')}
          description={t('signalsPage.descriptionHint')}
          rows={4}
          error={errors.description?.message}
          {...form.register('description')}
        />
        {errors.visitId?.message ? <Alert type="error">{errors.visitId.message}</Alert> : null}
        <FormButtons busy={isSubmitting} submitLabel={t('signalsPage.submit')} />
      </form>
    </Section>
  );
}
