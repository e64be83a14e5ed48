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

const writtenOut: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
};
const localDateTimeFormats = { nl: new Intl.DateTimeFormat('nl-NL', writtenOut), en: new Intl.DateTimeFormat('en-GB', writtenOut) };

/**
 * A local date and time as typed in a `datetime-local` field (already Dutch time), written out for
 * residents: "dinsdag 15 december 2026 om 19:30". Formatted as UTC so the server's zone cannot shift it.
 */
export function formatLocalDateTime(local: string, locale: 'nl' | 'en'): string {
  const [date, time] = local.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return localDateTimeFormats[locale].format(new Date(Date.UTC(y, m - 1, d, h, min)));
}
