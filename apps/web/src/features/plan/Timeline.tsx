import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../../lib/dates';
import { barGeometry, dayPosition, monthTicks, timelineSpan, type DateRange } from './timeline';

export interface TimelineRow {
  id: string;
  label: string;
  group: string;
  planned: DateRange;
  actual: DateRange;
}

const monthFormat = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/**
 * A Gantt-like picture of planned (outlined) and actual (filled) periods. It is one image for
 * assistive technology (role="img" with a summary); the same data is in the table next to it.
 */
export function Timeline({ rows, today, summary }: { rows: TimelineRow[]; today: string; summary: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const span = timelineSpan(
    rows.flatMap((r) => [r.planned, r.actual]),
    today,
  );
  if (!span) return null;
  const ticks = monthTicks(span, 6);
  const todayAt = dayPosition(today, span);
  let lastGroup = '';

  return (
    <div className="thuis-timeline" role="img" aria-label={summary}>
      <div className="thuis-timeline__legend">
        <span className="thuis-timeline__key thuis-timeline__key--planned" /> {t('plan.legendPlanned')}
        <span className="thuis-timeline__key thuis-timeline__key--actual" /> {t('plan.legendActual')}
        {todayAt !== null ? (
          <>
            <span className="thuis-timeline__key thuis-timeline__key--today" /> {t('plan.today', { date: formatShortDate(today, lang) })}
          </>
        ) : null}
      </div>
      <div className="thuis-timeline__row thuis-timeline__row--axis">
        <span className="thuis-timeline__label" />
        <div className="thuis-timeline__track">
          {ticks.map((tick) => (
            <span key={tick.date} className="thuis-timeline__tick" style={{ insetInlineStart: `${tick.left}%` }}>
              {monthFormat(tick.date, lang)}
            </span>
          ))}
        </div>
      </div>
      {rows.map((row) => {
        const planned = barGeometry(row.planned, span);
        const actual = barGeometry(row.actual, span, today);
        const groupHeading = row.group !== lastGroup ? row.group : null;
        lastGroup = row.group;
        return (
          <div key={row.id}>
            {groupHeading ? <div className="thuis-timeline__group">{groupHeading}</div> : null}
            <div className="thuis-timeline__row">
              <span className="thuis-timeline__label">{row.label}</span>
              <div className="thuis-timeline__track">
                {ticks.map((tick) => (
                  <span key={tick.date} className="thuis-timeline__grid" style={{ insetInlineStart: `${tick.left}%` }} />
                ))}
                {todayAt !== null ? <span className="thuis-timeline__today" style={{ insetInlineStart: `${todayAt}%` }} /> : null}
                {planned ? (
                  <span
                    className="thuis-timeline__bar thuis-timeline__bar--planned"
                    style={{ insetInlineStart: `${planned.left}%`, inlineSize: `${planned.width}%` }}
                  />
                ) : null}
                {actual ? (
                  <span
                    className={`thuis-timeline__bar thuis-timeline__bar--actual${actual.open ? ' thuis-timeline__bar--open' : ''}`}
                    style={{ insetInlineStart: `${actual.left}%`, inlineSize: `${actual.width}%` }}
                  />
                ) : null}
              </div>
            </div>
          </div>
        );
      })}
    </div>
  );
}
