import { useEffect } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { visitOutcomeInput, type ProjectPermission, type Visit, type VisitListItem, type Translate } from '@thuis/domain';
import type { z } from 'zod';
import { FormButtons, FormProblem, Section, SelectField, TextField } from '../../ui';
import { emptyToNull, mappedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useRecordOutcome } from './hooks';
import { outcomeChoices, timeOf } from './schedule';

type OutcomeValues = { outcome: string; retryAt: string };
type OutcomeOutput = z.output<typeof visitOutcomeInput>;

function outcomeResolver(t: Translate): Resolver<OutcomeValues, unknown, OutcomeOutput> {
  return mappedZodResolver(visitOutcomeInput, t, (values: OutcomeValues) => ({
    outcome: values.outcome,
    retryAt: values.outcome === 'not_at_home' ? emptyToNull(values.retryAt) : null,
  }));
}

/** "Uitkomst vastleggen" of an open visit; "not at home" can plan the next try at once. */
export function OutcomeForm({
  projectId,
  visit,
  permissions,
  onSaved,
  onCancel,
}: {
  projectId: string;
  visit: VisitListItem;
  permissions: readonly ProjectPermission[];
  onSaved: (visits: Visit[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordOutcome(projectId);
  const form = useForm<OutcomeValues, unknown, OutcomeOutput>({ resolver: outcomeResolver(t), defaultValues: { outcome: '', retryAt: '' } });
  const { submit, problem } = useFormSubmit(form, ['outcome', 'retryAt'], async (values) => {
    onSaved(await record.mutateAsync({ visitId: visit.id, outcome: values.outcome, retryAt: values.retryAt }));
  });
  const { errors, isSubmitting } = form.formState;
  const outcome = form.watch('outcome');
  const { setFocus } = form;
  useEffect(() => setFocus('outcome'), [setFocus, visit.id]);

  const title = t('homeVisits.recordTitle', { address: visit.addressLabel, time: timeOf(visit.startsAt) });
  return (
    <Section title={title} className="thuis-visit-form">
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        <SelectField
          label={t('fields.outcome')}
          placeholder={t('common.choose')}
          options={outcomeChoices(permissions).map((o) => ({ value: o, label: t(`visitOutcomes.${o}`) }))}
          error={errors.outcome?.message}
          {...form.register('outcome')}
        />
        {outcome === 'not_at_home' ? (
          <TextField
            type="datetime-local"
            label={t('fields.retryAt')}
            optionalText={t('common.optional')}
            description={t('homeVisits.retryHint')}
            error={errors.retryAt?.message}
            {...form.register('retryAt')}
          />
        ) : null}
        <FormButtons busy={isSubmitting} submitLabel={t('homeVisits.saveOutcome')} onCancel={onCancel} />
      </form>
    </Section>
  );
}
