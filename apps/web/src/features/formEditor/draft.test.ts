import { describe, expect, it } from 'vitest';
import { formDefinition } from '@thuis/domain';
import { emptyQuestion, fromDraft, withKind, type DraftQuestion } from './draft';

type ScaleDraft = Extract<DraftQuestion, { kind: 'scale' }>;
const scale = (overrides: Partial<ScaleDraft> = {}): ScaleDraft => ({
  ...(emptyQuestion() as ScaleDraft),
  key: 'tevredenheid_buurt',
  label: { nl: 'Hoe tevreden bent u over de buurt?', en: '' },
  ...overrides,
});

describe('the form editor draft', () => {
  it('saves the meaning of the scale ends when filled in, and leaves empty ones out', () => {
    const definition = fromDraft({
      questions: [
        scale({ minLabel: { nl: 'zeer ontevreden', en: 'very dissatisfied' }, maxLabel: { nl: '', en: '' } }),
        scale({ key: 'contact', minLabel: { nl: '  ', en: '' } }),
      ],
      cards: [],
    });
    expect(definition.questions[0]).toMatchObject({ minLabel: { nl: 'zeer ontevreden', en: 'very dissatisfied' } });
    expect(definition.questions[0]).not.toHaveProperty('maxLabel');
    expect(definition.questions[1]).not.toHaveProperty('minLabel');
    expect(formDefinition.safeParse({ ...definition, cards: [{ key: 'gezondheid', label: { nl: 'Gezondheid', en: '' } }] }).success).toBe(true);
  });

  it('refuses an English end label without a Dutch one, at the field', () => {
    const definition = fromDraft({
      questions: [scale({ maxLabel: { nl: '', en: 'very satisfied' } })],
      cards: [{ uid: 'c', key: 'gezondheid', label: { nl: 'Gezondheid', en: '' } }],
    });
    const result = formDefinition.safeParse(definition);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('questions.0.maxLabel.nl');
  });

  it('keeps the scale end labels when the kind is chosen again', () => {
    const q = scale({ min: 0, max: 5, minLabel: { nl: 'nooit', en: 'never' } });
    expect(withKind(q, 'scale')).toEqual(q);
    expect(withKind(withKind(q, 'choice'), 'scale')).toMatchObject({ kind: 'scale', min: 1, max: 10, key: 'tevredenheid_buurt' });
  });
});
