import { useTranslation } from 'react-i18next';
import { textCategories, type PooledText, type RegistrationOverview, type TextCategory } from '@thuis/domain';
import { ActionLabel, Button, ButtonGroup, Paragraph, Section, TextField } from '../../ui';
import type { PictureFilters } from './filters';
import { usePooledTexts } from './hooks';
import { categoryCounts, loadedTexts } from './texts';
import { highlightParts } from './overview';
import { useFormats } from './useFormats';

type TextPages = ReturnType<typeof usePooledTexts>;
export type CategoryPages = Record<TextCategory, TextPages>;

/**
 * The open answers of every category, a page at a time from the server (shared by the list and the
 * hand-out). `search` is the folded words joined, so the same search is the same query.
 */
export function useCategoryPages(projectId: string, filters: PictureFilters, search: string, enabled: boolean): CategoryPages {
  // One query per category, written out: the categories are fixed, and hooks may not run in a loop.
  return {
    person_obstacles: usePooledTexts(projectId, filters, 'person_obstacles', search, enabled),
    person_opportunities: usePooledTexts(projectId, filters, 'person_opportunities', search, enabled),
    environment_obstacles: usePooledTexts(projectId, filters, 'environment_obstacles', search, enabled),
    environment_opportunities: usePooledTexts(projectId, filters, 'environment_opportunities', search, enabled),
    talents: usePooledTexts(projectId, filters, 'talents', search, enabled),
  };
}

/** Loads the pages of every category not loaded yet (before printing the hand-out). */
export async function loadEveryPage(pages: CategoryPages): Promise<void> {
  await Promise.all(
    textCategories.map(async (c) => {
      let result = pages[c];
      // A category not shown yet has no page: the first fetch loads it.
      if (!result.data) result = (await result.fetchNextPage()) as TextPages;
      while (result.hasNextPage) result = (await result.fetchNextPage()) as TextPages;
    }),
  );
}

const categoryId = (c: TextCategory) => `picture-${c.replace(/_/g, '-')}`;

export function TextsView({
  pages,
  totals,
  search,
  onSearch,
  terms,
}: {
  pages: CategoryPages;
  totals: RegistrationOverview['texts'];
  search: string;
  onSearch: (value: string) => void;
  terms: readonly string[];
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const searching = terms.length > 0;
  const counts = categoryCounts(pages, totals, searching);
  const settled = textCategories.every((c) => counts[c].matched !== null);
  const found = textCategories.reduce((sum, c) => sum + (counts[c].matched ?? 0), 0);
  const countText = (c: TextCategory) => {
    const { total, matched } = counts[c];
    return searching && matched !== null
      ? t('picturePage.categoryCountFiltered', { count: total, shown: f.number(matched), number: f.number(total) })
      : t('picturePage.categoryCount', { count: total, number: f.number(total) });
  };

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
        {searching && settled ? t('picturePage.found', { count: found, number: f.number(found) }) : ''}
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
        <TextCategoryBlock key={c} category={c} pages={pages[c]} total={counts[c].total} countText={countText(c)} terms={terms} />
      ))}
    </Section>
  );
}

function TextCategoryBlock({
  category,
  pages,
  total,
  countText,
  terms,
}: {
  category: TextCategory;
  pages: TextPages;
  total: number;
  countText: string;
  terms: readonly string[];
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const label = t(`fields.${category}`);
  const texts: readonly PooledText[] = loadedTexts(pages.data);
  const matched = pages.data?.pages[0]?.matched ?? 0;
  return (
    <Section level={3} id={categoryId(category)} title={label} className="thuis-picture-category">
      <p className="thuis-picture-category__count">{countText}</p>
      {pages.isPending ? (
        <Paragraph className="thuis-muted">{total === 0 ? t('picturePage.noTexts') : t('app.loading')}</Paragraph>
      ) : pages.isError ? (
        <Paragraph className="thuis-muted">{pages.error.message}</Paragraph>
      ) : texts.length === 0 ? (
        <Paragraph className="thuis-muted">{total === 0 ? t('picturePage.noTexts') : t('picturePage.noTextsFound')}</Paragraph>
      ) : (
        <ul className="thuis-quotes">
          {texts.map((text) => (
            <li key={text.registrationId} className="thuis-quote">
              <Quote text={text.text} terms={terms} />
            </li>
          ))}
        </ul>
      )}
      {pages.hasNextPage ? (
        <ButtonGroup>
          <Button busy={pages.isFetchingNextPage} disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            <ActionLabel
              visible={t('pictureTexts.loadMore', { shown: f.number(texts.length), number: f.number(matched) })}
              full={t('pictureTexts.loadMoreOf', { shown: f.number(texts.length), number: f.number(matched), category: label })}
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
