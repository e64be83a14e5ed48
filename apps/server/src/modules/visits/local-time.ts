import { TZDate } from '@date-fns/tz';

const ZONE = 'Europe/Amsterdam';

/** '2026-12-01T09:30' in Amsterdam → the instant. */
export function fromAmsterdam(local: string): Date {
  const [date, time] = local.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, ZONE).getTime());
}

/** The instant → '2026-12-01T09:30' as a clock in Amsterdam shows it. */
export function toAmsterdam(instant: Date): string {
  const t = new TZDate(instant.getTime(), ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
