import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { planReviewDecisions, planReviewInput, type PlanReviewInput, type ReviewStage } from '@thuis/domain';
import type { z } from 'zod';
import { FormButtons, FormProblem, Heading, Paragraph, RadioGroup, TextAreaField } from '../../ui';
import { translatedZodResolver } from '../../lib/forms';
import { identifyingWarning, withIdentifyingCheck } from '../../lib/identifying';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useFieldTranslate } from '../../lib/fieldLabels';

/**
 * The review of one stage of a version that is approved or sent back with a remark (the action
 * plan, the final report). The remark is checked for identifying details: it is read outside the
 * team. `messages` is the feature's message block (its fields, decisions, hints and titles).
 */
export function ReviewDecisionForm({
  messages,
  versionId,
  stage,
  name,
  onReview,
}: {
  messages: 'actionPlan' | 'finalReport';
  versionId: string;
  stage: ReviewStage;
  name: string;
  onReview: (input: PlanReviewInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const fieldT = useFieldTranslate(`${messages}.fields`);
  const empty = { decision: 'approve', note: '' } as const;
  const form = useForm<z.input<typeof planReviewInput>, unknown, PlanReviewInput>({
    resolver: withIdentifyingCheck(translatedZodResolver(planReviewInput, fieldT), ['note'], t),
    defaultValues: empty,
  });
  const { submit, problem } = useFormSubmit(form, ['decision', 'note'], async (values) => {
    await onReview(values);
    form.reset(empty);
  });
  const { errors, isSubmitting } = form.formState;
  const title = t(`${messages}.reviewTitle`, { name, stage: t(`reviewStages.${stage}`) });
  // A concept cannot be sent back: there is no stage before it.
  const decisions = planReviewDecisions.filter((d) => d === 'approve' || stage !== 'concept');
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
      <Heading level={4}>{title}</Heading>
      <Paragraph>{t(`${messages}.reviewHint.${stage}`)}</Paragraph>
      <FormProblem problem={problem} />
      <RadioGroup
        idPrefix={`decision-${versionId}`}
        legend={t(`${messages}.fields.decision`)}
        error={errors.decision?.message}
        options={decisions.map((d) => ({ value: d, label: t(`${messages}.decisions.${d}`) }))}
        inputProps={form.register('decision')}
      />
      <TextAreaField
        label={t(`${messages}.fields.note`)}
        optionalText={t('common.optional')}
        rows={3}
        error={errors.note?.message ?? identifyingWarning(form.watch('note') ?? '', t)}
        {...form.register('note')}
      />
      <FormButtons busy={isSubmitting} submitLabel={t(`${messages}.recordReview`)} />
    </form>
  );
}
