import { useTranslation } from 'react-i18next';
import { goalReviewStatuses, type GoalReviewStatus } from '@thuis/domain';
import { Paragraph, SelectField, TextField } from '../../ui';
import { useJointGoals } from './hooks';

type Review = { goalId: string; status: GoalReviewStatus; note?: string };

/**
 * In an interim evaluation: per joint goal set at the start, how we are doing (status and a short
 * note). A goal without a status is left out: not discussed.
 */
export function GoalReviewsFieldset({
  projectId,
  value,
  onChange,
  errorAt,
}: {
  projectId: string;
  value: readonly Review[] | undefined;
  onChange: (next: Review[]) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const goals = useJointGoals(projectId).data?.goals ?? [];
  if (goals.length === 0) return null;
  const reviews = value ?? [];
  const change = (goalId: string, next: { status?: string; note?: string }) => {
    const current = reviews.find((r) => r.goalId === goalId);
    const status = (next.status ?? current?.status ?? '') as GoalReviewStatus | '';
    const others = reviews.filter((r) => r.goalId !== goalId);
    // Keep the goals' order so server messages (goalReviews.N) point at the right row.
    const order = (r: Review) => goals.findIndex((g) => g.id === r.goalId);
    onChange(status ? [...others, { goalId, status, note: next.note ?? current?.note ?? '' }].sort((a, b) => order(a) - order(b)) : others);
  };
  return (
    <fieldset className="utrecht-form-fieldset thuis-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t('preparation.goals.review')}</legend>
      <Paragraph>{t('preparation.goals.reviewHint')}</Paragraph>
      {goals.map((goal) => {
        const review = reviews.find((r) => r.goalId === goal.id);
        const index = reviews.indexOf(review!);
        return (
          <div key={goal.id} className="thuis-form-row" role="group" aria-label={goal.title}>
            <SelectField
              label={t('preparation.goals.statusOf', { title: goal.title })}
              placeholder={t('preparation.goals.notDiscussed')}
              options={goalReviewStatuses.map((s) => ({ value: s, label: t(`preparation.goals.statuses.${s}`) }))}
              value={review?.status ?? ''}
              onChange={(e) => change(goal.id, { status: e.target.value })}
              error={index >= 0 ? errorAt(`goalReviews.${index}.status`) : undefined}
            />
            <TextField
              label={t('preparation.goals.noteOf', { title: goal.title })}
              optionalText={t('common.optional')}
              value={review?.note ?? ''}
              disabled={!review}
              onChange={(e) => change(goal.id, { note: e.target.value })}
              error={index >= 0 ? errorAt(`goalReviews.${index}.note`) : undefined}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
