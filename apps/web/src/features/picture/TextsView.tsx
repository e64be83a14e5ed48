import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openTextCategories, type OpenTextCategory, type RegistrationOverview } from '@thuis/domain';
import { ActionLabel, Button, ButtonGroup, Paragraph, Section, TextField } from '../../ui';
import { highlightParts, searchInIndex, searchIndex, type SearchIndex } from './overview';
import { useFormats } from './useFormats';

/** The pooled open answers: the four categories of the handbook, then the talents. */
export type TextCategory = OpenTextCategory | 'talents';
export const textCategories: readonly TextCategory[] = [...openTextCategories, 'talents'];
type PooledText = RegistrationOverview['talents'][number];

/** Quotes shown per category before "show all" (a category can hold thousands). */
const firstQuotes = 40;

type PerCategory<T> = Record<TextCategory, T>;

export type TextIndex = PerCategory<SearchIndex<PooledText>>;

/** The texts of every category, each with a search index made once per overview (shared by the list and the hand-out). */
export function useCategoryTexts(overview: RegistrationOverview | undefined): TextIndex | null {
  return useMemo(() => {
    if (!overview) return null;
    const texts: PerCategory<readonly PooledText[]> = { ...overview.openTexts, talents: overview.talents };
    return Object.fromEntries(textCategories.map((c) => [c, searchIndex(texts[c])])) as TextIndex;
  }, [overview]);
}

export function useFilteredTexts(all: TextIndex, terms: readonly string[]) {
  return useMemo(() => Object.fromEntries(textCategories.map((c) => [c, searchInIndex(all[c], terms)])) as PerCategory<readonly PooledText[]>, [all, terms]);
}

const categoryId = (c: TextCategory) => `picture-${c.replace(/_/g, '-')}`;

export function TextsView({ all, search, onSearch, terms }: { all: TextIndex; search: string; onSearch: (value: string) => void; terms: readonly string[] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const shown = useFilteredTexts(all, terms);
  const found = textCategories.reduce((sum, c) => sum + shown[c].length, 0);
  const countText = (c: TextCategory) =>
    terms.length > 0
      ? t('picturePage.categoryCountFiltered', { count: all[c].items.length, shown: f.number(shown[c].length), number: f.number(all[c].items.length) })
      : t('picturePage.categoryCount', { count: all[c].items.length, number: f.number(all[c].items.length) });

  return (
    <Section title={t('picturePage.textsTitle')} className="thuis-picture-texts">
      <Paragraph>{t('picturePage.textsIntro')}</Paragraph>
      <div className="thuis-picture-search">
        <TextField
          type="search"
          label={t('picturePage.search')}
          description={t('picturePage.searchHint')}
          value={search}
          onChange={(e) => onSearch(e.target.value)}
        />
      </div>
      <p role="status" className="thuis-picture-found">
        {terms.length > 0 ? t('picturePage.found', { count: found, number: f.number(found) }) : ''}
      </p>
      <nav aria-label={t('picturePage.categories')}>
        <ul className="thuis-picture-categories">
          {textCategories.map((c) => (
            <li key={c}>
              <a className="utrecht-link utrecht-link--html-a" href={`#${categoryId(c)}`}>
                {t(`fields.${c}`)}
              </a>{' '}
              <span className="thuis-nowrap">({countText(c)})</span>
            </li>
          ))}
        </ul>
      </nav>
      {textCategories.map((c) => (
        <TextCategoryBlock key={c} category={c} texts={shown[c]} total={all[c].items.length} countText={countText(c)} terms={terms} />
      ))}
    </Section>
  );
}

function TextCategoryBlock({
  category,
  texts,
  total,
  countText,
  terms,
}: {
  category: TextCategory;
  texts: readonly PooledText[];
  total: number;
  countText: string;
  terms: readonly string[];
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const [showAll, setShowAll] = useState(false);
  const label = t(`fields.${category}`);
  const visible = showAll ? texts : texts.slice(0, firstQuotes);
  return (
    <Section level={3} id={categoryId(category)} title={label} className="thuis-picture-category">
      <p className="thuis-picture-category__count">{countText}</p>
      {texts.length === 0 ? (
        <Paragraph className="thuis-muted">{total === 0 ? t('picturePage.noTexts') : t('picturePage.noTextsFound')}</Paragraph>
      ) : (
        <ul className="thuis-quotes">
          {visible.map((text) => (
            <li key={text.registrationId} className="thuis-quote">
              <Quote text={text.text} terms={terms} />
            </li>
          ))}
        </ul>
      )}
      {visible.length < texts.length ? (
        <ButtonGroup>
          <Button onClick={() => setShowAll(true)}>
            <ActionLabel
              visible={t('picturePage.showAll', { number: f.number(texts.length) })}
              full={t('picturePage.showAllOf', { number: f.number(texts.length), category: label })}
            />
          </Button>
        </ButtonGroup>
      ) : null}
    </Section>
  );
}

function Quote({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return <>{highlightParts(text, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
