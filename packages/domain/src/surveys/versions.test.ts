import { describe, expect, it } from 'vitest';
import { defaultFormDefinition, type Question } from '../registrations/form-definition.js';
import { ktoDefinition, wijkwaardenDefinition } from './definitions.js';
import { checkSurveyVersion, sameSurveyDefinition } from './versions.js';

const kto = ktoDefinition();
const start = defaultFormDefinition().questions;
const withQuestion = (i: number, change: (q: Question) => Question) => ({ ...kto, questions: kto.questions.map((q, j) => (j === i ? change(q) : q)) });

describe('a new survey version', () => {
  it('accepts the templates, a removed question and a new one', () => {
    expect(checkSurveyVersion(kto, { answered: kto.questions, start })).toEqual([]);
    expect(checkSurveyVersion(wijkwaardenDefinition(), { answered: kto.questions, start })).toEqual([]);
    const fewer = { ...kto, questions: kto.questions.slice(2) };
    expect(checkSurveyVersion(fewer, { answered: kto.questions, start })).toEqual([]);
  });

  it('keeps the kind and scale of a key answered before, at the question', () => {
    const toChoice = withQuestion(0, (q) => ({ kind: 'choice', key: q.key, label: q.label, required: false, options: [] }));
    expect(checkSurveyVersion(toChoice, { answered: kto.questions, start: [] })).toEqual([
      { path: ['questions', 0, 'kind'], key: 'errors.surveyKeyKind', params: { key: 'works_satisfaction' } },
    ]);
    const shorter = withQuestion(0, (q) => ({ ...q, max: 5 }) as Question);
    expect(checkSurveyVersion(shorter, { answered: kto.questions, start: [] })).toEqual([
      { path: ['questions', 0, 'max'], key: 'errors.surveyKeyScale', params: { key: 'works_satisfaction', min: 1, max: 10 } },
    ]);
    // Not answered yet: free to change.
    expect(checkSurveyVersion(shorter, { answered: [], start: [] })).toEqual([]);
  });

  it('keeps the scale of a key shared with the door registration', () => {
    const i = kto.questions.findIndex((q) => q.key === 'neighbourhood_satisfaction');
    const shorter = withQuestion(i, (q) => ({ ...q, max: 5 }) as Question);
    expect(checkSurveyVersion(shorter, { answered: [], start })).toEqual([
      { path: ['questions', i, 'max'], key: 'errors.surveyStartScale', params: { key: 'neighbourhood_satisfaction', min: 1, max: 10 } },
    ]);
  });

  it('sees an unchanged definition whatever the order of its object keys', () => {
    const shuffled = { questions: kto.questions.map((q) => Object.fromEntries(Object.entries(q).reverse()) as Question), intro: kto.intro, title: kto.title };
    expect(sameSurveyDefinition(kto, shuffled)).toBe(true);
    expect(
      sameSurveyDefinition(
        kto,
        withQuestion(0, (q) => ({ ...q, required: true })),
      ),
    ).toBe(false);
    expect(sameSurveyDefinition(kto, { ...kto, questions: [...kto.questions].reverse() })).toBe(false);
  });
});
