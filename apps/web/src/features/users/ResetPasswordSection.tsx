import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordResetResponse, UserAccount } from '@thuis/domain';
import { Alert, Button, ButtonGroup, FormProblem, Paragraph, Section, TextField } from '../../ui';
import { formatDateTime } from '../../lib/dates';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useResetPassword } from '../account/hooks';

/**
 * The administrator's reset: the user chooses a new password with a one-time link. With e-mail set up
 * the link goes to the user; without, the administrator sees it once, to hand over.
 */
export function ResetPasswordSection({ user }: { user: UserAccount }) {
  const { t, i18n } = useTranslation();
  const reset = useResetPassword(user.id);
  const feedback = useActionFeedback();
  const [result, setResult] = useState<PasswordResetResponse | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const run = async () => {
    if (!window.confirm(t('users.resetConfirm', { name: user.displayName }))) return;
    feedback.clear();
    setCopied(null);
    try {
      setResult(await reset.mutateAsync());
    } catch (error) {
      feedback.fail(error);
    }
  };
  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(t('users.copied'));
    } catch {
      setCopied(t('users.copyFailed'));
    }
  };
  const expiresAt = result ? formatDateTime(result.expiresAt, i18n.language) : '';

  return (
    <Section title={t('users.resetTitle')}>
      <Paragraph>{t('users.resetIntro')}</Paragraph>
      <FormProblem problem={feedback.problem} />
      {result?.delivery === 'email' ? <Alert type="ok">{t('users.resetMailed', { name: user.displayName, expiresAt })}</Alert> : null}
      {result?.link ? (
        <div className="thuis-form">
          <Alert type="ok" title={t('users.resetLinkTitle')}>
            <Paragraph>{t('users.resetLinkIntro', { name: user.displayName, expiresAt })}</Paragraph>
          </Alert>
          <TextField label={t('users.resetLink')} value={result.link} readOnly onFocus={(e) => e.currentTarget.select()} />
          <ButtonGroup>
            <Button appearance="primary" onClick={() => void copy(result.link!)}>
              {t('users.copy')}
            </Button>
          </ButtonGroup>
          {copied ? <Alert type="ok">{copied}</Alert> : null}
        </div>
      ) : null}
      <ButtonGroup>
        <Button appearance={result ? 'subtle' : 'secondary'} busy={reset.isPending} disabled={reset.isPending} onClick={() => void run()}>
          {t('users.reset')}
        </Button>
      </ButtonGroup>
    </Section>
  );
}
