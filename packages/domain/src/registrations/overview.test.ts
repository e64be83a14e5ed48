import { describe, expect, it } from 'vitest';
import { defaultFormDefinition, type FormDefinition } from './form-definition.js';
import { summariseCounts } from './overview.js';

const v1: FormDefinition = defaultFormDefinition();
// Version 2 words the satisfaction question anew, widens contact to 1–7 and adds a choice.
const v2: FormDefinition = {
  ...v1,
  questions: [
    ...v1.questions.map((q) =>
      q.key === 'neighbourhood_satisfaction'
        ? { ...q, label: { nl: 'Hoe prettig woont u in de buurt?', en: 'How pleasant is living here?' } }
        : q.key === 'contact_with_neighbours' && q.kind === 'scale'
          ? { ...q, max: 7 }
          : q,
    ),
    {
      kind: 'choice',
      key: 'works_worry',
      label: { nl: 'Ziet u op tegen de werkzaamheden?', en: '' },
      options: [
        { key: 'yes', label: { nl: 'ja', en: 'yes' } },
        { key: 'no', label: { nl: 'nee', en: 'no' } },
      ],
      required: false,
    },
  ],
};
const forms = [
  { id: 'f1', version: 1, definition: v1 },
  { id: 'f2', version: 2, definition: v2 },
];

const noTexts = { person_obstacles: 0, person_opportunities: 0, environment_obstacles: 0, environment_opportunities: 0, talents: 0 };

describe('summariseCounts', () => {
  it('lays the counts on every closed question across form versions by its key, with the newest wording', () => {
    const overview = summariseCounts(forms, {
      registrations: 3,
      answers: [
        { key: 'neighbourhood_satisfaction', answer: null, count: 3 },
        { key: 'neighbourhood_satisfaction', answer: '7', count: 2 },
        { key: 'neighbourhood_satisfaction', answer: '3', count: 1 },
        { key: 'age_group', answer: '65_79', count: 2 },
        { key: 'contact_with_neighbours', answer: '6', count: 1 },
        { key: 'works_worry', answer: null, count: 1 },
        { key: 'works_worry', answer: 'yes', count: 1 },
        // Answers no version knows are left out.
        { key: 'works_worry', answer: 'maybe', count: 4 },
        { key: 'gone_question', answer: null, count: 9 },
      ],
      cards: [
        { key: 'belonging', count: 2 },
        { key: 'unknown_card', count: 1 },
      ],
      texts: { ...noTexts, person_obstacles: 2 },
    });
    expect(overview.registrations).toBe(3);
    const q = (key: string) => overview.questions.find((x) => x.key === key)!;
    expect(q('neighbourhood_satisfaction')).toMatchObject({ label: { nl: 'Hoe prettig woont u in de buurt?' }, versions: [1, 2], answered: 3 });
    expect(
      q('neighbourhood_satisfaction')
        .options.filter((o) => o.count > 0)
        .map((o) => [o.key, o.count]),
    ).toEqual([
      ['3', 1],
      ['7', 2],
    ]);
    expect(q('contact_with_neighbours').options.map((o) => o.key)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(q('age_group').options.find((o) => o.key === '65_79')!.count).toBe(2);
    // The label falls back to Dutch when English is missing.
    expect(q('works_worry')).toMatchObject({ versions: [2], answered: 1, label: { en: 'Ziet u op tegen de werkzaamheden?' } });
    expect(q('works_worry').options.map((o) => o.key)).toEqual(['yes', 'no']);
    expect(overview.questions.some((x) => x.key === 'gone_question')).toBe(false);
    expect(overview.cards.find((c) => c.key === 'belonging')!.count).toBe(2);
    expect(overview.cards.some((c) => c.key === 'unknown_card')).toBe(false);
    expect(overview.texts).toEqual({ ...noTexts, person_obstacles: 2 });
  });

  it('gives empty counts for a project without registrations', () => {
    const overview = summariseCounts(forms, { registrations: 0, answers: [], cards: [], texts: noTexts });
    expect(overview.registrations).toBe(0);
    expect(overview.questions.every((q) => q.answered === 0 && q.options.every((o) => o.count === 0))).toBe(true);
  });
});
