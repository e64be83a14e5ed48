import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The translate function for a feature's forms: field labels (fields.*) come from the feature's own
 * labels under `prefix` where it has one (the shared catalogue's "title" is an action's, and some
 * fields are not there), so a message reads "Voorwaarden van sociale kwaliteit: kies er minimaal één."
 */
export function useFieldTranslate(prefix: string) {
  const { t, i18n } = useTranslation();
  return useCallback(
    (key: string, params?: Record<string, unknown>): string => {
      if (key.startsWith('fields.')) {
        const own = `${prefix}.${key.slice('fields.'.length)}`;
        if (i18n.exists(own)) return t(own);
      }
      return t(key, params);
    },
    [prefix, t, i18n],
  );
}
