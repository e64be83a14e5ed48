import { useTranslation } from 'react-i18next';
import { type ProjectDetail } from '@thuis/domain';
import { Heading, Paragraph } from '../../ui';
import { formatDate } from '../../lib/dates';
import { useFormats } from './useFormats';
import { textCategories, useFilteredTexts, type TextIndex } from './TextsView';

/** Printed only: a page per category with the project, the selection and the date at the top. */
export function Handout({
  project,
  registrations,
  all,
  selection,
  search,
  terms,
}: {
  project: ProjectDetail;
  registrations: number;
  all: TextIndex;
  selection: string;
  search: string;
  terms: readonly string[];
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const shown = useFilteredTexts(all, terms);
  const printed = textCategories.filter((c) => shown[c].length > 0);
  const date = formatDate(new Date().toISOString(), f.lang);
  const meta = (
    <div className="thuis-handout__meta">
      <p>
        <strong>{project.name}</strong> · {t('picturePage.title')} · {date}
      </p>
      <p>
        {t('picturePage.handoutSelection', { selection })} · {t('picturePage.count', { count: registrations, number: f.number(registrations) })}
        {terms.length > 0 ? ` · ${t('picturePage.handoutSearch', { query: search })}` : ''}
      </p>
    </div>
  );
  return (
    <div className="thuis-handout">
      {printed.length === 0 ? (
        <section className="thuis-handout__page">
          {meta}
          <Paragraph>{t('picturePage.handoutNone')}</Paragraph>
        </section>
      ) : (
        printed.map((c) => (
          <section key={c} className="thuis-handout__page">
            {meta}
            <Heading level={2} className="thuis-handout__title">
              {t(`fields.${c}`)} ({f.number(shown[c].length)})
            </Heading>
            <ul className="thuis-handout__quotes">
              {shown[c].map((text) => (
                <li key={text.registrationId}>{text.text}</li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
