import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/numbers';
import { cellText, type AnswerRow } from './overview';

/** Number, percentage and table-cell formats of the picture, in the reader's language. */
export function useFormats() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const number = (n: number) => formatNumber(n, lang);
    const percent = (p: number) => t('picturePage.percent', { value: formatNumber(p, lang, 0) });
    const cell = (row: Pick<AnswerRow, 'count' | 'percent'>) => cellText(row, number, percent);
    return { lang, number, percent, cell };
  }, [t, lang]);
}
