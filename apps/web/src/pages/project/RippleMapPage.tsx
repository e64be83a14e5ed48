import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { rippleLevels, rippleLevelX, type ProjectDetail, type RippleLevel, type RippleMapDetail, type RippleNode } from '@thuis/domain';
import { Alert, Button, ButtonGroup, DataList, FormProblem, Link, Paragraph, QueryState, Section, StatusBadge } from '../../ui';
import { problemFrom, type FormProblem as Problem } from '../../lib/useFormErrors';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { RippleCanvas } from '../../features/ripples/RippleCanvas';
import { RippleControls, type RippleActions } from '../../features/ripples/RippleControls';
import { RenameRippleMapForm } from '../../features/ripples/RenameRippleMapForm';
import { downloadPng, downloadSvg, rippleFileName, rippleMapSvg } from '../../features/ripples/export';
import { useChangeRippleMap, useDeleteRippleMap, useRippleMap, type RippleChange } from '../../features/ripples/hooks';

export function RippleMapPage() {
  const { t } = useTranslation();
  const { mapId = '' } = useParams();
  return (
    <ProjectSubPage permission="ripples.read" title={t('ripples.mapPageTitle')} lead={t('ripples.mapIntro')}>
      {(project) => <RippleMapLoader project={project} mapId={mapId} />}
    </ProjectSubPage>
  );
}

function RippleMapLoader({ project, mapId }: { project: ProjectDetail; mapId: string }) {
  const map = useRippleMap(project.id, mapId);
  return <QueryState query={map}>{(data) => <RippleMapView project={project} map={data} />}</QueryState>;
}

/** Below the lowest effect of a level: where a new or moved effect goes. */
const nextY = (map: RippleMapDetail, level: RippleLevel, except?: string) => {
  const ys = map.nodes.filter((n) => n.level === level && n.id !== except).map((n) => n.y);
  return ys.length ? Math.max(...ys) + 110 : 0;
};

function RippleMapView({ project, map }: { project: ProjectDetail; map: RippleMapDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const change = useChangeRippleMap(project.id, map.id);
  const removeMap = useDeleteRippleMap(project.id);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [renaming, setRenaming] = useState(false);
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const editable = can('ripples.draw') && map.status === 'draft';
  const labels = useMemo(() => Object.fromEntries(rippleLevels.map((l) => [l, t(`ripples.levels.${l}`)])) as Record<RippleLevel, string>, [t]);
  const levelName = (level: RippleLevel) => labels[level];

  /** Stores a change and announces it; a form shows a failure at its fields, so it is thrown on. */
  async function apply(next: RippleChange, message: string) {
    setProblem(null);
    await change.mutateAsync(next);
    setAnnouncement(message);
  }
  /** A button's change: a failure is shown above the drawing. */
  async function applyOrShow(next: RippleChange, message: string) {
    try {
      await apply(next, message);
    } catch (error) {
      setAnnouncement('');
      setProblem(problemFrom(error, t('errors.server')));
    }
  }

  const actions: RippleActions | null = editable
    ? {
        addNode: (level, text) =>
          apply(
            { kind: 'addNode', input: { level, text, x: rippleLevelX(level), y: nextY(map, level) } },
            t('ripples.added', { text, level: levelName(level) }),
          ),
        updateNode: (node, level, text) =>
          apply(
            {
              kind: 'updateNode',
              nodeId: node.id,
              input: { level, text, x: rippleLevelX(level), y: level === node.level ? node.y : nextY(map, level, node.id) },
            },
            level === node.level ? t('ripples.changed', { text }) : t('ripples.moved', { text, level: levelName(level) }),
          ),
        removeNode: (node: RippleNode) => applyOrShow({ kind: 'removeNode', nodeId: node.id }, t('ripples.removed', { text: node.text })),
        addEdge: (fromNodeId, toNodeId) =>
          apply({ kind: 'addEdge', input: { fromNodeId, toNodeId } }, t('ripples.arrowAdded', { cause: textOf(fromNodeId), effect: textOf(toNodeId) })),
        removeEdge: (edgeId) => applyOrShow({ kind: 'removeEdge', edgeId }, t('ripples.arrowRemoved')),
      }
    : null;
  function textOf(id: string) {
    return map.nodes.find((n) => n.id === id)?.text ?? '';
  }

  const subject = map.activity
    ? t('ripples.aboutActivity', { title: map.activity.title })
    : map.theme
      ? t('ripples.aboutTheme', { name: map.theme.name })
      : t('ripples.noSubject');
  const svg = () => rippleMapSvg(map, labels);

  return (
    <>
      <p className="thuis-back">
        <Link to={`/projects/${project.id}/ripples`}>{t('ripples.backToList')}</Link>
      </p>
      <Section title={map.title}>
        <DataList
          items={[
            { key: 'subject', label: t('ripples.subject'), value: subject },
            {
              key: 'status',
              label: t('ripples.status'),
              value: <StatusBadge tone={map.status === 'finished' ? 'done' : 'active'}>{t(`ripples.statuses.${map.status}`)}</StatusBadge>,
            },
            { key: 'count', label: t('ripples.effectCount'), value: String(map.nodes.length) },
          ]}
        />
        {map.status === 'finished' && can('ripples.draw') ? <Alert type="info">{t('ripples.finishedHint')}</Alert> : null}
        {editable && renaming ? (
          <RenameRippleMapForm
            map={map}
            onCancel={() => setRenaming(false)}
            onRename={async (input) => {
              await apply({ kind: 'rename', input }, t('ripples.renamed', { title: input.title }));
              setRenaming(false);
            }}
          />
        ) : null}
        <ButtonGroup>
          {editable && !renaming ? <Button onClick={() => setRenaming(true)}>{t('ripples.rename')}</Button> : null}
          <Button onClick={() => downloadSvg(svg(), rippleFileName(map.title, 'svg'))}>{t('ripples.exportSvg')}</Button>
          <Button
            onClick={() =>
              void downloadPng(svg(), rippleFileName(map.title, 'png')).catch((error: unknown) => setProblem(problemFrom(error, t('ripples.exportFailed'))))
            }
          >
            {t('ripples.exportPng')}
          </Button>
          {can('ripples.finish') ? (
            map.status === 'draft' ? (
              <Button appearance="primary" onClick={() => void applyOrShow({ kind: 'status', status: 'finished' }, t('ripples.finishedNow'))}>
                {t('ripples.finish')}
              </Button>
            ) : (
              <Button onClick={() => void applyOrShow({ kind: 'status', status: 'draft' }, t('ripples.reopenedNow'))}>{t('ripples.reopen')}</Button>
            )
          ) : null}
          {can('ripples.finish') ? (
            <Button
              appearance="subtle"
              danger
              onClick={() => {
                if (window.confirm(t('ripples.deleteConfirm', { title: map.title })))
                  void removeMap.mutateAsync(map.id).then(
                    () => navigate(`/projects/${project.id}/ripples`),
                    (error: unknown) => setProblem(problemFrom(error, t('errors.server'))),
                  );
              }}
            >
              {t('ripples.deleteMap')}
            </Button>
          ) : null}
        </ButtonGroup>
      </Section>
      <div role="status" aria-live="polite" className="thuis-ripple-status">
        {announcement}
      </div>
      <FormProblem problem={problem} />
      <Section title={t('ripples.drawingTitle')}>
        {map.nodes.length === 0 ? <Paragraph>{editable ? t('ripples.emptyDraw') : t('ripples.empty')}</Paragraph> : null}
        <RippleCanvas
          map={map}
          labels={labels}
          editable={editable}
          caption={editable ? t('ripples.canvasHintDraw') : t('ripples.canvasHint')}
          onMove={(nodeId, level, y) => {
            const node = map.nodes.find((n) => n.id === nodeId);
            if (!node) return Promise.resolve();
            return applyOrShow(
              { kind: 'updateNode', nodeId, input: { level, text: node.text, x: rippleLevelX(level), y } },
              level === node.level ? t('ripples.changed', { text: node.text }) : t('ripples.moved', { text: node.text, level: levelName(level) }),
            );
          }}
          onConnect={(from, to) =>
            void applyOrShow(
              { kind: 'addEdge', input: { fromNodeId: from, toNodeId: to } },
              t('ripples.arrowAdded', { cause: textOf(from), effect: textOf(to) }),
            )
          }
        />
      </Section>
      <RippleControls map={map} actions={actions} />
    </>
  );
}
