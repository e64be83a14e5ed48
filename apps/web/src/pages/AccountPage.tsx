import { useTranslation } from 'react-i18next';
import { Alert, PageTitle, Paragraph, Section } from '../ui';
import { formatDateTime } from '../lib/dates';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { AccountEventList } from '../features/account/AccountEventList';
import { ChangePasswordForm } from '../features/account/ChangePasswordForm';
import { useMyAccountEvents } from '../features/account/hooks';

/** The signed-in user's own account: a reset by an administrator is said plainly, the password can be changed. */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('account.title'));
  const events = useMyAccountEvents();
  const lastReset = events.data?.pages.flatMap((p) => p.entries).find((e) => e.action === 'password_reset');

  return (
    <div className="thuis-narrow">
      <PageTitle title={t('account.title')} lead={t('account.intro')} />
      {lastReset ? (
        <Alert type="warning">
          <Paragraph>
            {t('account.resetNotice', { at: formatDateTime(lastReset.at, i18n.language), admin: lastReset.actorName ?? t('auditPage.unknownActor') })}
          </Paragraph>
          <Paragraph>{t('account.resetNoticeHint')}</Paragraph>
        </Alert>
      ) : null}
      <Section title={t('account.changeTitle')}>
        <Paragraph>{t('account.changeIntro')}</Paragraph>
        <ChangePasswordForm />
      </Section>
      <Section title={t('account.eventsTitle')}>
        <AccountEventList query={events} showAccount={false} />
      </Section>
    </div>
  );
}
