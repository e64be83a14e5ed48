import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_GROUP_KEY, searchTerms, type ProjectDetail } from '@thuis/domain';
import { Button, Link, Paragraph, QueryState, type Option } from '../../ui';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { useBuildingPhases, useSubNeighbourhoods } from '../../features/addresses/hooks';
import { useFormVersions } from '../../features/formEditor/hooks';
import { hasPictureFilters, pictureFiltersFromParams } from '../../features/picture/filters';
import { useRegistrationOverview } from '../../features/picture/hooks';
import { localised } from '../../features/picture/overview';
import { usePrintHandout } from '../../features/picture/usePrintHandout';
import { PictureSubPage } from '../../features/picture/PictureNav';
import { Handout } from '../../features/picture/Handout';
import { PictureFilterForm, selectionText, type FormVersionItem } from '../../features/picture/PictureFilterForm';
import { QuestionsView } from '../../features/picture/QuestionsView';
import { loadEveryPage, TextsView, useCategoryPages } from '../../features/picture/TextsView';
import { useFormats } from '../../features/picture/useFormats';

type View = 'questions' | 'texts';
const views: readonly View[] = ['questions', 'texts'];

export function PicturePage() {
  const { t } = useTranslation();
  return (
    <PictureSubPage permission="registrations.read" title={t('picturePage.title')} lead={t('picturePage.intro')}>
      {(project) => <PictureView project={project} />}
    </PictureSubPage>
  );
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
  // The texts load when they are shown or printed: a page per category, the search on the server.
  const [preparing, setPreparing] = useState(false);
  const pages = useCategoryPages(project.id, filters, terms.join(' '), view === 'texts' || preparing || handout.printing);
  const printHandout = async () => {
    setPreparing(true);
    try {
      await loadEveryPage(pages);
    } finally {
      setPreparing(false);
    }
    handout.print();
  };

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
        <PictureFilterForm
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
                  <Button className="thuis-no-print" busy={preparing} disabled={preparing} onClick={() => void printHandout()}>
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
                  ) : (
                    <TextsView pages={pages} totals={data.texts} search={search} onSearch={setSearch} terms={terms} />
                  )}
                </>
              )}
            </div>
          )}
        </QueryState>
      </div>
      {handout.printing && overview.data && overview.data.registrations > 0 ? (
        <Handout
          project={project}
          registrations={overview.data.registrations}
          pages={pages}
          selection={selection}
          search={deferredSearch.trim()}
          terms={terms}
        />
      ) : null}
    </>
  );
}
