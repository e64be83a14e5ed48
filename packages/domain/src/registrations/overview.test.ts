import { describe, expect, it } from 'vitest';
import { defaultFormDefinition, type FormDefinition, type RegistrationContent } from './form-definition.js';
import { summariseRegistrations } from './overview.js';

const content = (overrides: Partial<RegistrationContent> = {}): RegistrationContent => ({
  answers: {},
  cards: [],
  openText: {},
  talents: '',
  talentsContactConsent: false,
  summary: '',
  ...overrides,
});

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

describe('summariseRegistrations', () => {
  it('counts every closed question across form versions by its key, with the newest wording', () => {
    const overview = summariseRegistrations(forms, [
      { id: 'r1', formId: 'f1', content: content({ answers: { neighbourhood_satisfaction: 7, age_group: '65_79', contact_with_neighbours: 2 } }) },
      { id: 'r2', formId: 'f2', content: content({ answers: { neighbourhood_satisfaction: 7, works_worry: 'yes', contact_with_neighbours: 6 } }) },
      { id: 'r3', formId: 'f2', content: content({ answers: { neighbourhood_satisfaction: 3, age_group: '65_79', works_worry: '' } }) },
    ]);
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
    // An empty answer is no answer; the label falls back to Dutch when English is missing.
    expect(q('works_worry')).toMatchObject({ versions: [2], answered: 1, label: { en: 'Ziet u op tegen de werkzaamheden?' } });
  });

  it('counts a card once per registration, and pools the open texts per category', () => {
    const overview = summariseRegistrations(forms, [
      {
        id: 'r1',
        formId: 'f1',
        content: content({
          cards: ['belonging', 'belonging', 'play'],
          openText: { person_obstacles: '  Moeite met formulieren.  ', environment_opportunities: '' },
          talents: 'Koken',
        }),
      },
      { id: 'r2', formId: 'f2', content: content({ cards: ['belonging', 'unknown_card'], openText: { person_obstacles: 'Zorgen over de energierekening.' } }) },
    ]);
    expect(overview.cards.find((c) => c.key === 'belonging')!.count).toBe(2);
    expect(overview.cards.find((c) => c.key === 'play')!.count).toBe(1);
    expect(overview.openTexts.person_obstacles).toEqual([
      { registrationId: 'r1', formVersion: 1, text: 'Moeite met formulieren.' },
      { registrationId: 'r2', formVersion: 2, text: 'Zorgen over de energierekening.' },
    ]);
    expect(overview.openTexts.environment_opportunities).toEqual([]);
    expect(overview.talents).toEqual([{ registrationId: 'r1', formVersion: 1, text: 'Koken' }]);
  });

  it('gives empty counts for a project without registrations', () => {
    const overview = summariseRegistrations(forms, []);
    expect(overview.registrations).toBe(0);
    expect(overview.questions.every((q) => q.answered === 0 && q.options.every((o) => o.count === 0))).toBe(true);
  });
});
