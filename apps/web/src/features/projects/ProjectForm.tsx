import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { projectInput, worksKinds, type ProjectInput } from '@thuis/domain';
import type { z } from 'zod';
import { CheckboxGroup, FormButtons, FormProblem, TextAreaField, TextField } from '../../ui';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';

type Values = z.input<typeof projectInput>;
const paths = ['name', 'neighbourhood', 'municipality', 'description', 'worksKinds', 'startsOn', 'endsOn', 'teamPhone', 'teamEmail'] as const;

export const emptyProject: Values = {
  name: '',
  neighbourhood: '',
  municipality: '',
  description: '',
  worksKinds: [],
  startsOn: '',
  endsOn: null,
  teamPhone: '',
  teamEmail: '',
};

/** Name, place, works and period of a project: used to start one and to change it. */
export function ProjectForm({
  initial,
  submitLabel,
  cancelTo,
  onSubmit,
}: {
  initial: Values;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (input: ProjectInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, ProjectInput>({
    resolver: translatedZodResolver(projectInput, t),
    defaultValues: initial,
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const { submit, problem } = useFormSubmit(form, paths, onSubmit);

  return (
    <form onSubmit={submit} noValidate className="thuis-form">
      <FormProblem problem={problem} />
      <TextField label={t('fields.name')} autoComplete="off" required error={errors.name?.message} {...register('name')} />
      <TextField label={t('fields.neighbourhood')} required error={errors.neighbourhood?.message} {...register('neighbourhood')} />
      <TextField label={t('fields.municipality')} autoComplete="address-level2" required error={errors.municipality?.message} {...register('municipality')} />
      <TextAreaField
        label={t('fields.description')}
        optionalText={t('common.optional')}
        description={t('projectForm.descriptionHint')}
        rows={4}
        error={errors.description?.message}
        {...register('description')}
      />
      <CheckboxGroup
        legend={t('fields.worksKinds')}
        description={t('projectForm.worksKindsHint')}
        error={errors.worksKinds?.message ?? errors.worksKinds?.root?.message}
        options={worksKinds.map((k) => ({ value: k, label: t(`worksKinds.${k}`) }))}
        inputProps={register('worksKinds')}
        idPrefix="worksKinds"
      />
      <div className="thuis-form-row">
        <TextField type="date" label={t('fields.startsOn')} required error={errors.startsOn?.message} {...register('startsOn')} />
        <TextField
          type="date"
          label={t('fields.endsOn')}
          optionalText={t('common.optional')}
          description={t('projectForm.endsOnHint')}
          error={errors.endsOn?.message}
          {...register('endsOn', { setValueAs: emptyToNull })}
        />
      </div>
      <div className="thuis-form-row">
        <TextField
          type="tel"
          label={t('fields.teamPhone')}
          optionalText={t('common.optional')}
          description={t('projectForm.contactHint', { phone: '{{teamtelefoon}}', email: '{{teamemail}}' })}
          autoComplete="off"
          error={errors.teamPhone?.message}
          {...register('teamPhone')}
        />
        <TextField
          type="email"
          label={t('fields.teamEmail')}
          optionalText={t('common.optional')}
          autoComplete="off"
          error={errors.teamEmail?.message}
          {...register('teamEmail')}
        />
      </div>
      <FormButtons busy={isSubmitting} submitLabel={submitLabel} cancelTo={cancelTo} />
    </form>
  );
}
