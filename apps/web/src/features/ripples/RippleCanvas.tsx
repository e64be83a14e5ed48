import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Background,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Button } from '../../ui';
import { RIPPLE_COLUMN_WIDTH, RIPPLE_NODE_WIDTH, rippleLevelAt, rippleLevels, type RippleLevel, type RippleMapDetail } from '@thuis/domain';

type EffectNode = Node<{ text: string; level: RippleLevel }, 'effect'>;
type BandNode = Node<{ label: string }, 'band'>;

function EffectNodeView({ data }: NodeProps<EffectNode>) {
  return (
    <div className={`thuis-ripple-node thuis-ripple-node--${data.level}`} style={{ width: RIPPLE_NODE_WIDTH }}>
      <Handle type="target" position={Position.Left} />
      {data.text}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

function BandNodeView({ data, height }: NodeProps<BandNode>) {
  return (
    <div className="thuis-ripple-band" style={{ width: RIPPLE_COLUMN_WIDTH, height }}>
      <span className="thuis-ripple-band__label">{data.label}</span>
    </div>
  );
}

const nodeTypes = { effect: EffectNodeView, band: BandNodeView };

/** Zoom buttons beside the drawing: ordinary buttons, so they are reached with the keyboard and named for a screen reader. */
function ZoomButtons() {
  const { t } = useTranslation();
  const flow = useReactFlow();
  return (
    <div className="thuis-ripple-zoom utrecht-button-group" role="group" aria-label={t('ripples.zoomControls')}>
      <Button onClick={() => void flow.zoomIn({ duration: 150 })}>{t('ripples.zoomIn')}</Button>
      <Button onClick={() => void flow.zoomOut({ duration: 150 })}>{t('ripples.zoomOut')}</Button>
      <Button onClick={() => void flow.fitView({ duration: 150 })}>{t('ripples.zoomFit')}</Button>
    </div>
  );
}
const BAND_TOP = -70;

/**
 * The drawing: three columns (direct, indirect, lasting) with the effects and arrows. With the mouse
 * an effect is dragged (into another column: another level) and an arrow drawn from the right dot
 * of a cause to the left dot of its effect. The controls beside it do all of this by keyboard.
 */
export function RippleCanvas(props: Parameters<typeof RippleDrawing>[0]) {
  return (
    <ReactFlowProvider>
      <RippleDrawing {...props} />
    </ReactFlowProvider>
  );
}

function RippleDrawing({
  map,
  labels,
  editable,
  onMove,
  onConnect,
  caption,
}: {
  map: RippleMapDetail;
  labels: Record<RippleLevel, string>;
  editable: boolean;
  onMove: (nodeId: string, level: RippleLevel, y: number) => Promise<unknown>;
  onConnect: (fromNodeId: string, toNodeId: string) => void;
  caption: string;
}) {
  // Positions while a node is being dragged; the saved map takes over again once the move is stored.
  const [dragged, setDragged] = useState<Record<string, { x: number; y: number }>>({});
  const nodes = useMemo(() => {
    const bottom = Math.max(480, ...map.nodes.map((n) => n.y + 160));
    const bands: BandNode[] = rippleLevels.map((level, i) => ({
      id: `band-${level}`,
      type: 'band',
      position: { x: i * RIPPLE_COLUMN_WIDTH, y: BAND_TOP },
      data: { label: labels[level] },
      width: RIPPLE_COLUMN_WIDTH,
      height: bottom - BAND_TOP,
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
      zIndex: -1,
    }));
    const effects: EffectNode[] = map.nodes.map((n) => ({
      id: n.id,
      type: 'effect',
      position: dragged[n.id] ?? { x: n.x, y: n.y },
      data: { text: n.text, level: n.level },
      width: RIPPLE_NODE_WIDTH,
    }));
    return [...bands, ...effects];
  }, [map.nodes, labels, dragged]);
  const edges = useMemo<Edge[]>(
    () =>
      map.edges.map((e) => ({
        id: e.id,
        source: e.fromNodeId,
        target: e.toNodeId,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        focusable: false,
      })),
    [map.edges],
  );

  const onNodesChange = (changes: NodeChange[]) => {
    for (const change of changes)
      if (change.type === 'position' && change.position) {
        const position = change.position;
        setDragged((d) => ({ ...d, [change.id]: position }));
      }
  };
  const onNodeDragStop = (_event: unknown, node: Node) => {
    if (node.type !== 'effect') return;
    const level = rippleLevelAt(node.position.x);
    void onMove(node.id, level, Math.round(node.position.y)).finally(() =>
      setDragged((d) => {
        const { [node.id]: _done, ...rest } = d;
        return rest;
      }),
    );
  };

  return (
    <figure className="thuis-ripple-canvas-figure">
      <ZoomButtons />
      <div className="thuis-ripple-canvas" data-testid="ripple-canvas">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={(c: Connection) => c.source && c.target && c.source !== c.target && onConnect(c.source, c.target)}
          nodesDraggable={editable}
          nodesConnectable={editable}
          elementsSelectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          fitView
          minZoom={0.3}
        >
          <Background gap={20} />
        </ReactFlow>
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
