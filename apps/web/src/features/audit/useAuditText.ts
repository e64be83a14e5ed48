import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditText } from './details';

/** The translation functions of the audit texts, in the page's language. */
export function useAuditText(): AuditText {
  const { t, i18n } = useTranslation();
  // i18n is one object whose language changes under it: the language is the real dependency.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => ({ t: (key, options) => t(key, options), exists: (key) => i18n.exists(key), locale: i18n.language }), [t, i18n, i18n.language]);
}
