const timeZone = 'Europe/Amsterdam';
const intlLocale: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

function toDate(value: string): Date | null {
  // A bare calendar date (YYYY-MM-DD) is read as noon UTC, which is the same day in Amsterdam.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "22 november 2026" (nl) / "22 November 2026" (en). */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(intlLocale[locale] ?? locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

/** "22-11-2026" (nl) / "22/11/2026" (en). */
export function formatShortDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(intlLocale[locale] ?? locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).format(date);
}

/** "22 november 2026 om 14:05" style date and time of a timestamp. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(intlLocale[locale] ?? locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

/** "maandag 2 maart 2026" (nl) / "Monday 2 March 2026" (en) of a calendar date. */
export function formatDayDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(intlLocale[locale] ?? locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}
