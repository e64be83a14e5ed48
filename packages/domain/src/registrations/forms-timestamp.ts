import { tzOffset } from '@date-fns/tz';

/** The zone of a time written without one: the conversations took place in the Netherlands. */
export const FORMS_TIME_ZONE = 'Europe/Amsterdam';

/** Day-first (nl, en-GB) or month-first (en-US spreadsheets) for dates like 03/11/2025. */
export type DateOrder = 'dmy' | 'mdy';

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** Minutes east of UTC when the text names an offset; otherwise the time is Amsterdam's. */
  offset?: number;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
// Google Forms' own CSV download: 2025/11/03 2:05:09 PM GMT+1
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?)?\s*(?:(?:GMT|UTC)\s*([+-]\d{1,2}(?::?\d{2})?)?)?$/i;
// Google Sheets: 3-11-2025 14:05:09 (nl), 03/11/2025 14:05:09 (en-GB), 11/3/2025 14:05:09 (en-US)
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AP]\.?M\.?)?)?$/i;

function offsetMinutes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^z$/i.test(text)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function hour24(hour: string | undefined, meridiem: string | undefined): number {
  const h = Number(hour ?? 0);
  if (!meridiem) return h;
  if (h < 1 || h > 12) return NaN;
  return (h % 12) + (/^p/i.test(meridiem) ? 12 : 0);
}

function parts(text: string, order: DateOrder): Parts | null {
  const value = text.trim().replace(/\s+/g, ' ');
  let m = ISO.exec(value);
  if (m) return { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0), offset: offsetMinutes(m[7]) };
  m = YEAR_FIRST.exec(value);
  if (m)
    return {
      y: +m[1]!,
      mo: +m[2]!,
      d: +m[3]!,
      h: hour24(m[4], m[7]),
      mi: +(m[5] ?? 0),
      s: +(m[6] ?? 0),
      offset: /gmt|utc/i.test(value) ? (offsetMinutes(m[8]) ?? 0) : undefined,
    };
  m = YEAR_LAST.exec(value);
  if (m) {
    const [first, second] = [+m[1]!, +m[2]!];
    // Dashes are Dutch and always day-first; only slashes can be an American month-first date.
    const monthFirst = order === 'mdy' && value[m[1]!.length] === '/';
    return { y: +m[3]!, mo: monthFirst ? first : second, d: monthFirst ? second : first, h: hour24(m[4], m[7]), mi: +(m[5] ?? 0), s: +(m[6] ?? 0) };
  }
  return null;
}

function valid(p: Parts): boolean {
  const day = new Date(Date.UTC(p.y, p.mo - 1, p.d));
  return (
    day.getUTCFullYear() === p.y &&
    day.getUTCMonth() === p.mo - 1 &&
    day.getUTCDate() === p.d &&
    p.h >= 0 &&
    p.h <= 23 &&
    p.mi >= 0 &&
    p.mi <= 59 &&
    p.s >= 0 &&
    p.s <= 59
  );
}

/**
 * The moment a Google Forms answer was sent, read from its timestamp cell as Google writes it in
 * the locales a Dutch office meets; a time without an offset is a clock time in Amsterdam (summer
 * time included). Null when the text is not such a moment.
 */
export function parseFormsTimestamp(text: string, order: DateOrder = 'dmy'): Date | null {
  const p = parts(text, order);
  if (!p || !valid(p)) return null;
  if (p.offset !== undefined) return new Date(Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - p.offset * 60_000);
  return fromAmsterdamClock(Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s));
}

/**
 * The instant an Amsterdam clock showed `clock` (its reading, counted as if it were UTC), decided
 * here rather than by the library, whose choice in the repeated hour depends on the machine's own
 * zone: a time in the hour repeated when summer time ends is the first (summer) one; a time that
 * does not exist when it starts (02:30 on the last Sunday of March) is read with winter time's offset.
 */
function fromAmsterdamClock(clock: number): Date {
  const day = 24 * 3_600_000;
  const before = tzOffset(FORMS_TIME_ZONE, new Date(clock - day));
  const after = tzOffset(FORMS_TIME_ZONE, new Date(clock + day));
  const candidates = [...new Set([before, after])]
    .map((offset) => clock - offset * 60_000)
    .filter((instant) => tzOffset(FORMS_TIME_ZONE, new Date(instant)) * 60_000 === clock - instant)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? clock - before * 60_000);
}

/**
 * Whether a column of slash dates is month-first: only when some date cannot be day-first (its
 * second number is over 12) and none is month-first-impossible. Dutch and British exports are day-first.
 */
export function dateOrderOf(values: readonly string[]): DateOrder {
  let dayFirstImpossible = false;
  for (const value of values) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(value);
    if (!m) continue;
    if (+m[1]! > 12) return 'dmy';
    if (+m[2]! > 12) dayFirstImpossible = true;
  }
  return dayFirstImpossible ? 'mdy' : 'dmy';
}
