import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { measurementInput, measurementMoments, participationLadder, todayInAmsterdam } from '@thuis/domain';
import type { z } from 'zod';
import { Alert, FormButtons, FormProblem, Paragraph, Section, SelectField, TextField } from '../../ui';
import { emptyToNull, translatedZodResolver } from '../../lib/forms';
import { useFormSubmit } from '../../lib/useFormErrors';
import { useState } from 'react';
import { useBeforeAfterSettings, useRecordMeasurement } from './hooks';

type Values = z.input<typeof measurementInput>;
const paths = ['moment', 'measuredOn', 'wellbeing', 'ladder', 'visitId'] as const;
const toNumber = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/**
 * "Voor- en nameting" at a visit, where the project measures before and after: wellbeing (1-10) and
 * the participation ladder (1-6). The server keeps it on the household's pseudonym only.
 */
export function MeasurementSection({ projectId, visitId }: { projectId: string; visitId: string }) {
  const { t } = useTranslation();
  const settings = useBeforeAfterSettings(projectId);
  if (!settings.data?.enabled) return null;
  return <MeasurementForm projectId={projectId} visitId={visitId} title={t('beforeAfter.measureTitle')} />;
}

function MeasurementForm({ projectId, visitId, title }: { projectId: string; visitId: string; title: string }) {
  const { t } = useTranslation();
  const record = useRecordMeasurement(projectId);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof measurementInput>>({
    resolver: translatedZodResolver(measurementInput, t),
    defaultValues: { visitId, moment: 'first_visit', measuredOn: todayInAmsterdam(), wellbeing: null, ladder: null },
  });
  const { submit, problem } = useFormSubmit(form, paths, async (values) => {
    setDone(null);
    await record.mutateAsync(values);
    setDone(t('beforeAfter.recorded'));
    form.reset({ ...values, wellbeing: null, ladder: null });
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <Section title={title}>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <Paragraph>{t('beforeAfter.measureIntro')}</Paragraph>
        <FormProblem problem={problem} />
        {done ? <Alert type="ok">{done}</Alert> : null}
        <div className="thuis-form-row">
          <SelectField
            label={t('fields.moment')}
            options={measurementMoments.map((m) => ({ value: m, label: t(`beforeAfter.moments.${m}`) }))}
            error={errors.moment?.message}
            {...form.register('moment')}
          />
          <TextField
            type="date"
            label={t('fields.measuredOn')}
            error={errors.measuredOn?.message}
            {...form.register('measuredOn', { setValueAs: emptyToNull })}
          />
        </div>
        <div className="thuis-form-row">
          <SelectField
            label={t('fields.wellbeing')}
            placeholder={t('beforeAfter.notAsked')}
            options={Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
            error={errors.wellbeing?.message}
            {...form.register('wellbeing', { setValueAs: toNumber })}
          />
          <SelectField
            label={t('fields.ladder')}
            placeholder={t('beforeAfter.notAsked')}
            options={participationLadder.map((level) => ({ value: String(level), label: t(`beforeAfter.ladder.${level}`) }))}
            error={errors.ladder?.message}
            {...form.register('ladder', { setValueAs: toNumber })}
          />
        </div>
        <FormButtons busy={isSubmitting} submitLabel={t('beforeAfter.record')} />
      </form>
    </Section>
  );
}
