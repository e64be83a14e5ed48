import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useFieldArray, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  collaborationPairs,
  collaborationRatings,
  interimEvaluationInput,
  interimInputOf,
  interimKinds,
  phaseKeys,
  todayInAmsterdam,
  type BuildingPhase,
  type InterimEvaluation,
} from '@thuis/domain';
import type { z } from 'zod';
import { Button, ButtonGroup, CheckboxList, FormButtons, FormProblem, Paragraph, Section, SelectField, TextAreaField, TextField } from '../../ui';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { parseDecimal } from '../../lib/numbers';
import { useFormSubmit } from '../../lib/useFormErrors';
import { browserStorage, createInterimDraftStore } from './draft';
import { GoalReviewsFieldset } from '../preparation/GoalReviewsFieldset';
import { useSaveInterimEvaluation } from './hooks';

type Values = z.input<typeof interimEvaluationInput>;
const basePaths = [
  'kind',
  'phase',
  'buildingPhaseId',
  'year',
  'heldOn',
  'wentWell',
  'bottlenecks',
  'collaboration.corporationContractor',
  'collaboration.corporationWelfare',
  'collaboration.contractorWelfare',
  'collaborationNote',
  'participantIds',
  'residentGroupPresent',
  'adjustments',
  'goalReviews',
] as const;

const drafts = createInterimDraftStore<Values>(browserStorage());

function emptyValues(): Values {
  return {
    kind: 'phase_end',
    phase: null,
    buildingPhaseId: null,
    year: null,
    heldOn: todayInAmsterdam(),
    wentWell: '',
    bottlenecks: '',
    collaboration: { corporationContractor: null, corporationWelfare: null, contractorWelfare: null },
    collaborationNote: '',
    participantIds: [],
    residentGroupPresent: 0,
    adjustments: [],
    goalReviews: [],
  };
}

const nullableInt = (v: unknown) => (v === '' || v === null || v === undefined ? null : parseDecimal(v));

/**
 * "Nieuwe tussentijdse evaluatie", or with `evaluation` the same form to change one. What is typed is
 * kept on this device as a draft until the server has it. No names of residents anywhere: the
 * resident project group is a count, and every text is checked for identifying details.
 */
export function InterimEvaluationForm({
  projectId,
  evaluation,
  participants,
  owners,
  phases,
  onSaved,
  onCancel,
}: {
  projectId: string;
  evaluation: InterimEvaluation | null;
  /** Professionals of the project team who can take part. */
  participants: readonly { id: string; name: string }[];
  /** The social team: owners of agreed adjustments (actions). */
  owners: readonly { id: string; name: string }[];
  phases: readonly BuildingPhase[];
  onSaved: (saved: InterimEvaluation, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveInterimEvaluation(projectId);
  const evaluationId = evaluation?.id ?? null;
  const [restored] = useState(() => drafts.load(projectId, evaluationId));
  const stored = useMemo<Values>(() => (evaluation ? (interimInputOf(evaluation) as Values) : emptyValues()), [evaluation]);
  const form = useForm<Values, unknown, z.output<typeof interimEvaluationInput>>({
    resolver: translatedZodResolver(interimEvaluationInput, t),
    defaultValues: restored?.values ?? stored,
  });
  const adjustments = useFieldArray({ control: form.control, name: 'adjustments' });
  const [savedAt, setSavedAt] = useState<string | null>(restored?.savedAt ?? null);
  // False once the draft is no longer wanted (saved on the server, or cancelled).
  const saving = useRef(true);
  const paths = [
    ...basePaths,
    ...adjustments.fields.flatMap(
      (_, i) => [`adjustments.${i}.title`, `adjustments.${i}.ownerId`, `adjustments.${i}.dueOn`, `adjustments.${i}.actionId`] as const,
    ),
  ] as Path<Values>[];
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    const saved = await save.mutateAsync({ evaluationId: evaluationId ?? undefined, input: values });
    drafts.remove(projectId, evaluationId);
    saving.current = false;
    onSaved(saved, !evaluation);
  });
  const { errors, isSubmitting } = form.formState;
  const { setFocus, watch, getValues } = form;
  useEffect(() => setFocus('kind'), [setFocus]);

  // Keep a draft half a second after the last change, and at once when the page goes away.
  useEffect(() => {
    let timer: number | undefined;
    const subscription = watch(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (saving.current) setSavedAt(drafts.save(projectId, evaluationId, getValues()).savedAt);
      }, 500);
    });
    const flush = () => {
      if (timer !== undefined && saving.current) drafts.save(projectId, evaluationId, getValues());
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearTimeout(timer);
      flush();
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
    };
  }, [watch, getValues, projectId, evaluationId]);

  const kind = watch('kind');
  const title = evaluation ? t('interimEvaluations.editTitle') : t('interimEvaluations.newTitle');
  const timeFormat = new Intl.DateTimeFormat(i18n.language === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
  const ratingOptions = collaborationRatings.map((r) => ({ value: r, label: t(`interimEvaluations.ratings.${r}`) }));
  const errorAt = (path: string) => {
    const found = path
      .split('.')
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), errors);
    return found && typeof found === 'object' && 'message' in found ? String((found as { message?: unknown }).message ?? '') || undefined : undefined;
  };

  return (
    <Section title={title} className="thuis-visit-form">
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        {restored ? (
          <Paragraph>
            {t('interimEvaluations.draftRestored', { time: timeFormat.format(new Date(restored.savedAt)) })}{' '}
            <Button
              appearance="subtle"
              onClick={() => {
                drafts.remove(projectId, evaluationId);
                form.reset(stored);
                setSavedAt(null);
              }}
            >
              {t('interimEvaluations.discardDraft')}
            </Button>
          </Paragraph>
        ) : null}
        <div className="thuis-form-row">
          <SelectField
            label={t('interimEvaluations.kind')}
            options={interimKinds.map((k) => ({ value: k, label: t(`interimEvaluations.kinds.${k}`) }))}
            error={errors.kind?.message}
            {...form.register('kind')}
          />
          {kind === 'phase_end' ? (
            <SelectField
              label={t('interimEvaluations.phase')}
              placeholder={t('interimEvaluations.choose')}
              options={phaseKeys.map((p, i) => ({ value: p, label: t('interimEvaluations.phaseOption', { number: i + 1, name: t(`phases.${p}`) }) }))}
              error={errors.phase?.message}
              {...form.register('phase', { setValueAs: emptyToNull })}
            />
          ) : null}
          {kind === 'building_phase' ? (
            <SelectField
              label={t('fields.buildingPhaseId')}
              placeholder={t('interimEvaluations.choose')}
              options={phases.map((p) => ({ value: p.id, label: p.name }))}
              error={errors.buildingPhaseId?.message}
              {...form.register('buildingPhaseId', { setValueAs: emptyToNull })}
            />
          ) : null}
          {kind === 'yearly' ? (
            <TextField
              label={t('fields.year')}
              inputMode="numeric"
              autoComplete="off"
              error={errors.year?.message}
              {...form.register('year', { setValueAs: nullableInt })}
            />
          ) : null}
          <TextField type="date" label={t('interimEvaluations.heldOn')} error={errors.heldOn?.message} {...form.register('heldOn')} />
        </div>
        {participants.length ? (
          <Controller
            control={form.control}
            name="participantIds"
            render={({ field }) => (
              <CheckboxList
                legend={t('fields.participantIds')}
                options={participants.map((p) => ({ value: p.id, label: p.name }))}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.participantIds?.message ?? errorAt('participantIds.0')}
              />
            )}
          />
        ) : null}
        <TextField
          label={t('fields.residentGroupPresent')}
          description={t('interimEvaluations.countHint')}
          inputMode="numeric"
          autoComplete="off"
          error={errors.residentGroupPresent?.message}
          {...form.register('residentGroupPresent', { setValueAs: (v) => parseDecimal(v) ?? 0 })}
        />
        <Paragraph>{t('interimEvaluations.anonymousHint')}</Paragraph>
        <TextAreaField
          label={t('fields.wentWell')}
          optionalText={t('common.optional')}
          rows={4}
          error={errors.wentWell?.message}
          {...form.register('wentWell')}
        />
        <TextAreaField
          label={t('fields.bottlenecks')}
          optionalText={t('common.optional')}
          rows={4}
          error={errors.bottlenecks?.message}
          {...form.register('bottlenecks')}
        />
        <fieldset className="utrecht-form-fieldset thuis-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('interimEvaluations.collaborationTitle')}</legend>
          <div className="thuis-form-row">
            {collaborationPairs.map((pair) => (
              <SelectField
                key={pair}
                label={t(`fields.${pair}`)}
                placeholder={t('interimEvaluations.notDiscussed')}
                options={ratingOptions}
                error={errorAt(`collaboration.${pair}`)}
                {...form.register(`collaboration.${pair}`, { setValueAs: emptyToNull })}
              />
            ))}
          </div>
          <TextAreaField
            label={t('fields.collaborationNote')}
            optionalText={t('common.optional')}
            rows={3}
            error={errors.collaborationNote?.message}
            {...form.register('collaborationNote')}
          />
        </fieldset>
        <Controller
          control={form.control}
          name="goalReviews"
          render={({ field }) => <GoalReviewsFieldset projectId={projectId} value={field.value} onChange={field.onChange} errorAt={errorAt} />}
        />
        <fieldset className="utrecht-form-fieldset thuis-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('fields.adjustments')}</legend>
          <Paragraph>{t('interimEvaluations.adjustmentsHint')}</Paragraph>
          {adjustments.fields.map((row, i) => {
            const rowErrors = errors.adjustments?.[i];
            return (
              <div key={row.id} className="thuis-card-form" role="group" aria-label={t('interimEvaluations.adjustmentNumber', { number: i + 1 })}>
                <TextField
                  label={t('interimEvaluations.adjustmentTitle')}
                  autoComplete="off"
                  error={rowErrors?.title?.message ?? rowErrors?.actionId?.message}
                  {...form.register(`adjustments.${i}.title`)}
                />
                <div className="thuis-form-row">
                  <SelectField
                    label={t('fields.ownerId')}
                    placeholder={t('interimEvaluations.choose')}
                    options={owners.map((o) => ({ value: o.id, label: o.name }))}
                    error={rowErrors?.ownerId?.message}
                    {...form.register(`adjustments.${i}.ownerId`)}
                  />
                  <TextField
                    type="date"
                    label={t('fields.dueOn')}
                    optionalText={t('common.optional')}
                    error={rowErrors?.dueOn?.message}
                    {...form.register(`adjustments.${i}.dueOn`, { setValueAs: emptyToNull })}
                  />
                </div>
                <ButtonGroup>
                  <Button appearance="subtle" onClick={() => adjustments.remove(i)}>
                    {t('interimEvaluations.removeAdjustment', { number: i + 1 })}
                  </Button>
                </ButtonGroup>
              </div>
            );
          })}
          {errors.adjustments?.message ? <Paragraph>{errors.adjustments.message}</Paragraph> : null}
          <ButtonGroup>
            <Button appearance="secondary" onClick={() => adjustments.append({ actionId: null, title: '', ownerId: '', dueOn: null })}>
              {t('interimEvaluations.addAdjustment')}
            </Button>
          </ButtonGroup>
        </fieldset>
        <p className="thuis-draft-saved" aria-live="polite">
          {savedAt ? t('interimEvaluations.draftSaved', { time: timeFormat.format(new Date(savedAt)) }) : t('interimEvaluations.draftNotYet')}
        </p>
        <FormButtons
          busy={isSubmitting}
          submitLabel={evaluation ? t('interimEvaluations.saveChanges') : t('interimEvaluations.add')}
          onCancel={() => {
            saving.current = false;
            drafts.remove(projectId, evaluationId);
            onCancel();
          }}
        />
      </form>
    </Section>
  );
}
