import { useEffect } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  activityInput,
  activityKinds,
  activityRecurrences,
  activityStatuses,
  partnerDecisions,
  type Activity,
  type ActivityInput,
  type BuildingPhase,
} from '@thuis/domain';
import type { z } from 'zod';
import { Button, ButtonGroup, CheckboxField, CheckboxList, FormButtons, FormProblem, Section, SelectField, TextAreaField, TextField } from '../../ui';
import { emptyToNull, formResolver, type FormValues } from '../../lib/forms';
import { decimalInputValue, parseDecimal } from '../../lib/numbers';
import { useFormSubmit } from '../../lib/useFormErrors';
import { inputOf } from './board';
import { useSaveActivity } from './hooks';

type Values = FormValues<z.input<typeof activityInput>>;
const paths = [
  'kind',
  'title',
  'description',
  'status',
  'themeIds',
  'place',
  'startsOn',
  'endsOn',
  'recurrence',
  'recurrenceNote',
  'buildingPhaseId',
  'ownerIds',
  'residentOrganisers',
  'residentOrganisersNote',
  'partners',
  'budgetEuros',
  'budgetHours',
  'lasts',
  'successorOwner',
] as const;

const nullableNumber = (v: unknown) => (v === '' || v === null || v === undefined ? null : parseDecimal(v));

function defaults(activity: Activity | null, locale: string): Values {
  if (!activity)
    return {
      kind: 'collective_activity',
      title: '',
      description: '',
      status: 'proposed',
      themeIds: [],
      place: '',
      startsOn: '',
      endsOn: '',
      recurrence: 'once',
      recurrenceNote: '',
      buildingPhaseId: '',
      ownerIds: [],
      residentOrganisers: '0',
      residentOrganisersNote: '',
      partners: [],
      budgetEuros: '',
      budgetHours: '',
      lasts: false,
      successorOwner: '',
    };
  const input = inputOf(activity);
  return {
    ...input,
    startsOn: input.startsOn ?? '',
    endsOn: input.endsOn ?? '',
    buildingPhaseId: input.buildingPhaseId ?? '',
    residentOrganisers: String(input.residentOrganisers),
    budgetEuros: decimalInputValue(input.budgetEuros, locale),
    budgetHours: decimalInputValue(input.budgetHours, locale),
    partners: input.partners.map((p) => ({
      ...p,
      organisationId: p.organisationId ?? '',
      requestedOn: p.requestedOn ?? '',
      decidedOn: p.decidedOn ?? '',
    })),
  };
}

/** "Nieuwe activiteit", or with `activity` the same form to change one. No names of residents anywhere. */
export function ActivityForm({
  projectId,
  activity,
  themes,
  owners,
  partners,
  phases,
  onSaved,
  onCancel,
}: {
  projectId: string;
  activity: Activity | null;
  themes: readonly { id: string; name: string }[];
  /** Professionals of the project team. */
  owners: readonly { id: string; name: string }[];
  /** The project's partner organisations. */
  partners: readonly { id: string; name: string }[];
  phases: readonly BuildingPhase[];
  onSaved: (saved: Activity, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveActivity(projectId);
  const form = useForm<Values, unknown, ActivityInput>({ resolver: formResolver(activityInput, t), defaultValues: defaults(activity, i18n.language) });
  const partnerRows = useFieldArray({ control: form.control, name: 'partners' });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    const saved = await save.mutateAsync({ activityId: activity?.id, input: values });
    onSaved(saved.activity, !activity);
  });
  const { errors, isSubmitting } = form.formState;
  const { setFocus } = form;
  useEffect(() => setFocus('title'), [setFocus]);
  const lasts = form.watch('lasts');
  const title = activity ? t('activitiesPage.editTitle', { title: activity.title }) : t('activitiesPage.newTitle');
  const date = { setValueAs: emptyToNull };

  return (
    <Section title={title} className="thuis-visit-form">
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        <div className="thuis-form-row">
          <SelectField
            label={t('activityFields.kind')}
            options={activityKinds.map((k) => ({ value: k, label: t(`activityKinds.${k}`) }))}
            error={errors.kind?.message}
            {...form.register('kind')}
          />
          <SelectField
            label={t('fields.status')}
            options={activityStatuses.map((s) => ({ value: s, label: t(`activityStatuses.${s}`) }))}
            error={errors.status?.message}
            {...form.register('status')}
          />
        </div>
        <TextField
          label={t('activityFields.title')}
          description={t('activitiesPage.anonymousHint')}
          autoComplete="off"
          error={errors.title?.message}
          {...form.register('title')}
        />
        <TextAreaField
          label={t('activityFields.description')}
          optionalText={t('common.optional')}
          rows={3}
          error={errors.description?.message}
          {...form.register('description')}
        />
        {themes.length ? (
          <Controller
            control={form.control}
            name="themeIds"
            render={({ field }) => (
              <CheckboxList
                legend={t('activityFields.themeIds')}
                options={themes.map((th) => ({ value: th.id, label: th.name }))}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.themeIds?.message}
              />
            )}
          />
        ) : null}
        <div className="thuis-form-row">
          <TextField
            label={t('activityFields.place')}
            optionalText={t('common.optional')}
            autoComplete="off"
            error={errors.place?.message}
            {...form.register('place')}
          />
          <SelectField
            label={t('fields.buildingPhaseId')}
            placeholder={t('activitiesPage.noBuildingPhase')}
            optionalText={t('common.optional')}
            options={phases.map((p) => ({ value: p.id, label: p.name }))}
            error={errors.buildingPhaseId?.message}
            {...form.register('buildingPhaseId', { setValueAs: emptyToNull })}
          />
        </div>
        <div className="thuis-form-row">
          <TextField
            type="date"
            label={t('activityFields.startsOn')}
            optionalText={t('common.optional')}
            error={errors.startsOn?.message}
            {...form.register('startsOn', date)}
          />
          <TextField
            type="date"
            label={t('activityFields.endsOn')}
            optionalText={t('common.optional')}
            error={errors.endsOn?.message}
            {...form.register('endsOn', date)}
          />
        </div>
        <div className="thuis-form-row">
          <SelectField
            label={t('activityFields.recurrence')}
            options={activityRecurrences.map((r) => ({ value: r, label: t(`activityRecurrences.${r}`) }))}
            error={errors.recurrence?.message}
            {...form.register('recurrence')}
          />
          <TextField
            label={t('activityFields.recurrenceNote')}
            optionalText={t('common.optional')}
            autoComplete="off"
            error={errors.recurrenceNote?.message}
            {...form.register('recurrenceNote')}
          />
        </div>
        {owners.length ? (
          <Controller
            control={form.control}
            name="ownerIds"
            render={({ field }) => (
              <CheckboxList
                legend={t('activityFields.ownerIds')}
                options={owners.map((o) => ({ value: o.id, label: o.name }))}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.ownerIds?.message}
              />
            )}
          />
        ) : null}
        <div className="thuis-form-row">
          <TextField
            label={t('activityFields.residentOrganisers')}
            inputMode="numeric"
            error={errors.residentOrganisers?.message}
            {...form.register('residentOrganisers', { setValueAs: (v) => parseDecimal(v) ?? 0 })}
          />
          <TextField
            label={t('activityFields.residentOrganisersNote')}
            description={t('activitiesPage.noNamesHint')}
            optionalText={t('common.optional')}
            autoComplete="off"
            error={errors.residentOrganisersNote?.message}
            {...form.register('residentOrganisersNote')}
          />
        </div>
        <fieldset className="utrecht-form-fieldset thuis-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('activityFields.partners')}</legend>
          {partnerRows.fields.map((row, i) => {
            const rowErrors = errors.partners?.[i];
            return (
              <div key={row.id} className="thuis-card-form" role="group" aria-label={t('activitiesPage.partnerNumber', { number: i + 1 })}>
                <div className="thuis-form-row">
                  <SelectField
                    label={t('activityFields.partnerOrganisation')}
                    placeholder={t('activitiesPage.otherPartner')}
                    options={partners.map((p) => ({ value: p.id, label: p.name }))}
                    error={rowErrors?.organisationId?.message}
                    {...form.register(`partners.${i}.organisationId`, { setValueAs: emptyToNull })}
                  />
                  <TextField
                    label={t('activityFields.partnerName')}
                    optionalText={t('common.optional')}
                    autoComplete="off"
                    error={rowErrors?.name?.message}
                    {...form.register(`partners.${i}.name`)}
                  />
                </div>
                <TextAreaField
                  label={t('activityFields.request')}
                  optionalText={t('common.optional')}
                  rows={2}
                  error={rowErrors?.request?.message}
                  {...form.register(`partners.${i}.request`)}
                />
                <div className="thuis-form-row">
                  <TextField
                    type="date"
                    label={t('activityFields.requestedOn')}
                    optionalText={t('common.optional')}
                    error={rowErrors?.requestedOn?.message}
                    {...form.register(`partners.${i}.requestedOn`, date)}
                  />
                  <SelectField
                    label={t('activityFields.decision')}
                    options={partnerDecisions.map((d) => ({ value: d, label: t(`partnerDecisions.${d}`) }))}
                    error={rowErrors?.decision?.message}
                    {...form.register(`partners.${i}.decision`)}
                  />
                  <TextField
                    type="date"
                    label={t('activityFields.decidedOn')}
                    optionalText={t('common.optional')}
                    error={rowErrors?.decidedOn?.message}
                    {...form.register(`partners.${i}.decidedOn`, date)}
                  />
                </div>
                <TextField
                  label={t('activityFields.decisionNote')}
                  optionalText={t('common.optional')}
                  autoComplete="off"
                  error={rowErrors?.decisionNote?.message}
                  {...form.register(`partners.${i}.decisionNote`)}
                />
                <ButtonGroup>
                  <Button appearance="subtle" onClick={() => partnerRows.remove(i)}>
                    {t('activitiesPage.removePartner', { number: i + 1 })}
                  </Button>
                </ButtonGroup>
              </div>
            );
          })}
          <ButtonGroup>
            <Button
              appearance="secondary"
              onClick={() =>
                partnerRows.append({
                  organisationId: '',
                  name: '',
                  request: '',
                  requestedOn: '',
                  decision: 'pending',
                  decidedOn: '',
                  decisionNote: '',
                })
              }
            >
              {t('activitiesPage.addPartner')}
            </Button>
          </ButtonGroup>
        </fieldset>
        <div className="thuis-form-row">
          <TextField
            label={t('activityFields.budgetEuros')}
            optionalText={t('common.optional')}
            inputMode="decimal"
            error={errors.budgetEuros?.message}
            {...form.register('budgetEuros', { setValueAs: nullableNumber })}
          />
          <TextField
            label={t('activityFields.budgetHours')}
            optionalText={t('common.optional')}
            inputMode="decimal"
            error={errors.budgetHours?.message}
            {...form.register('budgetHours', { setValueAs: nullableNumber })}
          />
        </div>
        <CheckboxField label={t('activityFields.lasts')} {...form.register('lasts')} />
        {lasts ? (
          <TextField
            label={t('activityFields.successorOwner')}
            autoComplete="off"
            error={errors.successorOwner?.message}
            {...form.register('successorOwner')}
          />
        ) : null}
        <FormButtons busy={isSubmitting} submitLabel={activity ? t('activitiesPage.saveChanges') : t('activitiesPage.add')} onCancel={onCancel} />
      </form>
    </Section>
  );
}
