import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, FormProblem, Paragraph, Section, TextField } from '../../ui';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useCreateCalendarFeed } from './hooks';

/** "Agenda-koppeling": a secret address with the signed-in user's own visits for a calendar app. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const create = useCreateCalendarFeed();
  const feedback = useActionFeedback();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const make = async () => {
    if (url && !window.confirm(t('homeVisits.calendar.confirmNew'))) return;
    setCopied(null);
    feedback.clear();
    try {
      const feed = await create.mutateAsync();
      setUrl(`${window.location.origin}${feed.url}`);
    } catch (error) {
      feedback.fail(error);
    }
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t('homeVisits.calendar.copied'));
    } catch {
      setCopied(t('homeVisits.calendar.copyFailed'));
    }
  };

  return (
    <Section title={t('homeVisits.calendar.title')} className="thuis-no-print">
      <Paragraph>{t('homeVisits.calendar.intro')}</Paragraph>
      <FormProblem problem={feedback.problem} />
      {url ? (
        <div className="thuis-form">
          <TextField
            label={t('homeVisits.calendar.url')}
            description={t('homeVisits.calendar.secret')}
            value={url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <ButtonGroup>
            <Button appearance="primary" onClick={() => void copy()}>
              {t('homeVisits.calendar.copy')}
            </Button>
            <Button appearance="subtle" busy={create.isPending} disabled={create.isPending} onClick={() => void make()}>
              {t('homeVisits.calendar.createNew')}
            </Button>
          </ButtonGroup>
          {copied ? <Alert type="ok">{copied}</Alert> : null}
        </div>
      ) : (
        <>
          <Paragraph className="thuis-hint">{t('homeVisits.calendar.secret')}</Paragraph>
          <Button busy={create.isPending} disabled={create.isPending} onClick={() => void make()}>
            {t('homeVisits.calendar.create')}
          </Button>
        </>
      )}
    </Section>
  );
}
