/** Dates in server texts (warnings, exports) in Dutch format: dd-mm-jjjj. */
export function formatDutchDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-');
  return `${d}-${m}-${y}`;
}

const dateTimeFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
};

/** A moment in e-mail texts, in Dutch time and the reader's language ("3 maart 2026 om 14:05"). */
export function formatDateTimeInAmsterdam(moment: Date, locale: 'nl' | 'en'): string {
  return dateTimeFormats[locale].format(moment);
}
