import { useTranslation } from 'react-i18next';
import { ButtonLink, PageTitle } from '../ui';
import { useDocumentTitle } from '../lib/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageTitle title={t('notFound.title')} lead={t('notFound.text')} />
      <ButtonLink to="/" appearance="primary">
        {t('notFound.home')}
      </ButtonLink>
    </>
  );
}
