import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates';

export type ReviewEntry = { at: string; byName: string | null; note: string };

/**
 * What happened to a version at each review stage, oldest first: what was decided, by whom and
 * when, and the remark written with it.
 */
export function ReviewHistory<R extends ReviewEntry>({
  reviews,
  label,
  describe,
  byKey,
}: {
  reviews: readonly R[];
  /** The list's accessible name, when no heading names it. */
  label?: string;
  /** What the review decided, in words. */
  describe: (review: R) => ReactNode;
  /** The message for who wrote it when, with `name` and `date`. */
  byKey: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="thuis-plain-list thuis-version__reviews" aria-label={label}>
      {reviews.map((r, i) => (
        <li key={i}>
          <strong>{describe(r)}</strong> {t(byKey, { name: r.byName || t('common.unknown'), date: formatDateTime(r.at, i18n.language) })}
          {r.note ? <span className="thuis-preline thuis-version__note">{r.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
