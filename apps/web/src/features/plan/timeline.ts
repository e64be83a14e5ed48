/** Geometry of the plan's timeline: where a bar starts and how wide it is, as percentages of the whole period. */

export interface DateRange {
  start: string | null;
  end: string | null;
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date (UTC, so no daylight-saving jumps). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface Span {
  /** First day shown (first of a month). */
  start: string;
  /** Day after the last day shown (first of a month). */
  end: string;
}

/**
 * The period the timeline shows: from the first of the month of the earliest date to the first of the
 * month after the latest date; null when there are no dates at all. `today` is included when given.
 */
export function timelineSpan(ranges: readonly DateRange[], today?: string): Span | null {
  const dates = ranges.flatMap((r) => [r.start, r.end]).filter((d): d is string => !!d);
  if (today && dates.length > 0) dates.push(today);
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const start = `${first.slice(0, 7)}-01`;
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  const end = lm === 12 ? `${ly + 1}-01-01` : `${ly}-${String(lm + 1).padStart(2, '0')}-01`;
  return { start, end };
}

export interface BarGeometry {
  /** Percentage from the left of the timeline. */
  left: number;
  /** Percentage of the width; at least `minWidth`. */
  width: number;
  /** The bar has a start but no end yet (drawn up to `openUntil` or as a short marker). */
  open: boolean;
}

/**
 * A bar for a date range within the span. A range with only an end is drawn as a marker on that day;
 * one with only a start runs until `openUntil` (e.g. today) when that is later, else is a marker.
 */
export function barGeometry(range: DateRange, span: Span, openUntil?: string, minWidth = 0.8): BarGeometry | null {
  if (!range.start && !range.end) return null;
  const s = dayNumber(span.start);
  const total = dayNumber(span.end) - s;
  if (total <= 0) return null;
  const from = dayNumber(range.start ?? range.end!);
  let to: number;
  let open = false;
  if (range.end) to = dayNumber(range.end) + 1;
  else {
    open = true;
    to = openUntil && dayNumber(openUntil) > from ? dayNumber(openUntil) + 1 : from + 1;
  }
  const clamp = (n: number) => Math.min(100, Math.max(0, n));
  const left = clamp(((from - s) / total) * 100);
  const right = clamp(((to - s) / total) * 100);
  const width = Math.max(minWidth, right - left);
  return { left: round(Math.min(left, 100 - width)), width: round(width), open };
}

export interface Tick {
  date: string;
  left: number;
}

/** Month ticks, thinned to every 1, 2, 3, 6 or 12 months so that at most `maxTicks` are shown. */
export function monthTicks(span: Span, maxTicks = 8): Tick[] {
  const s = dayNumber(span.start);
  const total = dayNumber(span.end) - s;
  const [sy, sm] = span.start.split('-').map(Number) as [number, number];
  const [ey, em] = span.end.split('-').map(Number) as [number, number];
  const months = (ey - sy) * 12 + (em - sm);
  const step = [1, 2, 3, 6, 12, 24].find((n) => Math.ceil(months / n) <= maxTicks) ?? 24;
  const ticks: Tick[] = [];
  for (let i = 0; i < months; i += step) {
    const y = sy + Math.floor((sm - 1 + i) / 12);
    const m = ((sm - 1 + i) % 12) + 1;
    const date = `${y}-${String(m).padStart(2, '0')}-01`;
    ticks.push({ date, left: round(((dayNumber(date) - s) / total) * 100) });
  }
  return ticks;
}

/** Where a single day (today) falls, or null outside the span. */
export function dayPosition(day: string, span: Span): number | null {
  const s = dayNumber(span.start);
  const total = dayNumber(span.end) - s;
  const d = dayNumber(day);
  if (d < s || d >= s + total) return null;
  return round(((d - s) / total) * 100);
}

const round = (n: number) => Math.round(n * 100) / 100;

export { isoOfDay };
