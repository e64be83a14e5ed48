import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewStage } from '@thuis/domain';
import { Heading, StatusBadge } from '../../ui';
import { formatDateTime } from '../../lib/dates';
import { stageTone } from './stages';

/**
 * The top of a reviewed version (picture publication, action plan, final report): its heading with
 * the review stage as a badge, and who made it when.
 */
export function VersionHeader({
  headingId,
  level,
  heading,
  stage,
  madeByKey,
  createdByName,
  createdAt,
}: {
  headingId: string;
  level: 3 | 4;
  heading: ReactNode;
  stage: ReviewStage;
  /** The message saying who made the version when, with `name` and `date`. */
  madeByKey: string;
  createdByName: string | null;
  createdAt: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="thuis-version__header">
        <Heading level={level} id={headingId}>
          {heading}
        </Heading>
        <StatusBadge tone={stageTone(stage)}>{t(`reviewStages.${stage}`)}</StatusBadge>
      </div>
      <p className="thuis-muted">{t(madeByKey, { name: createdByName || t('common.unknown'), date: formatDateTime(createdAt, i18n.language) })}</p>
    </>
  );
}
