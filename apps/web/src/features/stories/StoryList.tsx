import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storyTellerKinds, type Story, type StoryTellerKind } from '@thuis/domain';
import { Alert, Button, Card, DataList, Heading, Paragraph, QueryState, Section, SelectField } from '../../ui';
import { formatDate } from '../../lib/dates';
import { problemFrom } from '../../lib/useFormErrors';
import type { StoryFilters } from './api';
import { useDeleteStory, useStories } from './hooks';

const PAGE_SIZE = 10;

/** The stories, a page at a time from the server: every story for the social team, the selected ones (with why) for the rest. */
export function StoryList({ projectId, canWrite, onEdit }: { projectId: string; canWrite: boolean; onEdit: (story: Story) => void }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<StoryFilters>({ scope: canWrite ? 'all' : 'selected', page: 1, pageSize: PAGE_SIZE });
  const stories = useStories(projectId, filters);
  const remove = useDeleteStory(projectId);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const set = (next: Partial<StoryFilters>) => setFilters((f) => ({ ...f, page: 1, ...next }));
  const date = (value: string) => formatDate(value, i18n.language);

  return (
    <Section id="verhalen" title={canWrite ? t('storiesPage.listTitle') : t('storiesPage.selectedTitle')}>
      {canWrite ? null : <Paragraph>{t('storiesPage.selectedIntro')}</Paragraph>}
      <div className="thuis-filter-form" role="group" aria-label={t('storiesPage.filters')}>
        <SelectField
          label={t('fields.tellerKind')}
          placeholder={t('storiesPage.allTellers')}
          options={storyTellerKinds.map((k) => ({ value: k, label: t(`storiesPage.tellerKinds.${k}`) }))}
          value={filters.tellerKind ?? ''}
          onChange={(e) => set({ tellerKind: (e.currentTarget.value || undefined) as StoryTellerKind | undefined })}
        />
        {canWrite ? (
          <SelectField
            label={t('storiesPage.scope')}
            options={[
              { value: 'all', label: t('storiesPage.scopeAll') },
              { value: 'selected', label: t('storiesPage.scopeSelected') },
            ]}
            value={filters.scope}
            onChange={(e) => set({ scope: e.currentTarget.value as StoryFilters['scope'] })}
          />
        ) : null}
      </div>
      {removeError ? <Alert type="error">{removeError}</Alert> : null}
      <QueryState query={stories}>
        {(list) => {
          const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
          return (
            <>
              <p role="status">{t('storiesPage.count', { count: list.total })}</p>
              {list.stories.length === 0 ? <Paragraph>{canWrite ? t('storiesPage.none') : t('storiesPage.noneSelected')}</Paragraph> : null}
              <ul className="thuis-story-list">
                {list.stories.map((s) => (
                  <Card as="li" key={s.id} className="thuis-story">
                    <article aria-labelledby={`story-${s.id}`}>
                      <Heading level={3} id={`story-${s.id}`}>
                        {s.storyTitle}
                      </Heading>
                      <DataList
                        items={[
                          { key: 'teller', label: t('fields.tellerKind'), value: t(`storiesPage.tellerKinds.${s.tellerKind}`) },
                          { key: 'period', label: t('storiesPage.period'), value: `${date(s.periodStart)} – ${date(s.periodEnd)}` },
                          ...(s.activity ? [{ key: 'activity', label: t('fields.activityId'), value: s.activity.title }] : []),
                          ...(s.theme ? [{ key: 'theme', label: t('fields.themeId'), value: s.theme.name }] : []),
                        ]}
                      />
                      <Paragraph className="thuis-preline">{s.storyText}</Paragraph>
                      <Heading level={4}>{t('fields.storyWhy')}</Heading>
                      <Paragraph className="thuis-preline">{s.storyWhy}</Paragraph>
                      {s.selections.length ? (
                        <>
                          <Heading level={4}>{t('storiesPage.selectedBy')}</Heading>
                          <ul>
                            {s.selections.map((sel) => (
                              <li key={sel.roundId}>
                                {t('storiesPage.selectedByItem', {
                                  group: t(`storiesPage.groupKinds.${sel.groupKind}`),
                                  date: date(sel.heldOn),
                                  reason: sel.reason,
                                })}
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                      {canWrite ? (
                        <span className="thuis-row-actions">
                          <Button appearance="secondary" onClick={() => onEdit(s)} aria-label={t('storiesPage.editFor', { title: s.storyTitle })}>
                            {t('common.edit')}
                          </Button>
                          <Button
                            appearance="subtle"
                            aria-label={t('storiesPage.deleteFor', { title: s.storyTitle })}
                            onClick={() => {
                              setRemoveError(null);
                              remove.mutate(s.id, {
                                onError: (error) =>
                                  setRemoveError(
                                    problemFrom(error, t('errors.server'))
                                      .details.map((d) => d.message)
                                      .join(' ') || problemFrom(error, t('errors.server')).message,
                                  ),
                              });
                            }}
                          >
                            {t('common.delete')}
                          </Button>
                        </span>
                      ) : null}
                    </article>
                  </Card>
                ))}
              </ul>
              {pages > 1 ? (
                <nav className="thuis-pagination" aria-label={t('storiesPage.pagination')}>
                  <Button disabled={list.page <= 1} onClick={() => setFilters((f) => ({ ...f, page: f.page - 1 }))}>
                    {t('addresses.previous')}
                  </Button>
                  <span>{t('addresses.pageOf', { page: list.page, pages })}</span>
                  <Button disabled={list.page >= pages} onClick={() => setFilters((f) => ({ ...f, page: f.page + 1 }))}>
                    {t('addresses.next')}
                  </Button>
                </nav>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
