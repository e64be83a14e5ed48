import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { rippleMapInput, type RippleMapDetail, type RippleMapInput } from '@thuis/domain';
import type { z } from 'zod';
import { FormButtons, FormProblem, Section, SelectField, TextField } from '../../ui';
import { translatedZodResolver } from '../../lib/forms';
import { withIdentifyingCheck } from '../../lib/identifying';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useCreateRippleMap, useRippleSubjects } from './hooks';

type Values = z.input<typeof rippleMapInput>;
const orNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/** Starts a map for the group session, about an activity or a top-5 theme. */
export function NewRippleMapForm({ projectId, onCreated }: { projectId: string; onCreated: (map: RippleMapDetail) => void }) {
  const { t } = useTranslation();
  const subjects = useRippleSubjects(projectId, true);
  const create = useCreateRippleMap(projectId);
  const form = useForm<Values, unknown, RippleMapInput>({
    resolver: withIdentifyingCheck(translatedZodResolver(rippleMapInput, t), ['title'], t),
    defaultValues: { title: '', activityId: null, themeId: null },
  });
  const { submit, problem } = useFormSubmit(form, ['title', 'activityId', 'themeId'], async (values) => onCreated(await create.mutateAsync(values)));
  const { errors, isSubmitting } = form.formState;
  return (
    <Section title={t('ripples.newTitle')}>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('ripples.newTitle')}>
        <FormProblem problem={problem} />
        <TextField
          label={t('ripples.mapName')}
          description={t('ripples.noNames')}
          autoComplete="off"
          error={errors.title?.message}
          {...form.register('title')}
        />
        <SelectField
          label={t('ripples.activity')}
          optionalText={t('common.optional')}
          placeholder={t('ripples.noSubject')}
          options={(subjects.data?.activities ?? []).map((a) => ({ value: a.id, label: a.title }))}
          error={errors.activityId?.message}
          {...form.register('activityId', { setValueAs: orNull })}
        />
        <SelectField
          label={t('ripples.theme')}
          optionalText={t('common.optional')}
          description={t('ripples.themeHint')}
          placeholder={t('ripples.noSubject')}
          options={(subjects.data?.themes ?? []).map((th) => ({ value: th.id, label: th.name }))}
          error={errors.themeId?.message}
          {...form.register('themeId', { setValueAs: orNull })}
        />
        <FormButtons busy={isSubmitting} submitLabel={t('ripples.create')} />
      </form>
    </Section>
  );
}
