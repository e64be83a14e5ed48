import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The translate function for the picture's forms: field labels (fields.*) come from the picture's
 * own labels where it has one (the shared catalogue's "title" is an action's, and some fields are not
 * there yet), so a message reads "Voorwaarden van sociale kwaliteit: kies er minimaal één."
 */
export function usePictureTranslate() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (key: string, params?: Record<string, unknown>): string => {
      if (key.startsWith('fields.')) {
        const own = `pictureFields.${key.slice('fields.'.length)}`;
        if (i18n.exists(own)) return t(own);
      }
      return t(key, params);
    },
    [t, i18n],
  );
}
