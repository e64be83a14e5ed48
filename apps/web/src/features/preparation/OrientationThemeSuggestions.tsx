import { useTranslation } from 'react-i18next';
import { orientationThemeSuggestions } from '@thuis/domain';
import { Paragraph, Section } from '../../ui';
import { useOrientationMeetings } from './hooks';

/** The themes residents raised in the orientation (phase 1), as suggestions on the picture's theme board. */
export function OrientationThemeSuggestions({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const meetings = useOrientationMeetings(projectId);
  const suggestions = orientationThemeSuggestions(meetings.data?.meetings ?? []);
  if (suggestions.length === 0) return null;
  return (
    <Section title={t('preparation.orientation.suggestions')} className="thuis-orientation-themes">
      <Paragraph>{t('preparation.orientation.suggestionsIntro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {suggestions.map((s) => (
          <li key={s.label} className="utrecht-unordered-list__item">
            {t('preparation.orientation.suggestion', { label: s.label, count: s.meetings })}
          </li>
        ))}
      </ul>
    </Section>
  );
}
