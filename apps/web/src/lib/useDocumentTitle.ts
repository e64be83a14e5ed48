import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> – Thuis" as the window title, so every page is recognisable in tabs and by screen readers. */
export function useDocumentTitle(page: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}
