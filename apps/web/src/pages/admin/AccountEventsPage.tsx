import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { AccountEventList } from '../../features/account/AccountEventList';
import { useAccountEvents } from '../../features/account/hooks';
import { AdminNav } from './AdminNav';

/** Every account's events for the administrator, including failed log-ins on addresses without an account. */
export function AccountEventsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accountEvents.title'));
  const events = useAccountEvents(null);
  return (
    <>
      <AdminNav />
      <PageTitle title={t('accountEvents.title')} lead={t('accountEvents.intro')} />
      <AccountEventList query={events} showAccount />
    </>
  );
}
