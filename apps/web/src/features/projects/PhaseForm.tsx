import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { phaseInput, phaseStatuses, type Phase, type PhaseInput } from '@thuis/domain';
import type { z } from 'zod';
import { FormButtons, FormProblem, SelectField, TextField } from '../../ui';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';

type Values = z.input<typeof phaseInput>;
const paths = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd', 'status'] as const;

/** Planned and actual dates and the status of one phase (project leader only). */
export function PhaseForm({ phase, onSubmit, onCancel }: { phase: Phase; onSubmit: (input: PhaseInput) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, PhaseInput>({
    resolver: translatedZodResolver(phaseInput, t),
    defaultValues: {
      plannedStart: phase.plannedStart,
      plannedEnd: phase.plannedEnd,
      actualStart: phase.actualStart,
      actualEnd: phase.actualEnd,
      status: phase.status,
    },
  });
  const { register } = form;
  const { errors, isSubmitting } = form.formState;
  const { submit, problem } = useFormSubmit(form, paths, onSubmit);
  const date = { setValueAs: emptyToNull };

  return (
    <form onSubmit={submit} noValidate className="thuis-form thuis-phase-form" aria-label={t('progress.formTitle', { phase: t(`phases.${phase.phase}`) })}>
      <FormProblem problem={problem} />
      <SelectField
        label={t('fields.status')}
        options={phaseStatuses.map((s) => ({ value: s, label: t(`phaseStatuses.${s}`) }))}
        error={errors.status?.message}
        {...register('status')}
      />
      <div className="thuis-form-row">
        <TextField type="date" label={t('fields.plannedStart')} error={errors.plannedStart?.message} {...register('plannedStart', date)} />
        <TextField type="date" label={t('fields.plannedEnd')} error={errors.plannedEnd?.message} {...register('plannedEnd', date)} />
      </div>
      <div className="thuis-form-row">
        <TextField type="date" label={t('fields.actualStart')} error={errors.actualStart?.message} {...register('actualStart', date)} />
        <TextField type="date" label={t('fields.actualEnd')} error={errors.actualEnd?.message} {...register('actualEnd', date)} />
      </div>
      <FormButtons busy={isSubmitting} submitLabel={t('common.save')} onCancel={onCancel} />
    </form>
  );
}
