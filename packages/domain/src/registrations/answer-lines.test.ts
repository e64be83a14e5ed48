import { describe, expect, it } from 'vitest';
import { registrationAnswerLines, registrationCardLabels } from './answer-lines.js';
import type { FormDefinition } from './form-definition.js';

const form: FormDefinition = {
  questions: [
    {
      kind: 'scale',
      key: 'buurt',
      label: { nl: 'Hoe tevreden bent u over de buurt?', en: 'How satisfied are you with the neighbourhood?' },
      min: 1,
      max: 5,
      required: false,
    },
    {
      kind: 'choice',
      key: 'duur',
      label: { nl: 'Hoe lang woont u hier?', en: '' },
      options: [
        { key: 'kort', label: { nl: 'Korter dan een jaar', en: 'Less than a year' } },
        { key: 'lang', label: { nl: 'Langer', en: 'Longer' } },
      ],
      required: false,
    },
    {
      kind: 'multi',
      key: 'hulp',
      label: { nl: 'Waar wilt u hulp bij?', en: 'What would you like help with?' },
      options: [
        { key: 'tuin', label: { nl: 'Tuin', en: 'Garden' } },
        { key: 'post', label: { nl: 'Post', en: 'Mail' } },
      ],
      required: false,
    },
  ],
  cards: [{ key: 'gezondheid', label: { nl: 'Gezondheid', en: 'Bodily health' } }],
};
const answers = { buurt: 4, duur: 'kort', hulp: ['tuin', 'post'], oud: 'ja' };

describe('registration answers for a reader', () => {
  it("shows the version's question and option labels in the language asked, Dutch when there is no English", () => {
    expect(registrationAnswerLines(form, answers, 'nl')).toEqual([
      'Hoe tevreden bent u over de buurt?: 4',
      'Hoe lang woont u hier?: Korter dan een jaar',
      'Waar wilt u hulp bij?: Tuin, Post',
      'oud: ja',
    ]);
    expect(registrationAnswerLines(form, answers, 'en')).toEqual([
      'How satisfied are you with the neighbourhood?: 4',
      'Hoe lang woont u hier?: Less than a year',
      'What would you like help with?: Garden, Mail',
      'oud: ja',
    ]);
  });

  it('falls back to the keys when the version is unknown, and labels cards', () => {
    expect(registrationAnswerLines(null, { buurt: 4 }, 'nl')).toEqual(['buurt: 4']);
    expect(registrationCardLabels(form, ['gezondheid', 'weg'], 'en')).toEqual(['Bodily health', 'weg']);
  });
});
