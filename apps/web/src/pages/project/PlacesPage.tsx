import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapHome, Place, ProjectDetail } from '@thuis/domain';
import { Alert, Button, DataTable, Paragraph, QueryState, Section } from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { NeighbourhoodMap, type MapPick } from '../../features/places/NeighbourhoodMap';
import { PlaceForm } from '../../features/places/PlaceForm';
import { HomePositionForm } from '../../features/places/HomePositionForm';
import { useDeletePlace, useMapHomes, useMapTiles, usePlaces } from '../../features/places/hooks';

export function PlacesPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="places.read" title={t('placesPage.title')} lead={t('placesPage.intro')}>
      {(project) => <PlacesView project={project} />}
    </ProjectSubPage>
  );
}

const noHomes: MapHome[] = [];

function PlacesView({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const tiles = useMapTiles();
  const places = usePlaces(project.id);
  const homes = useMapHomes(project.id, can('addresses.read'));
  const remove = useDeletePlace(project.id);
  const [picked, setPicked] = useState<MapPick | null>(null);
  const [editing, setEditing] = useState<Place | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const canPick = can('places.manage') || can('addresses.manage');
  const withoutPosition = homes.data?.homes.filter((h) => h.latitude === null) ?? noHomes;

  return (
    <>
      <Section title={t('placesPage.mapTitle')}>
        <Paragraph>{canPick ? t('placesPage.mapHintPick') : t('placesPage.mapHint')}</Paragraph>
        {tiles.isSuccess && !tiles.data ? <Paragraph>{t('placesPage.plainBackground')}</Paragraph> : null}
        {tiles.isSuccess ? (
          <NeighbourhoodMap
            tiles={tiles.data}
            homes={homes.data?.homes ?? noHomes}
            places={places.data ?? []}
            picked={picked}
            onPick={(pick) => canPick && setPicked(pick)}
            label={t('placesPage.mapLabel')}
          />
        ) : null}
        {picked ? (
          <p role="status">
            {t('placesPage.picked', { latitude: formatNumber(picked.latitude, i18n.language, 6), longitude: formatNumber(picked.longitude, i18n.language, 6) })}
          </p>
        ) : null}
        {homes.data ? <Paragraph>{t('placesPage.homesCount', { count: homes.data.total, without: homes.data.withoutPosition })}</Paragraph> : null}
      </Section>
      {saved ? <Alert type="ok">{t('placesPage.saved', { name: saved })}</Alert> : null}
      {can('places.manage') ? (
        <PlaceForm
          key={editing?.id ?? 'new'}
          projectId={project.id}
          editing={editing}
          picked={picked}
          onDone={(place) => {
            setEditing(null);
            setPicked(null);
            setSaved(place?.name ?? null);
          }}
        />
      ) : null}
      {can('addresses.manage') && withoutPosition.length > 0 ? <HomePositionForm projectId={project.id} homes={withoutPosition} picked={picked} /> : null}
      <Section title={t('placesPage.listTitle')}>
        <QueryState query={places}>
          {(list) =>
            list.length === 0 ? (
              <Paragraph>{t('placesPage.none')}</Paragraph>
            ) : (
              <DataTable
                caption={t('placesPage.listTitle')}
                rows={list}
                rowKey={(p) => p.id}
                columns={[
                  { label: t('fields.name'), cell: (p) => p.name },
                  { label: t('placesPage.kind'), cell: (p) => t(`placeKinds.${p.kind}`) },
                  {
                    label: t('fields.meaning'),
                    cell: (p) => (
                      <span className="thuis-preline">{[p.meaning, p.forWhom && `${t('fields.forWhom')}: ${p.forWhom}`].filter(Boolean).join('\n')}</span>
                    ),
                  },
                  { label: t('fields.notWelcome'), cell: (p) => <span className="thuis-preline">{p.notWelcome}</span> },
                  { label: t('fields.activities'), cell: (p) => <span className="thuis-preline">{p.activities}</span> },
                  { label: t('fields.changesAsked'), cell: (p) => <span className="thuis-preline">{p.changesAsked}</span> },
                  {
                    label: t('placesPage.position'),
                    cell: (p) => `${formatNumber(p.latitude, i18n.language, 6)}, ${formatNumber(p.longitude, i18n.language, 6)}`,
                    className: 'thuis-nowrap',
                  },
                  can('places.manage') && {
                    label: t('common.actions'),
                    cell: (p) => (
                      <span className="thuis-row-actions">
                        <Button appearance="secondary" onClick={() => setEditing(p)} aria-label={t('placesPage.editFor', { name: p.name })}>
                          {t('common.edit')}
                        </Button>
                        <Button appearance="subtle" onClick={() => void remove.mutate(p.id)} aria-label={t('placesPage.deleteFor', { name: p.name })}>
                          {t('common.delete')}
                        </Button>
                      </span>
                    ),
                  },
                ]}
              />
            )
          }
        </QueryState>
      </Section>
    </>
  );
}
