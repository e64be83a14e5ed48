import { useTranslation } from 'react-i18next';
import type { MyNewReferrals } from '@thuis/domain';
import { Link, Paragraph, Section } from '../../ui';
import { formatDateTime } from '../../lib/dates';
import { useMyNewReferrals } from './hooks';

/** The newest new referrals grouped by project, in the order they came (newest project first). */
function byProject(items: MyNewReferrals['items']) {
  const groups = new Map<string, { projectId: string; projectName: string; items: MyNewReferrals['items'] }>();
  for (const item of items) {
    const group = groups.get(item.projectId) ?? { projectId: item.projectId, projectName: item.projectName, items: [] };
    group.items.push(item);
    groups.set(item.projectId, group);
  }
  return [...groups.values()];
}

/**
 * "Nieuwe doorverwijzingen" on the home page of a partner's case worker: how many wait for an answer,
 * with a link to each in the inbox. Only dates and projects: the household is for the inbox to show.
 */
export function NewReferrals() {
  const { t, i18n } = useTranslation();
  const mine = useMyNewReferrals();
  const data = mine.data;
  if (!data || data.total === 0) return null;
  const inbox = (projectId: string) => `/projects/${projectId}/referral-inbox?filter=new`;
  const more = data.total - data.items.length;
  return (
    <Section title={t('lettersAndPartners.partnerHome.title', { count: data.total })} className="thuis-new-referrals">
      <Paragraph>{t('lettersAndPartners.partnerHome.intro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {byProject(data.items).map((group) => (
          <li className="utrecht-unordered-list__item" key={group.projectId}>
            <Link to={inbox(group.projectId)}>
              {t('lettersAndPartners.partnerHome.projectLink', { count: group.items.length, project: group.projectName })}
            </Link>
            <ul className="utrecht-unordered-list">
              {group.items.map((r) => (
                <li className="utrecht-unordered-list__item" key={r.id}>
                  <Link to={`${inbox(group.projectId)}#referral-${r.id}`}>
                    {t('lettersAndPartners.partnerHome.item', { date: formatDateTime(r.createdAt, i18n.language) })}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {more > 0 ? <Paragraph>{t('lettersAndPartners.partnerHome.more', { count: more })}</Paragraph> : null}
    </Section>
  );
}
