import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { householdInput, householdLanguages, type Household, type HouseholdInput } from '@thuis/domain';
import type { z } from 'zod';
import { CheckboxField, FormButtons, FormProblem, Heading, SelectField, TextAreaField, TextField } from '../../ui';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';

type Values = z.input<typeof householdInput>;
const paths = ['movedInOn', 'movedOutOn', 'language', 'practicalNeeds', 'shareNeedsWithContractor', 'contactName', 'contactPhone', 'contactEmail'] as const;

/** Add or change a household (shared schema `householdInput`); contact data is only filled in when given. */
export function HouseholdForm({
  title,
  initial,
  contact,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial?: Household;
  contact?: { name: string; phone: string; email: string };
  onSubmit: (input: HouseholdInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, HouseholdInput>({
    resolver: translatedZodResolver(householdInput, t),
    defaultValues: {
      movedInOn: initial?.movedInOn ?? null,
      movedOutOn: initial?.movedOutOn ?? null,
      language: initial?.language ?? 'nl',
      practicalNeeds: initial?.practicalNeeds ?? '',
      shareNeedsWithContractor: initial?.shareNeedsWithContractor ?? false,
      contactName: contact?.name ?? '',
      contactPhone: contact?.phone ?? '',
      contactEmail: contact?.email ?? '',
    },
  });
  const { register } = form;
  const { errors, isSubmitting } = form.formState;
  const { submit, problem } = useFormSubmit(form, paths, onSubmit);
  const date = { setValueAs: emptyToNull };
  const optional = t('common.optional');

  return (
    <form onSubmit={submit} noValidate className="thuis-form thuis-card thuis-edit-form" aria-label={title}>
      <Heading level={3}>{title}</Heading>
      <FormProblem problem={problem} />
      <div className="thuis-form-row">
        <TextField type="date" label={t('fields.movedInOn')} optionalText={optional} error={errors.movedInOn?.message} {...register('movedInOn', date)} />
        <TextField type="date" label={t('fields.movedOutOn')} optionalText={optional} error={errors.movedOutOn?.message} {...register('movedOutOn', date)} />
      </div>
      <SelectField
        label={t('fields.language')}
        options={householdLanguages.map((l) => ({ value: l, label: t(`householdLanguages.${l}`) }))}
        error={errors.language?.message}
        {...register('language')}
      />
      <TextAreaField
        label={t('fields.practicalNeeds')}
        optionalText={optional}
        description={t('households.needsHint')}
        rows={3}
        error={errors.practicalNeeds?.message}
        {...register('practicalNeeds')}
      />
      <CheckboxField
        label={t('fields.shareNeedsWithContractor')}
        description={t('households.shareHint')}
        error={errors.shareNeedsWithContractor?.message}
        {...register('shareNeedsWithContractor')}
      />
      <fieldset className="thuis-fieldset">
        <legend>{t('households.contactLegend')}</legend>
        <p className="utrecht-paragraph thuis-muted">{t('households.contactFormHint')}</p>
        <TextField
          label={t('fields.contactName')}
          optionalText={optional}
          autoComplete="off"
          error={errors.contactName?.message}
          {...register('contactName')}
        />
        <div className="thuis-form-row">
          <TextField
            type="tel"
            label={t('fields.contactPhone')}
            optionalText={optional}
            autoComplete="off"
            error={errors.contactPhone?.message}
            {...register('contactPhone')}
          />
          <TextField
            type="email"
            label={t('fields.contactEmail')}
            optionalText={optional}
            autoComplete="off"
            error={errors.contactEmail?.message}
            {...register('contactEmail')}
          />
        </div>
      </fieldset>
      <FormButtons busy={isSubmitting} submitLabel={t('common.save')} onCancel={onCancel} />
    </form>
  );
}
