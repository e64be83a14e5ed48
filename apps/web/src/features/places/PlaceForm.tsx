import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { placeInput, placeKinds, type Place, type PlaceInput } from '@thuis/domain';
import type { z } from 'zod';
import { Alert, FormButtons, FormProblem, Section, SelectField, TextAreaField, TextField } from '../../ui';
import { formResolver, type FormValues } from '../../lib/forms';
import { parseDecimal } from '../../lib/numbers';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useSavePlace } from './hooks';
import type { MapPick } from './NeighbourhoodMap';

type Values = FormValues<z.input<typeof placeInput>>;
const paths = ['kind', 'name', 'meaning', 'forWhom', 'notWelcome', 'activities', 'changesAsked', 'latitude', 'longitude'] as const;

const empty = (): Values => ({
  kind: '',
  name: '',
  meaning: '',
  forWhom: '',
  notWelcome: '',
  activities: '',
  changesAsked: '',
  latitude: '',
  longitude: '',
});
const fromPlace = (p: Place): Values => ({ ...p });

/**
 * A meaningful place: what it means, for whom, who stays away, what happens there and which changes
 * residents ask for. The position comes from a click on the map or from the coordinate fields.
 */
export function PlaceForm({
  projectId,
  editing,
  picked,
  onDone,
}: {
  projectId: string;
  editing: Place | null;
  picked: MapPick | null;
  onDone: (saved: Place | null) => void;
}) {
  const { t } = useTranslation();
  const save = useSavePlace(projectId);
  const form = useForm<Values, unknown, PlaceInput>({ resolver: formResolver(placeInput, t), defaultValues: editing ? fromPlace(editing) : empty() });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    const saved = await save.mutateAsync({ placeId: editing?.id ?? null, input: values });
    form.reset(empty());
    onDone(saved);
  });
  const { errors, isSubmitting } = form.formState;
  const { setValue } = form;

  useEffect(() => {
    if (!picked) return;
    setValue('latitude', picked.latitude, { shouldDirty: true });
    setValue('longitude', picked.longitude, { shouldDirty: true });
  }, [picked, setValue]);

  const title = editing ? t('placesPage.editTitle', { name: editing.name }) : t('placesPage.addTitle');
  return (
    <Section title={title}>
      <Alert type="info">{t('placesPage.noNames')}</Alert>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        <SelectField
          label={t('placesPage.kind')}
          placeholder={t('common.choose')}
          options={placeKinds.map((k) => ({ value: k, label: t(`placeKinds.${k}`) }))}
          error={errors.kind?.message}
          {...form.register('kind')}
        />
        <TextField label={t('fields.name')} error={errors.name?.message} {...form.register('name')} />
        <TextAreaField label={t('fields.meaning')} optionalText={t('common.optional')} rows={3} error={errors.meaning?.message} {...form.register('meaning')} />
        <TextAreaField label={t('fields.forWhom')} optionalText={t('common.optional')} rows={2} error={errors.forWhom?.message} {...form.register('forWhom')} />
        <TextAreaField
          label={t('fields.notWelcome')}
          optionalText={t('common.optional')}
          rows={2}
          error={errors.notWelcome?.message}
          {...form.register('notWelcome')}
        />
        <TextAreaField
          label={t('fields.activities')}
          optionalText={t('common.optional')}
          description={t('placesPage.activitiesHint')}
          rows={2}
          error={errors.activities?.message}
          {...form.register('activities')}
        />
        <TextAreaField
          label={t('fields.changesAsked')}
          optionalText={t('common.optional')}
          rows={2}
          error={errors.changesAsked?.message}
          {...form.register('changesAsked')}
        />
        <fieldset className="thuis-fieldset">
          <legend>{t('placesPage.position')}</legend>
          <p>{t('placesPage.positionHint')}</p>
          <TextField
            label={t('fields.latitude')}
            inputMode="decimal"
            autoComplete="off"
            error={errors.latitude?.message}
            {...form.register('latitude', { setValueAs: parseDecimal })}
          />
          <TextField
            label={t('fields.longitude')}
            inputMode="decimal"
            autoComplete="off"
            error={errors.longitude?.message}
            {...form.register('longitude', { setValueAs: parseDecimal })}
          />
        </fieldset>
        <FormButtons busy={isSubmitting} submitLabel={editing ? t('common.save') : t('placesPage.add')} onCancel={editing ? () => onDone(null) : undefined} />
      </form>
    </Section>
  );
}
