import ical from 'ical-generator';
import { contractorRoles, worksOutcome, type ProjectRole, type VisitOutcome } from '@thuis/domain';
import { sessionIdFor } from '../../platform/auth/session-tokens.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { createVisitRepository } from './repository.js';

/**
 * The iCalendar feed of a visitor: addresses and kinds of visit, never residents' names; the
 * contractor's outcomes say only what the works need.
 */
export async function renderCalendarFeed(ctx: AppContext, { token, t }: { token: string; t: Translate }) {
  const visits = createVisitRepository(ctx.db);
  const owner = await visits.calendarUser(sessionIdFor(token));
  if (!owner) throw new NotFoundError();
  // No calendar time zone: given one, ical-generator writes the server's own clock time as floating time
  // (with a non-standard TIMEZONE-ID). Times in UTC are absolute and every client shows them in its own zone.
  const calendar = ical({ name: t('visits.calendarName'), prodId: { company: 'Thuis', product: 'huisbezoeken', language: 'NL' } });
  for (const v of await visits.feedVisits(owner.userId)) {
    const address = `${v.street} ${v.houseNumber}${v.addition ? ` ${v.addition}` : ''}`;
    const outcome = v.outcome && contractorRoles.includes(v.role as ProjectRole) ? worksOutcome(v.outcome as VisitOutcome) : v.outcome;
    calendar.createEvent({
      id: `${v.id}@thuis`,
      start: v.startsAt,
      end: v.endsAt,
      summary: `${t(`visitKinds.${v.kind}`)}: ${address}`,
      location: `${address}, ${v.postcode} ${v.city}`,
      description: `${v.projectName}${outcome ? ` — ${t(`visitOutcomes.${outcome}`)}` : ''}`,
    });
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too (ical-generator leaves it off).
  return `${calendar.toString()}\r\n`;
}
