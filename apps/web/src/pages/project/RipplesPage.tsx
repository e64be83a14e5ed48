import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProjectDetail, RippleMapSummary } from '@thuis/domain';
import { Button, ButtonGroup, DataTable, Link, Paragraph, QueryState, Section, StatusBadge } from '../../ui';
import { formatDate } from '../../lib/dates';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { NewRippleMapForm } from '../../features/ripples/NewRippleMapForm';
import { RIPPLE_PAGE, useRippleMaps } from '../../features/ripples/hooks';

export function RipplesPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="ripples.read" title={t('ripples.title')} lead={t('ripples.intro')}>
      {(project) => <RipplesView project={project} />}
    </ProjectSubPage>
  );
}

function subjectOf(map: RippleMapSummary, t: (key: string, params?: Record<string, unknown>) => string) {
  if (map.activity) return t('ripples.aboutActivity', { title: map.activity.title });
  if (map.theme) return t('ripples.aboutTheme', { name: map.theme.name });
  return '';
}

function RipplesView({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [offset, setOffset] = useState(0);
  const maps = useRippleMaps(project.id, offset);
  const canDraw = project.permissions.includes('ripples.draw');
  return (
    <>
      <Section title={t('ripples.listTitle')}>
        <Paragraph>{canDraw ? t('ripples.listHintDraw') : t('ripples.listHint')}</Paragraph>
        <QueryState query={maps}>
          {(page) =>
            page.total === 0 ? (
              <Paragraph>{t('ripples.none')}</Paragraph>
            ) : (
              <>
                <DataTable
                  caption={t('ripples.listTitle')}
                  rows={page.maps}
                  rowKey={(m) => m.id}
                  columns={[
                    { label: t('ripples.mapName'), cell: (m) => <Link to={`/projects/${project.id}/ripples/${m.id}`}>{m.title}</Link> },
                    { label: t('ripples.subject'), cell: (m) => subjectOf(m, t) },
                    {
                      label: t('ripples.status'),
                      cell: (m) => <StatusBadge tone={m.status === 'finished' ? 'done' : 'active'}>{t(`ripples.statuses.${m.status}`)}</StatusBadge>,
                    },
                    { label: t('ripples.effectCount'), cell: (m) => String(m.nodeCount) },
                    { label: t('ripples.updated'), cell: (m) => formatDate(m.updatedAt, i18n.language), className: 'thuis-nowrap' },
                  ]}
                />
                {page.total > RIPPLE_PAGE ? (
                  <ButtonGroup>
                    <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - RIPPLE_PAGE))}>
                      {t('ripples.previous')}
                    </Button>
                    <Button disabled={offset + RIPPLE_PAGE >= page.total} onClick={() => setOffset(offset + RIPPLE_PAGE)}>
                      {t('ripples.next')}
                    </Button>
                  </ButtonGroup>
                ) : null}
              </>
            )
          }
        </QueryState>
      </Section>
      {canDraw ? <NewRippleMapForm projectId={project.id} onCreated={(map) => void navigate(`/projects/${project.id}/ripples/${map.id}`)} /> : null}
    </>
  );
}
