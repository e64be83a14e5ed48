import { useForm, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  buildingInput,
  buildingPhaseInput,
  subNeighbourhoodInput,
  worksKinds,
  type Building,
  type BuildingInput,
  type BuildingPhase,
  type BuildingPhaseInput,
  type SubNeighbourhood,
} from '@thuis/domain';
import type { z } from 'zod';
import type { ReactNode } from 'react';
import { FormButtons, FormProblem, SelectField, TextField } from '../../ui';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import type { SubNeighbourhoodInput } from '../groupings/api';

interface FormProps<Input> {
  /** Accessible name of the form, e.g. "Gebouw toevoegen" or "Gebouw A wijzigen". */
  title: string;
  submitLabel: string;
  onSubmit: (input: Input) => Promise<unknown>;
  onCancel?: () => void;
  /** Empty the form after a successful add. */
  resetAfterSubmit?: boolean;
}

function FormFrame<V extends FieldValues, Out>({
  form,
  paths,
  title,
  submitLabel,
  onSubmit,
  onCancel,
  resetAfterSubmit,
  children,
  inline,
}: FormProps<Out> & { form: UseFormReturn<V, unknown, Out>; paths: readonly Path<V>[]; children: ReactNode; inline?: boolean }) {
  const { isSubmitting } = form.formState;
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    await onSubmit(values);
    if (resetAfterSubmit) form.reset();
  });
  return (
    <form onSubmit={submit} noValidate className={['thuis-form', inline ? 'thuis-inline-form' : 'thuis-card thuis-edit-form'].join(' ')} aria-label={title}>
      <FormProblem problem={problem} />
      {children}
      <FormButtons busy={isSubmitting} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

type BuildingValues = z.input<typeof buildingInput>;
export function BuildingForm({ initial, ...props }: FormProps<BuildingInput> & { initial?: Building }) {
  const { t } = useTranslation();
  const form = useForm<BuildingValues, unknown, BuildingInput>({
    resolver: translatedZodResolver(buildingInput, t),
    defaultValues: { code: initial?.code ?? '', name: initial?.name ?? '' },
  });
  const { errors } = form.formState;
  return (
    <FormFrame form={form} paths={['code', 'name']} inline={!initial} {...props}>
      <TextField label={t('fields.code')} error={errors.code?.message} autoComplete="off" {...form.register('code')} />
      <TextField label={t('fields.name')} optionalText={t('common.optional')} error={errors.name?.message} autoComplete="off" {...form.register('name')} />
    </FormFrame>
  );
}

type SubValues = z.input<typeof subNeighbourhoodInput>;
export function SubNeighbourhoodForm({ initial, ...props }: FormProps<SubNeighbourhoodInput> & { initial?: SubNeighbourhood }) {
  const { t } = useTranslation();
  const form = useForm<SubValues, unknown, SubNeighbourhoodInput>({
    resolver: translatedZodResolver(subNeighbourhoodInput, t),
    defaultValues: { name: initial?.name ?? '' },
  });
  const { errors } = form.formState;
  return (
    <FormFrame form={form} paths={['name']} inline={!initial} {...props}>
      <TextField label={t('fields.name')} error={errors.name?.message} autoComplete="off" {...form.register('name')} />
    </FormFrame>
  );
}

type PhaseValues = z.input<typeof buildingPhaseInput>;
const phasePaths = ['name', 'intervention', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
export function BuildingPhaseForm({
  initial,
  defaultIntervention,
  ...props
}: FormProps<BuildingPhaseInput> & { initial?: BuildingPhase; defaultIntervention?: BuildingPhase['intervention'] }) {
  const { t } = useTranslation();
  const form = useForm<PhaseValues, unknown, BuildingPhaseInput>({
    resolver: translatedZodResolver(buildingPhaseInput, t),
    defaultValues: {
      name: initial?.name ?? '',
      intervention: initial?.intervention ?? defaultIntervention ?? 'major_maintenance_occupied',
      plannedStart: initial?.plannedStart ?? null,
      plannedEnd: initial?.plannedEnd ?? null,
      actualStart: initial?.actualStart ?? null,
      actualEnd: initial?.actualEnd ?? null,
    },
  });
  const { errors } = form.formState;
  const date = { setValueAs: emptyToNull };
  return (
    <FormFrame form={form} paths={phasePaths} {...props}>
      <div className="thuis-form-row">
        <TextField label={t('fields.name')} error={errors.name?.message} autoComplete="off" {...form.register('name')} />
        <SelectField
          label={t('fields.intervention')}
          error={errors.intervention?.message}
          options={worksKinds.map((k) => ({ value: k, label: t(`worksKinds.${k}`) }))}
          {...form.register('intervention')}
        />
      </div>
      <div className="thuis-form-row">
        <TextField
          type="date"
          label={t('fields.plannedStart')}
          optionalText={t('common.optional')}
          error={errors.plannedStart?.message}
          {...form.register('plannedStart', date)}
        />
        <TextField
          type="date"
          label={t('fields.plannedEnd')}
          optionalText={t('common.optional')}
          error={errors.plannedEnd?.message}
          {...form.register('plannedEnd', date)}
        />
      </div>
      <div className="thuis-form-row">
        <TextField
          type="date"
          label={t('fields.actualStart')}
          optionalText={t('common.optional')}
          error={errors.actualStart?.message}
          {...form.register('actualStart', date)}
        />
        <TextField
          type="date"
          label={t('fields.actualEnd')}
          optionalText={t('common.optional')}
          error={errors.actualEnd?.message}
          {...form.register('actualEnd', date)}
        />
      </div>
    </FormFrame>
  );
}
