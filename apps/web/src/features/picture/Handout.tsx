import { useTranslation } from 'react-i18next';
import { textCategories, type ProjectDetail } from '@thuis/domain';
import { Heading, Paragraph } from '../../ui';
import { formatDate } from '../../lib/dates';
import { useFormats } from './useFormats';
import { loadedTexts } from './texts';
import type { CategoryPages } from './TextsView';

/**
 * Printed only: a page per category with the project, the selection and the date at the top. It
 * prints the texts loaded (the print button loads every page first); a category printed in part says so.
 */
export function Handout({
  project,
  registrations,
  pages,
  selection,
  search,
  terms,
}: {
  project: ProjectDetail;
  registrations: number;
  pages: CategoryPages;
  selection: string;
  search: string;
  terms: readonly string[];
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const shown = Object.fromEntries(textCategories.map((c) => [c, loadedTexts(pages[c].data)]));
  const printed = textCategories.filter((c) => shown[c]!.length > 0);
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
              {t(`fields.${c}`)} (
              {pages[c].hasNextPage
                ? t('pictureTexts.handoutPart', { shown: f.number(shown[c]!.length), number: f.number(pages[c].data?.pages[0]?.matched ?? 0) })
                : f.number(shown[c]!.length)}
              )
            </Heading>
            <ul className="thuis-handout__quotes">
              {shown[c]!.map((text) => (
                <li key={text.registrationId}>{text.text}</li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
