import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { erasedKinds, retentionInput, type ProjectDetail } from '@thuis/domain';
import { Alert, Button, DataList, FormProblem, Paragraph, QueryState, Section, TextField } from '../../ui';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useRetention, useSaveRetention } from './hooks';

/** The project leader's retention setting: the period, the coming purge date and what it will erase (counts only). */
export function RetentionSection({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const retention = useRetention(project.id);
  const save = useSaveRetention(project.id);
  const feedback = useActionFeedback();
  const [months, setMonths] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (retention.data) setMonths(retention.data.retentionMonths === null ? '' : String(retention.data.retentionMonths));
  }, [retention.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = retentionInput.safeParse({ retentionMonths: months.trim() === '' ? null : Number(months) });
    if (!parsed.success) {
      setError(t('residentRights.retention.monthsError'));
      return;
    }
    setError(undefined);
    await feedback.run(() => save.mutateAsync(parsed.data), t('residentRights.retention.saved'));
  };

  return (
    <Section title={t('residentRights.retention.title')} id="bewaartermijn">
      <Paragraph>{t('residentRights.retention.intro')}</Paragraph>
      <QueryState query={retention}>
        {(view) => (
          <>
            <DataList
              className="thuis-datalist--compact"
              items={[
                {
                  key: 'end',
                  label: t('residentRights.retention.endsOn'),
                  value: view.endsOn ? formatDate(view.endsOn, i18n.language) : t('residentRights.retention.noEnd'),
                },
                {
                  key: 'period',
                  label: t('residentRights.retention.period'),
                  value:
                    view.retentionMonths === null
                      ? t('residentRights.retention.defaultPeriod', { count: view.defaultMonths })
                      : t('residentRights.retention.months', { count: view.retentionMonths }),
                },
                {
                  key: 'purge',
                  label: t('residentRights.retention.purgeOn'),
                  value: view.purgedAt
                    ? t('residentRights.retention.purgedAt', { date: formatDateTime(view.purgedAt, i18n.language) })
                    : view.purgeOn
                      ? formatDate(view.purgeOn, i18n.language)
                      : t('residentRights.retention.noPurgeYet'),
                },
              ]}
            />
            <Paragraph>{view.purgedAt ? t('residentRights.retention.erased') : t('residentRights.retention.willErase')}</Paragraph>
            <DataList
              className="thuis-datalist--compact"
              items={erasedKinds.map((kind) => ({
                key: kind,
                label: t(`residentRights.retention.kinds.${kind}`),
                value: new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL').format(view.counts[kind]),
              }))}
            />
            {view.purgedAt ? null : (
              <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate>
                <FormProblem problem={feedback.problem} />
                {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
                <TextField
                  label={t('residentRights.retention.monthsLabel')}
                  description={t('residentRights.retention.monthsHint', { count: view.defaultMonths })}
                  inputMode="numeric"
                  value={months}
                  error={error}
                  onChange={(e) => setMonths(e.target.value)}
                />
                <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
                  {save.isPending ? t('common.saving') : t('common.save')}
                </Button>
              </form>
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}
