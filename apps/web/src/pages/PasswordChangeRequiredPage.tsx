import { useTranslation } from 'react-i18next';
import { PageTitle } from '../ui';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { ChangePasswordForm } from '../features/account/ChangePasswordForm';

/** Instead of every page while the password is still the one an administrator chose. */
export function PasswordChangeRequiredPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.requiredTitle'));
  return (
    <div className="thuis-narrow">
      <PageTitle title={t('account.requiredTitle')} lead={t('account.requiredIntro')} />
      <ChangePasswordForm currentLabel={t('account.requiredCurrent')} />
    </div>
  );
}
