import { useTranslation } from 'react-i18next';
import { wordPlanText, type PrivacyPlanView } from '@thuis/domain';
import { Heading, Paragraph } from '../../ui';

/** The generated plan, worded in the reader's language from its message keys. */
export function PlanDocument({ sections }: { sections: PrivacyPlanView['sections'] }) {
  const { t } = useTranslation();
  const word = (text: Parameters<typeof wordPlanText>[0]) => wordPlanText(text, (key, params) => t(key, params ?? {}));
  return (
    <div className="thuis-privacy-plan">
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`plan-${section.key}`}>
          <Heading level={3} id={`plan-${section.key}`}>
            {t(`privacyPlan.sections.${section.key}`)}
          </Heading>
          {section.blocks.map((block, i) =>
            block.kind === 'paragraph' ? (
              <Paragraph key={i}>{word(block.text)}</Paragraph>
            ) : (
              <ul className="utrecht-unordered-list" key={i}>
                {block.items.map((item, j) => (
                  <li className="utrecht-unordered-list__item" key={j}>
                    {word(item)}
                  </li>
                ))}
              </ul>
            ),
          )}
        </section>
      ))}
    </div>
  );
}
