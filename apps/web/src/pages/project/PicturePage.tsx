import { lazy, memo, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGE_GROUP_KEY,
  openTextCategories,
  type BuildingPhase,
  type OpenTextCategory,
  type OverviewQuestion,
  type ProjectDetail,
  type RegistrationOverview,
  type SubNeighbourhood,
} from '@thuis/domain';
import {
  ActionLabel,
  Button,
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  TextField,
  type Option,
} from '../../ui';
import { formatDate } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { useBuildingPhases, useSubNeighbourhoods } from '../../features/addresses/hooks';
import { useFormVersions } from '../../features/formEditor/hooks';
import { hasPictureFilters, pictureFilterKeys, pictureFiltersFromParams, type PictureFilters } from '../../features/picture/filters';
import { useRegistrationOverview } from '../../features/picture/hooks';
import {
  answerRows,
  askedInVersions,
  cellText,
  chartHeight,
  chartSummary,
  highlightParts,
  listText,
  localised,
  questionsForVersion,
  searchInIndex,
  searchIndex,
  searchTerms,
  type AnswerRow,
  type SearchIndex,
} from '../../features/picture/overview';
import { usePrintHandout } from '../../features/picture/usePrintHandout';
import { PictureSubPage } from '../../features/picture/PictureNav';

const AnswerChart = lazy(() => import('../../features/picture/AnswerChart'));

type View = 'questions' | 'texts';
const views: readonly View[] = ['questions', 'texts'];

/** The pooled open answers: the four categories of the handbook, then the talents. */
type TextCategory = OpenTextCategory | 'talents';
const textCategories: readonly TextCategory[] = [...openTextCategories, 'talents'];
type PooledText = RegistrationOverview['talents'][number];

/** With one form version chosen there are no other versions to mention (a constant, so memoised blocks stay put). */
const noVersions: readonly number[] = [];

/** Quotes shown per category before "show all" (a category can hold thousands). */
const firstQuotes = 40;

interface FormVersionItem {
  id: string;
  version: number;
  registrationCount: number;
}

export function PicturePage() {
  const { t } = useTranslation();
  return (
    <PictureSubPage permission="registrations.read" title={t('picturePage.title')} lead={t('picturePage.intro')}>
      {(project) => <PictureView project={project} />}
    </PictureSubPage>
  );
}

function useFormats() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const number = (n: number) => formatNumber(n, lang);
    const percent = (p: number) => t('picturePage.percent', { value: formatNumber(p, lang, 0) });
    const cell = (row: Pick<AnswerRow, 'count' | 'percent'>) => cellText(row, number, percent);
    return { lang, number, percent, cell };
  }, [t, lang]);
}

function PictureView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const f = useFormats();
  const [params, update] = useSearchParamUpdate();
  const filters = useMemo(() => pictureFiltersFromParams(params), [params]);
  const view: View = views.find((v) => v === params.get('view')) ?? 'questions';
  const overview = useRegistrationOverview(project.id, filters);
  const phases = useBuildingPhases(project.id);
  const subNeighbourhoods = useSubNeighbourhoods(project.id);
  const versions = useFormVersions(project.id);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const terms = useMemo(() => searchTerms(deferredSearch), [deferredSearch]);
  const handout = usePrintHandout();
  const texts = useCategoryTexts(overview.data);

  const versionList: readonly FormVersionItem[] = useMemo(() => versions.data ?? [], [versions.data]);
  const allVersions = useMemo(() => versionList.map((v) => v.version), [versionList]);
  const chosenVersion = versionList.find((v) => v.id === filters.formVersionId)?.version ?? null;
  const ageGroupOptions: Option[] = useMemo(() => {
    const question = overview.data?.questions.find((q) => q.key === AGE_GROUP_KEY);
    return (question?.options ?? []).map((o) => ({ value: o.key, label: localised(o.label, f.lang) }));
  }, [overview.data, f.lang]);

  const selection = selectionText(filters, {
    phases: phases.data ?? [],
    subNeighbourhoods: subNeighbourhoods.data ?? [],
    ageGroups: ageGroupOptions,
    version: chosenVersion,
    t,
  });

  return (
    <>
      <div className="thuis-picture-screen">
        <Filters
          filters={filters}
          phases={phases.data ?? []}
          subNeighbourhoods={subNeighbourhoods.data ?? []}
          ageGroups={ageGroupOptions}
          versions={versionList}
          onChange={update}
        />
        <QueryState query={overview}>
          {(data) => (
            <div aria-busy={overview.isPlaceholderData || undefined} className={overview.isPlaceholderData ? 'thuis-picture--updating' : undefined}>
              <div className="thuis-picture-bar">
                <p className="thuis-picture-count" role="status">
                  {t('picturePage.count', { count: data.registrations, number: f.number(data.registrations) })}
                  {overview.isPlaceholderData ? ` ${t('picturePage.updating')}` : ''}
                </p>
                {data.registrations > 0 ? (
                  <Button className="thuis-no-print" onClick={handout.print}>
                    {t('picturePage.print')}
                  </Button>
                ) : null}
              </div>
              {data.registrations === 0 ? (
                <Paragraph>{hasPictureFilters(filters) ? t('picturePage.noneFiltered') : t('picturePage.none')}</Paragraph>
              ) : (
                <>
                  <nav className="thuis-subnav thuis-view-switch thuis-no-print" aria-label={t('picturePage.views')}>
                    <ul>
                      {views.map((v) => (
                        <li key={v}>
                          <Link
                            to={{ search: new URLSearchParams({ ...Object.fromEntries(params), view: v }).toString() }}
                            aria-current={v === view ? 'page' : undefined}
                            className={['thuis-nav__link', v === view ? 'thuis-nav__link--current' : ''].join(' ')}
                            replace
                          >
                            {t(`picturePage.view.${v}`)}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </nav>
                  {view === 'questions' ? (
                    <QuestionsView overview={data} version={chosenVersion} allVersions={allVersions} />
                  ) : texts ? (
                    <TextsView all={texts} search={search} onSearch={setSearch} terms={terms} />
                  ) : null}
                </>
              )}
            </div>
          )}
        </QueryState>
      </div>
      {handout.printing && overview.data && texts && overview.data.registrations > 0 ? (
        <Handout project={project} registrations={overview.data.registrations} all={texts} selection={selection} search={deferredSearch.trim()} terms={terms} />
      ) : null}
    </>
  );
}

/** "Bouwfase: Fase 1 · Leeftijdsgroep: 65 jaar of ouder", or "alle registraties", for the hand-out's heading. */
function selectionText(
  filters: PictureFilters,
  known: {
    phases: readonly BuildingPhase[];
    subNeighbourhoods: readonly SubNeighbourhood[];
    ageGroups: readonly Option[];
    version: number | null;
    t: (key: string, values?: Record<string, unknown>) => string;
  },
): string {
  const { t } = known;
  const parts: string[] = [];
  const part = (label: string, value: string | undefined) => {
    if (value) parts.push(t('picturePage.selectionPart', { label, value }));
  };
  if (filters.buildingPhaseId) part(t('fields.buildingPhaseId'), known.phases.find((p) => p.id === filters.buildingPhaseId)?.name ?? '–');
  if (filters.subNeighbourhoodId) part(t('fields.subNeighbourhoodId'), known.subNeighbourhoods.find((s) => s.id === filters.subNeighbourhoodId)?.name ?? '–');
  if (filters.ageGroup) part(t('picturePage.ageGroup'), known.ageGroups.find((a) => a.value === filters.ageGroup)?.label ?? filters.ageGroup);
  if (filters.formVersionId) part(t('fields.formVersionId'), known.version === null ? '–' : String(known.version));
  return parts.length > 0 ? parts.join(' · ') : t('picturePage.allRegistrations');
}

function Filters({
  filters,
  phases,
  subNeighbourhoods,
  ageGroups,
  versions,
  onChange,
}: {
  filters: PictureFilters;
  phases: readonly BuildingPhase[];
  subNeighbourhoods: readonly SubNeighbourhood[];
  ageGroups: readonly Option[];
  versions: readonly FormVersionItem[];
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const { t, i18n } = useTranslation();
  // A value from the address that is not (yet) among the options stays visible as it is.
  const withCurrent = (options: readonly Option[], value: string | undefined): Option[] =>
    value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : [...options];
  return (
    <div className="thuis-filter-form thuis-no-print" role="group" aria-label={t('picturePage.filters')}>
      <SelectField
        label={t('fields.buildingPhaseId')}
        placeholder={t('picturePage.allBuildingPhases')}
        value={filters.buildingPhaseId ?? ''}
        onChange={(e) => onChange({ buildingPhaseId: e.target.value })}
        options={withCurrent(
          phases.map((p) => ({ value: p.id, label: p.name })),
          filters.buildingPhaseId,
        )}
      />
      <SelectField
        label={t('fields.subNeighbourhoodId')}
        placeholder={t('picturePage.allSubNeighbourhoods')}
        value={filters.subNeighbourhoodId ?? ''}
        onChange={(e) => onChange({ subNeighbourhoodId: e.target.value })}
        options={withCurrent(
          subNeighbourhoods.map((s) => ({ value: s.id, label: s.name })),
          filters.subNeighbourhoodId,
        )}
      />
      <SelectField
        label={t('picturePage.ageGroup')}
        placeholder={t('picturePage.allAgeGroups')}
        value={filters.ageGroup ?? ''}
        onChange={(e) => onChange({ ageGroup: e.target.value })}
        options={withCurrent(ageGroups, filters.ageGroup)}
      />
      <SelectField
        label={t('fields.formVersionId')}
        placeholder={t('picturePage.allFormVersions')}
        value={filters.formVersionId ?? ''}
        onChange={(e) => onChange({ formVersionId: e.target.value })}
        options={[...versions]
          .sort((a, b) => b.version - a.version)
          .map((v) => ({
            value: v.id,
            label: t('picturePage.formVersionOption', {
              version: v.version,
              count: v.registrationCount,
              number: formatNumber(v.registrationCount, i18n.language),
            }),
          }))}
      />
      {hasPictureFilters(filters) ? (
        <ButtonGroup>
          <Button appearance="subtle" onClick={() => onChange(Object.fromEntries(pictureFilterKeys.map((k) => [k, null])))}>
            {t('picturePage.clearFilters')}
          </Button>
        </ButtonGroup>
      ) : null}
    </div>
  );
}

// ---- Questions ----

function QuestionsView({ overview, version, allVersions }: { overview: RegistrationOverview; version: number | null; allVersions: readonly number[] }) {
  const { t } = useTranslation();
  const questions = useMemo(() => questionsForVersion(overview.questions, version), [overview.questions, version]);
  return (
    <Section title={t('picturePage.questionsTitle')}>
      <Paragraph>{t('picturePage.questionsIntro')}</Paragraph>
      {questions.length === 0 ? <Paragraph>{t('picturePage.noQuestions')}</Paragraph> : null}
      {questions.map((q) => (
        <QuestionBlock key={q.key} question={q} registrations={overview.registrations} allVersions={version === null ? allVersions : noVersions} />
      ))}
      <CardsBlock cards={overview.cards} registrations={overview.registrations} />
    </Section>
  );
}

function useChartSummary(title: string, rows: readonly AnswerRow[], base: number) {
  const { t } = useTranslation();
  const f = useFormats();
  return useMemo(
    () =>
      chartSummary(title, rows, base, {
        summary: (v) => t('picturePage.chartSummary', v),
        answer: (v) => t('picturePage.chartAnswer', v),
        none: (v) => t('picturePage.chartNone', v),
        number: f.number,
        percent: f.percent,
      }),
    [title, rows, base, t, f],
  );
}

/**
 * One closed question: notes, the chart and its figures. Under a heading rather than in a region
 * (fifteen landmarks would be noise); memoised, so typing or loading elsewhere does not redraw the charts.
 */
const QuestionBlock = memo(function QuestionBlock({
  question,
  registrations,
  allVersions,
}: {
  question: OverviewQuestion;
  registrations: number;
  allVersions: readonly number[];
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const title = localised(question.label, f.lang);
  const rows = useMemo(() => answerRows(question.options, question.answered, f.lang), [question.options, question.answered, f.lang]);
  const summary = useChartSummary(title, rows, question.answered);
  const asked = askedInVersions(question.versions, allVersions);
  return (
    <div className="thuis-picture-question">
      <Heading level={3}>{title}</Heading>
      <ul className="thuis-picture-notes">
        <li>{t('picturePage.answered', { count: registrations, answered: f.number(question.answered), number: f.number(registrations) })}</li>
        {asked ? <li>{t('picturePage.askedIn', { versions: listText(asked.map(String), f.lang) })}</li> : null}
        {question.kind === 'multi' ? <li>{t('picturePage.multi')}</li> : null}
      </ul>
      {question.answered === 0 ? (
        <Paragraph>{t('picturePage.notAnswered')}</Paragraph>
      ) : (
        <AnswerFigures
          rows={rows}
          title={title}
          summary={summary}
          caption={t('picturePage.tableCaption', { question: title })}
          answerLabel={t('picturePage.answer')}
        />
      )}
    </div>
  );
});

const CardsBlock = memo(function CardsBlock({ cards, registrations }: { cards: RegistrationOverview['cards']; registrations: number }) {
  const { t } = useTranslation();
  const f = useFormats();
  const title = t('picturePage.cardsTitle');
  // Most chosen first: ten or more cards read best in order of how often they were chosen.
  const rows = useMemo(() => [...answerRows(cards, registrations, f.lang)].sort((a, b) => b.count - a.count), [cards, registrations, f.lang]);
  const summary = useChartSummary(title, rows, registrations);
  const chosen = rows.some((r) => r.count > 0);
  return (
    <div className="thuis-picture-question">
      <Heading level={3}>{title}</Heading>
      <ul className="thuis-picture-notes">
        <li>{t('picturePage.cardsIntro', { count: registrations, number: f.number(registrations) })}</li>
      </ul>
      {chosen ? (
        <AnswerFigures rows={rows} title={title} summary={summary} caption={t('picturePage.cardsCaption')} answerLabel={t('picturePage.card')} />
      ) : (
        <Paragraph>{t('picturePage.noCards')}</Paragraph>
      )}
    </div>
  );
});

/** The chart (loaded lazily) and right under it the figures as a table. */
function AnswerFigures({
  rows,
  title,
  summary,
  caption,
  answerLabel,
}: {
  rows: readonly AnswerRow[];
  title: string;
  summary: string;
  caption: string;
  answerLabel: string;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const columns = [answerLabel, t('picturePage.number'), t('picturePage.share')] as const;
  return (
    <>
      <Suspense fallback={<div className="thuis-chart" style={{ blockSize: `${chartHeight(rows.length)}rem` }} />}>
        <AnswerChart rows={rows} name={t('picturePage.number')} summary={summary} formatNumber={f.number} formatCell={f.cell} />
      </Suspense>
      <details className="thuis-figures">
        <summary>
          <ActionLabel visible={t('picturePage.showFigures')} full={t('picturePage.showFiguresOf', { title })} />
        </summary>
        <Table caption={caption}>
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell key={c}>{c}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell label={columns[0]}>{row.label}</TableCell>
                <TableCell label={columns[1]} className="thuis-number">
                  {f.number(row.count)}
                </TableCell>
                <TableCell label={columns[2]} className="thuis-number">
                  {row.percent === null ? '–' : f.percent(row.percent)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </>
  );
}

// ---- Open answers ----

type PerCategory<T> = Record<TextCategory, T>;

type TextIndex = PerCategory<SearchIndex<PooledText>>;

/** The texts of every category, each with a search index made once per overview (shared by the list and the hand-out). */
function useCategoryTexts(overview: RegistrationOverview | undefined): TextIndex | null {
  return useMemo(() => {
    if (!overview) return null;
    const texts: PerCategory<readonly PooledText[]> = { ...overview.openTexts, talents: overview.talents };
    return Object.fromEntries(textCategories.map((c) => [c, searchIndex(texts[c])])) as TextIndex;
  }, [overview]);
}

function useFilteredTexts(all: TextIndex, terms: readonly string[]) {
  return useMemo(() => Object.fromEntries(textCategories.map((c) => [c, searchInIndex(all[c], terms)])) as PerCategory<readonly PooledText[]>, [all, terms]);
}

const categoryId = (c: TextCategory) => `picture-${c.replace(/_/g, '-')}`;

function TextsView({ all, search, onSearch, terms }: { all: TextIndex; search: string; onSearch: (value: string) => void; terms: readonly string[] }) {
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

// ---- The hand-out ----

/** Printed only: a page per category with the project, the selection and the date at the top. */
function Handout({
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
