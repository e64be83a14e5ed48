import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { socialQualityConditions, themeInput, themeValences, type Theme, type ThemeInput } from '@thuis/domain';
import type { z } from 'zod';
import { CheckboxGroup, FormButtons, FormProblem, RadioGroup, TextAreaField, TextField } from '../../ui';
import { formResolver, type FormValues } from '../../lib/forms';
import { identifyingWarning, withIdentifyingCheck } from '../../lib/identifying';
import { useFormSubmit } from '../../lib/useFormErrors';
import { usePictureTranslate } from './fieldLabels';

type Values = FormValues<z.input<typeof themeInput>>;
const paths = ['name', 'description', 'conditions', 'valence'] as const;
const empty: Values = { name: '', description: '', conditions: [], valence: '' };

/**
 * A theme found in the work session: its name, what it is about, the conditions of social quality it
 * touches and whether it is promising or a concern. For a new theme, or to change one (`theme`).
 */
export function ThemeForm({
  theme,
  title,
  onSubmit,
  onCancel,
  idPrefix,
}: {
  theme?: Pick<Theme, 'name' | 'description' | 'conditions' | 'valence'>;
  /** The form's accessible name. */
  title: string;
  /** Saves; the form empties itself after a new theme. */
  onSubmit: (input: ThemeInput) => Promise<unknown>;
  onCancel?: () => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const pictureT = usePictureTranslate();
  const form = useForm<Values, unknown, ThemeInput>({
    // The name and description are printed in the report as written.
    resolver: withIdentifyingCheck(formResolver(themeInput, pictureT), ['name', 'description'], t),
    defaultValues: theme ? { name: theme.name, description: theme.description, conditions: [...theme.conditions], valence: theme.valence } : empty,
  });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    await onSubmit(values);
    if (!theme) form.reset(empty);
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="thuis-form thuis-theme-form" aria-label={title}>
      <FormProblem problem={problem} />
      <TextField
        id={`${idPrefix}-name`}
        label={t('themeForm.name')}
        autoComplete="off"
        error={errors.name?.message ?? identifyingWarning(form.watch('name'), t)}
        {...form.register('name')}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('themeForm.description')}
        optionalText={t('common.optional')}
        description={t('themeForm.descriptionHint')}
        rows={2}
        error={errors.description?.message ?? identifyingWarning(form.watch('description'), t)}
        {...form.register('description')}
      />
      <CheckboxGroup
        idPrefix={`${idPrefix}-conditions`}
        legend={t('themeForm.conditions')}
        description={t('themeForm.conditionsHint')}
        error={errors.conditions?.message ?? errors.conditions?.root?.message}
        options={socialQualityConditions.map((c) => ({ value: c, label: t(`socialQualityConditions.${c}`) }))}
        inputProps={form.register('conditions')}
      />
      <RadioGroup
        idPrefix={`${idPrefix}-valence`}
        legend={t('themeForm.valence')}
        error={errors.valence?.message}
        options={themeValences.map((v) => ({ value: v, label: t(`themeValences.${v}`) }))}
        inputProps={form.register('valence')}
      />
      <FormButtons busy={isSubmitting} submitLabel={theme ? t('themeForm.update') : t('themeForm.create')} onCancel={onCancel} />
    </form>
  );
}
