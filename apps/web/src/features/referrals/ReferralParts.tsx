import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '@thuis/domain';
import { StatusBadge, type BadgeTone } from '../../ui';
import { formatDayDate } from '../../lib/dates';
import { dateOf, timeOf } from '../visits/schedule';

const tones: Record<ReferralStatus, BadgeTone> = { sent: 'active', accepted: 'active', declined: 'neutral', completed: 'done', withdrawn: 'danger' };

/** The status of a referral in words (the colour only repeats it); to the partner a sent referral is a new one (issue 16). */
export function ReferralStatusBadge({ status, partnerSide = false }: { status: ReferralStatus; partnerSide?: boolean }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tones[status]}>{partnerSide && status === 'sent' ? t('pagedLists.inboxNew') : t(`referralStatuses.${status}`)}</StatusBadge>;
}

/** The final visits with the partner (warm hand-over), or a line that none is planned. */
export function HandoverVisits({ visits }: { visits: readonly { startsAt: string; endsAt: string; visitorNames: string[] }[] }) {
  const { t, i18n } = useTranslation();
  if (visits.length === 0) return <>{t('referralsPage.noHandover')}</>;
  return (
    <ul className="thuis-plain-list">
      {visits.map((v) => (
        <li key={v.startsAt}>
          {t('referralsPage.handoverVisit', {
            date: formatDayDate(dateOf(v.startsAt), i18n.language),
            start: timeOf(v.startsAt),
            end: timeOf(v.endsAt),
            visitors: v.visitorNames.join(', ') || '–',
          })}
        </li>
      ))}
    </ul>
  );
}
