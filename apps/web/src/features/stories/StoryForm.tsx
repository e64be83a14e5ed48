import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { storyInput, storyTellerKinds, type Story, type StoryInput } from '@thuis/domain';
import type { z } from 'zod';
import { Alert, FormButtons, FormProblem, Heading, RadioGroup, SelectField, TextAreaField, TextField } from '../../ui';
import { emptyToNull, formResolver, type FormValues } from '../../lib/forms';
import { identifyingWarning } from '../../lib/identifying';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useSaveStory } from './hooks';

type Values = FormValues<z.input<typeof storyInput>>;
const paths = ['tellerKind', 'periodStart', 'periodEnd', 'activityId', 'themeId', 'storyTitle', 'storyText', 'storyWhy'] as const;

const empty = (): Values => ({
  tellerKind: '',
  periodStart: '',
  periodEnd: '',
  activityId: null,
  themeId: null,
  storyTitle: '',
  storyText: '',
  storyWhy: '',
});
const fromStory = (s: Story): Values => ({
  tellerKind: s.tellerKind,
  periodStart: s.periodStart,
  periodEnd: s.periodEnd,
  activityId: s.activity?.id ?? null,
  themeId: s.theme?.id ?? null,
  storyTitle: s.storyTitle,
  storyText: s.storyText,
  storyWhy: s.storyWhy,
});

/**
 * A story told in answer to the fixed question, large enough to fill in on the team's tablet
 * together with the teller. Who told it is a kind of person, never a name.
 */
export function StoryForm({
  projectId,
  editing,
  activities,
  themes,
  onDone,
}: {
  projectId: string;
  editing: Story | null;
  activities: readonly { id: string; title: string }[];
  themes: readonly { id: string; name: string }[];
  onDone: (saved: Story | null) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveStory(projectId);
  const form = useForm<Values, unknown, StoryInput>({ resolver: formResolver(storyInput, t), defaultValues: editing ? fromStory(editing) : empty() });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    const saved = await save.mutateAsync({ storyId: editing?.id ?? null, input: values });
    form.reset(empty());
    onDone(saved);
  });
  const { errors, isSubmitting } = form.formState;
  const idPrefix = editing ? `story-${editing.id}` : 'story-new';
  const warn = (name: 'storyTitle' | 'storyText' | 'storyWhy') => errors[name]?.message ?? identifyingWarning(form.watch(name) ?? '', t);
  const label = editing ? t('storiesPage.editTitle', { title: editing.storyTitle }) : t('storiesPage.recordTitle');

  return (
    <form onSubmit={submit} noValidate className="thuis-form thuis-story-form" aria-label={label}>
      <Heading level={3} className="thuis-story-question">
        {t('storiesPage.question')}
      </Heading>
      <Alert type="info">{t('storiesPage.noNames')}</Alert>
      <FormProblem problem={problem} />
      <RadioGroup
        idPrefix={`${idPrefix}-teller`}
        legend={t('fields.tellerKind')}
        error={errors.tellerKind?.message}
        options={storyTellerKinds.map((k) => ({ value: k, label: t(`storiesPage.tellerKinds.${k}`) }))}
        inputProps={form.register('tellerKind')}
      />
      <fieldset className="thuis-fieldset">
        <legend>{t('storiesPage.period')}</legend>
        <TextField type="date" label={t('fields.periodStart')} error={errors.periodStart?.message} {...form.register('periodStart')} />
        <TextField type="date" label={t('fields.periodEnd')} error={errors.periodEnd?.message} {...form.register('periodEnd')} />
      </fieldset>
      <TextField
        label={t('fields.storyTitle')}
        description={t('storiesPage.titleHint')}
        autoComplete="off"
        error={warn('storyTitle')}
        {...form.register('storyTitle')}
      />
      <TextAreaField
        label={t('fields.storyText')}
        description={t('storiesPage.storyHint')}
        rows={8}
        error={warn('storyText')}
        {...form.register('storyText')}
      />
      <TextAreaField label={t('fields.storyWhy')} rows={5} error={warn('storyWhy')} {...form.register('storyWhy')} />
      <SelectField
        label={t('fields.activityId')}
        optionalText={t('common.optional')}
        placeholder={t('storiesPage.noActivity')}
        options={activities.map((a) => ({ value: a.id, label: a.title }))}
        error={errors.activityId?.message}
        {...form.register('activityId', { setValueAs: emptyToNull })}
      />
      <SelectField
        label={t('fields.themeId')}
        optionalText={t('common.optional')}
        description={t('storiesPage.themeHint')}
        placeholder={t('storiesPage.noTheme')}
        options={themes.map((th) => ({ value: th.id, label: th.name }))}
        error={errors.themeId?.message}
        {...form.register('themeId', { setValueAs: emptyToNull })}
      />
      <FormButtons busy={isSubmitting} submitLabel={editing ? t('common.save') : t('storiesPage.record')} onCancel={editing ? () => onDone(null) : undefined} />
    </form>
  );
}
