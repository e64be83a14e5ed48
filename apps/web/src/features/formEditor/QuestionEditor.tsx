import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@thuis/domain';
import { ActionLabel, Alert, Button, ButtonGroup, CheckboxField, SelectField, TextField } from '../../ui';
import { move, withKind, type DraftQuestion } from './draft';

/**
 * After an item of an editor list moved, puts the focus back on the button that moved it (or on the
 * other one when the item reached the top or bottom), so the keyboard stays with the item.
 */
export function useMoveFocus() {
  const pending = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted) return;
    pending.current = null;
    const button = (direction: 'up' | 'down') => document.getElementById(`${wanted.id}-${direction}`) as HTMLButtonElement | null;
    const own = button(wanted.direction);
    const other = button(wanted.direction === 'up' ? 'down' : 'up');
    (own && !own.disabled ? own : other)?.focus();
  });
  return (id: string, direction: 'up' | 'down') => {
    pending.current = { id, direction };
  };
}

/**
 * Up, down and remove for an item of an editor list. With `moveId` the buttons have ids, so that
 * useMoveFocus can put the focus back on the button after the item moved (keyboard users stay put).
 */
export function MoveButtons({
  index,
  count,
  name,
  moveId,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  name: string;
  moveId?: string | undefined;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ButtonGroup className="thuis-editor-item__actions">
      <Button appearance="subtle" id={moveId && `${moveId}-up`} disabled={index === 0} onClick={() => onMove(index - 1)}>
        <ActionLabel visible={t('formEditor.moveUp')} full={t('formEditor.moveUpFor', { name })} />
      </Button>
      <Button appearance="subtle" id={moveId && `${moveId}-down`} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        <ActionLabel visible={t('formEditor.moveDown')} full={t('formEditor.moveDownFor', { name })} />
      </Button>
      <Button appearance="subtle" danger onClick={onRemove}>
        <ActionLabel visible={t('formEditor.remove')} full={t('formEditor.removeFor', { name })} />
      </Button>
    </ButtonGroup>
  );
}

const scaleMins = [0, 1];
const scaleMaxes = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/** One question of a form or survey: kind, key, text in Dutch and English, scale or answer options, required. */
/** The Dutch and English text of one label (two fields side by side in the row they stand in). */
export function LabelFields({
  value,
  labels,
  error,
  onChange,
}: {
  value: { nl: string; en: string };
  labels: { nl: string; en: string };
  error: (language: 'nl' | 'en') => string | undefined;
  onChange: (next: { nl: string; en: string }) => void;
}) {
  return (
    <>
      <TextField label={labels.nl} value={value.nl} error={error('nl')} onChange={(e) => onChange({ ...value, nl: e.target.value })} />
      <TextField label={labels.en} value={value.en} error={error('en')} onChange={(e) => onChange({ ...value, en: e.target.value })} />
    </>
  );
}

export function QuestionEditor({
  index,
  count,
  question: q,
  keyHint,
  moveId,
  error,
  onChange,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  question: DraftQuestion;
  /** What the key is for, where it means more than in the registration form. */
  keyHint?: string | undefined;
  moveId?: string | undefined;
  error: (path: string) => string | undefined;
  onChange: (q: DraftQuestion) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const name = t('formEditor.questionN', { n: index + 1 });
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset thuis-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {name}
        {q.label.nl ? `: ${q.label.nl}` : ''}
      </legend>
      <MoveButtons index={index} count={count} name={name} moveId={moveId} onMove={onMove} onRemove={onRemove} />
      <div className="thuis-form-row">
        <SelectField
          label={t('formEditor.kind')}
          value={q.kind}
          onChange={(e) => onChange(withKind(q, e.target.value as Question['kind']))}
          options={(['scale', 'choice', 'multi'] as const).map((k) => ({ value: k, label: t(`formEditor.kinds.${k}`) }))}
        />
        <TextField
          label={t('formEditor.key')}
          description={keyHint ?? t('formEditor.keyHint')}
          value={q.key}
          autoComplete="off"
          spellCheck={false}
          error={error('key')}
          onChange={(e) => onChange({ ...q, key: e.target.value })}
        />
      </div>
      <div className="thuis-form-row">
        <LabelFields
          value={q.label}
          labels={{ nl: t('formEditor.labelNl'), en: t('formEditor.labelEn') }}
          error={(language) => error(`label.${language}`)}
          onChange={(label) => onChange({ ...q, label })}
        />
      </div>
      {q.kind === 'scale' ? (
        <div className="thuis-form-row">
          <SelectField
            label={t('formEditor.min')}
            value={String(q.min)}
            error={error('min')}
            onChange={(e) => onChange({ ...q, min: Number(e.target.value) })}
            options={scaleMins.map((n) => ({ value: String(n), label: String(n) }))}
          />
          <SelectField
            label={t('formEditor.max')}
            value={String(q.max)}
            error={error('max')}
            onChange={(e) => onChange({ ...q, max: Number(e.target.value) })}
            options={scaleMaxes.map((n) => ({ value: String(n), label: String(n) }))}
          />
        </div>
      ) : null}
      {q.kind === 'scale' ? (
        <>
          <p className="thuis-hint">{t('formEditor.scaleLabelHint')}</p>
          {(['minLabel', 'maxLabel'] as const).map((end) => (
            <div className="thuis-form-row" key={end}>
              {(['nl', 'en'] as const).map((lang) => (
                <TextField
                  key={lang}
                  label={t(`formEditor.${end}${lang === 'nl' ? 'Nl' : 'En'}`)}
                  optionalText={t('common.optional')}
                  value={q[end]?.[lang] ?? ''}
                  error={error(`${end}.${lang}`)}
                  onChange={(e) => onChange({ ...q, [end]: { nl: '', en: '', ...q[end], [lang]: e.target.value } })}
                />
              ))}
            </div>
          ))}
        </>
      ) : (
        <OptionsEditor question={q} error={error} onChange={onChange} questionName={name} />
      )}
      <CheckboxField label={t('formEditor.required')} checked={q.required} onChange={(e) => onChange({ ...q, required: e.target.checked })} />
    </fieldset>
  );
}

function OptionsEditor({
  question: q,
  error,
  onChange,
  questionName,
}: {
  question: Extract<DraftQuestion, { options: unknown }>;
  error: (path: string) => string | undefined;
  onChange: (q: DraftQuestion) => void;
  questionName: string;
}) {
  const { t } = useTranslation();
  const setOption = (j: number, option: (typeof q.options)[number]) => onChange({ ...q, options: q.options.map((o, k) => (k === j ? option : o)) });
  return (
    <div className="thuis-options-editor">
      <h4 className="utrecht-heading-4">{t('formEditor.options')}</h4>
      {error('options') ? <Alert type="error">{error('options')}</Alert> : null}
      <ol className="thuis-editor-list">
        {q.options.map((o, j) => {
          const name = t('formEditor.optionN', { n: j + 1, question: questionName });
          return (
            <li key={j} className="thuis-editor-option">
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset thuis-fieldset">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                  {t('formEditor.optionLegend', { n: j + 1 })}
                </legend>
                <div className="thuis-form-row">
                  <TextField
                    label={t('formEditor.optionKey')}
                    value={o.key}
                    autoComplete="off"
                    spellCheck={false}
                    error={error(`options.${j}.key`)}
                    onChange={(e) => setOption(j, { ...o, key: e.target.value })}
                  />
                  <LabelFields
                    value={o.label}
                    labels={{ nl: t('formEditor.labelNl'), en: t('formEditor.labelEn') }}
                    error={(language) => error(`options.${j}.label.${language}`)}
                    onChange={(label) => setOption(j, { ...o, label })}
                  />
                </div>
                <ButtonGroup>
                  <Button appearance="subtle" disabled={j === 0} onClick={() => onChange({ ...q, options: move(q.options, j, j - 1) })}>
                    <ActionLabel visible={t('formEditor.moveUp')} full={t('formEditor.moveUpFor', { name })} />
                  </Button>
                  <Button appearance="subtle" danger onClick={() => onChange({ ...q, options: q.options.filter((_, k) => k !== j) })}>
                    <ActionLabel visible={t('formEditor.remove')} full={t('formEditor.removeFor', { name })} />
                  </Button>
                </ButtonGroup>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button onClick={() => onChange({ ...q, options: [...q.options, { key: '', label: { nl: '', en: '' } }] })}>{t('formEditor.addOption')}</Button>
    </div>
  );
}
