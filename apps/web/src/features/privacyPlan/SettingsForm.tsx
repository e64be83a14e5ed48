import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeIssues, privacySettingsInput, type PrivacyPlanView, type ProjectDetail } from '@thuis/domain';
import { Alert, Button, FormProblem, Paragraph, Section, TextField } from '../../ui';
import { isApiError } from '../../lib/api';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useSavePrivacySettings } from './hooks';

type Errors = Partial<Record<'privacyContactName' | 'privacyContactEmail' | 'retentionMonths', string>>;

/** The project leader's settings that the plan states: the privacy contact and the retention period. */
export function SettingsForm({ project, plan }: { project: ProjectDetail; plan: PrivacyPlanView }) {
  const { t } = useTranslation();
  const save = useSavePrivacySettings(project.id);
  const feedback = useActionFeedback();
  const [values, setValues] = useState({ privacyContactName: '', privacyContactEmail: '', retentionMonths: '' });
  const [errors, setErrors] = useState<Errors>({});
  useEffect(() => {
    setValues({
      privacyContactName: plan.settings.privacyContactName,
      privacyContactEmail: plan.settings.privacyContactEmail,
      retentionMonths: plan.settings.retentionMonths === null ? '' : String(plan.settings.retentionMonths),
    });
  }, [plan.settings]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const months = values.retentionMonths.trim();
    const parsed = privacySettingsInput.safeParse({ ...values, retentionMonths: months === '' ? null : Number(months.replace(',', '.')) });
    if (!parsed.success) {
      setErrors(Object.fromEntries(describeIssues(parsed.error.issues, t).map((m) => [m.path, m.message])));
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      feedback.ok(t('privacyPlanPage.settingsSaved'));
    } catch (error) {
      feedback.fail(error);
      if (isApiError(error)) setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
    }
  };

  const field = (name: keyof Errors) => ({
    value: values[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  return (
    <Section title={t('privacyPlanPage.settings')} id="instellingen">
      <Paragraph>{t('privacyPlanPage.settingsIntro')}</Paragraph>
      <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate>
        <FormProblem problem={feedback.problem} />
        {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
        <TextField label={t('fields.privacyContactName')} {...field('privacyContactName')} />
        <TextField label={t('fields.privacyContactEmail')} type="email" {...field('privacyContactEmail')} />
        <TextField
          label={t('fields.retentionMonths')}
          inputMode="numeric"
          description={t('privacyPlanPage.retentionDefault', { months: 24 })}
          {...field('retentionMonths')}
        />
        <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </form>
    </Section>
  );
}
