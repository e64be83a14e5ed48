import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { rippleEdgeInput, rippleLevels, rippleNodeInput, type RippleLevel, type RippleMapDetail, type RippleNode } from '@thuis/domain';
import type { z } from 'zod';
import { Button, FormButtons, FormProblem, Heading, Paragraph, Section, SelectField, TextField } from '../../ui';
import { translatedZodResolver } from '../../lib/forms';
import { withIdentifyingCheck } from '../../lib/identifying';
import { useFormSubmit } from '../../lib/useFormErrors';

const nodeText = rippleNodeInput.pick({ level: true, text: true });
type NodeValues = z.input<typeof nodeText>;
type NodeOut = z.output<typeof nodeText>;
type EdgeValues = z.input<typeof rippleEdgeInput>;
type EdgeOut = z.output<typeof rippleEdgeInput>;

export interface RippleActions {
  addNode: (level: RippleLevel, text: string) => Promise<unknown>;
  updateNode: (node: RippleNode, level: RippleLevel, text: string) => Promise<unknown>;
  removeNode: (node: RippleNode) => Promise<unknown>;
  addEdge: (fromNodeId: string, toNodeId: string) => Promise<unknown>;
  removeEdge: (edgeId: string) => Promise<unknown>;
}

function useLevelOptions() {
  const { t } = useTranslation();
  return rippleLevels.map((level) => ({ value: level, label: t(`ripples.levels.${level}`) }));
}

/** Adds an effect at a level: the keyboard's way of putting a node on the drawing. */
function AddEffectForm({ actions }: { actions: RippleActions }) {
  const { t } = useTranslation();
  const levels = useLevelOptions();
  const form = useForm<NodeValues, unknown, NodeOut>({
    resolver: withIdentifyingCheck(translatedZodResolver(nodeText, t), ['text'], t),
    defaultValues: { level: 'direct', text: '' },
  });
  const { submit, problem } = useFormSubmit(form, ['level', 'text'], async (values) => {
    await actions.addNode(values.level, values.text);
    form.reset({ level: values.level, text: '' });
    form.setFocus('text');
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <Section title={t('ripples.addEffect')} level={3}>
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('ripples.addEffect')}>
        <FormProblem problem={problem} />
        <SelectField label={t('ripples.level')} options={levels} error={errors.level?.message} {...form.register('level')} />
        <TextField
          label={t('ripples.effectText')}
          description={t('ripples.noNames')}
          autoComplete="off"
          error={errors.text?.message}
          {...form.register('text')}
        />
        <FormButtons busy={isSubmitting} submitLabel={t('ripples.addEffect')} />
      </form>
    </Section>
  );
}

/** Changes an effect's text or moves it to another level. */
function EditEffectForm({ node, actions, onDone }: { node: RippleNode; actions: RippleActions; onDone: () => void }) {
  const { t } = useTranslation();
  const levels = useLevelOptions();
  const form = useForm<NodeValues, unknown, NodeOut>({
    resolver: withIdentifyingCheck(translatedZodResolver(nodeText, t), ['text'], t),
    defaultValues: { level: node.level, text: node.text },
  });
  const { submit, problem } = useFormSubmit(form, ['level', 'text'], async (values) => {
    await actions.updateNode(node, values.level, values.text);
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  const label = t('ripples.editFor', { text: node.text });
  return (
    <form onSubmit={submit} noValidate className="thuis-form thuis-ripple-edit" aria-label={label}>
      <FormProblem problem={problem} />
      <TextField label={t('ripples.effectText')} autoComplete="off" autoFocus error={errors.text?.message} {...form.register('text')} />
      <SelectField label={t('ripples.level')} description={t('ripples.levelHint')} options={levels} error={errors.level?.message} {...form.register('level')} />
      <FormButtons busy={isSubmitting} submitLabel={t('common.save')} onCancel={onDone} />
    </form>
  );
}

/** Draws an arrow from a cause to an effect by choosing both from lists. */
function AddArrowForm({ map, actions }: { map: RippleMapDetail; actions: RippleActions }) {
  const { t } = useTranslation();
  const form = useForm<EdgeValues, unknown, EdgeOut>({ resolver: translatedZodResolver(rippleEdgeInput, t), defaultValues: { fromNodeId: '', toNodeId: '' } });
  const { submit, problem } = useFormSubmit(form, ['fromNodeId', 'toNodeId'], async (values) => {
    await actions.addEdge(values.fromNodeId, values.toNodeId);
    form.reset({ fromNodeId: '', toNodeId: '' });
    form.setFocus('fromNodeId');
  });
  const { errors, isSubmitting } = form.formState;
  const options = rippleLevels.flatMap((level) =>
    map.nodes.filter((n) => n.level === level).map((n) => ({ value: n.id, label: `${t(`ripples.levels.${level}`)}: ${n.text}` })),
  );
  return (
    <form onSubmit={submit} noValidate className="thuis-form" aria-label={t('ripples.addArrow')}>
      <FormProblem problem={problem} />
      <SelectField
        label={t('ripples.cause')}
        placeholder={t('common.choose')}
        options={options}
        error={errors.fromNodeId?.message}
        {...form.register('fromNodeId')}
      />
      <SelectField
        label={t('ripples.effect')}
        placeholder={t('common.choose')}
        options={options}
        error={errors.toNodeId?.message}
        {...form.register('toNodeId')}
      />
      <FormButtons busy={isSubmitting} submitLabel={t('ripples.addArrow')} />
    </form>
  );
}

/**
 * Everything the drawing shows, as lists and forms: effects per level with their arrows. With
 * `actions` (a draft, for who draws) every effect and arrow is added, changed, moved and removed here
 * by keyboard alone.
 */
export function RippleControls({ map, actions }: { map: RippleMapDetail; actions: RippleActions | null }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const textOf = (id: string) => map.nodes.find((n) => n.id === id)?.text ?? '';
  return (
    <>
      {actions ? <AddEffectForm actions={actions} /> : null}
      <Section title={t('ripples.effectsTitle')} level={2}>
        <div className="thuis-ripple-levels">
          {rippleLevels.map((level) => {
            const nodes = map.nodes.filter((n) => n.level === level);
            return (
              <section key={level} className="thuis-ripple-level" aria-labelledby={`ripple-level-${level}`}>
                <Heading level={3} id={`ripple-level-${level}`}>
                  {t('ripples.levelCount', { level: t(`ripples.levels.${level}`), n: nodes.length })}
                </Heading>
                {nodes.length === 0 ? (
                  <Paragraph>{t('ripples.noEffects')}</Paragraph>
                ) : (
                  <ul className="thuis-ripple-list">
                    {nodes.map((node) => (
                      <li key={node.id}>
                        {editing === node.id && actions ? (
                          <EditEffectForm node={node} actions={actions} onDone={() => setEditing(null)} />
                        ) : (
                          <>
                            <span>{node.text}</span>
                            {actions ? (
                              <span className="thuis-row-actions">
                                <Button appearance="secondary" onClick={() => setEditing(node.id)} aria-label={t('ripples.editFor', { text: node.text })}>
                                  {t('common.edit')}
                                </Button>
                                <Button
                                  appearance="subtle"
                                  onClick={() => void actions.removeNode(node)}
                                  aria-label={t('ripples.deleteFor', { text: node.text })}
                                >
                                  {t('common.delete')}
                                </Button>
                              </span>
                            ) : null}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      </Section>
      <Section title={t('ripples.arrowsTitle')} level={2}>
        {map.edges.length === 0 ? (
          <Paragraph>{t('ripples.noArrows')}</Paragraph>
        ) : (
          <ul className="thuis-ripple-list">
            {map.edges.map((edge) => {
              const text = t('ripples.arrow', { cause: textOf(edge.fromNodeId), effect: textOf(edge.toNodeId) });
              return (
                <li key={edge.id}>
                  <span>{text}</span>
                  {actions ? (
                    <Button appearance="subtle" onClick={() => void actions.removeEdge(edge.id)} aria-label={t('ripples.deleteArrowFor', { arrow: text })}>
                      {t('common.delete')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {actions && map.nodes.length >= 2 ? <AddArrowForm map={map} actions={actions} /> : null}
      </Section>
    </>
  );
}
