import { describe, expect, it } from 'vitest';
import { defaultFormDefinition } from '../registrations/form-definition.js';
import { checkSurveyAnswers, ktoDefinition, surveyDefinition, wijkwaardenDefinition } from './definitions.js';

describe('survey definitions', () => {
  it('has two valid built-in templates that share the neighbourhood question with the door registration', () => {
    for (const d of [wijkwaardenDefinition(), ktoDefinition()]) {
      expect(surveyDefinition.safeParse(d).success).toBe(true);
      const shared = d.questions.find((q) => q.key === 'neighbourhood_satisfaction');
      expect(shared).toMatchObject({ kind: 'scale', min: 1, max: 10 });
    }
    expect(defaultFormDefinition().questions.find((q) => q.key === 'neighbourhood_satisfaction')).toMatchObject({ kind: 'scale', min: 1, max: 10 });
  });

  it('refuses duplicate keys', () => {
    const d = ktoDefinition();
    expect(surveyDefinition.safeParse({ ...d, questions: [...d.questions, d.questions[0]] }).success).toBe(false);
  });

  it('checks answers against the version', () => {
    const d = ktoDefinition();
    expect(checkSurveyAnswers(d, { works_satisfaction: 8, informed: 'yes' })).toEqual([]);
    expect(checkSurveyAnswers(d, { works_satisfaction: 11 })).toEqual([
      { path: ['works_satisfaction'], key: 'errors.scaleRange', params: { min: 1, max: 10 } },
    ]);
    expect(checkSurveyAnswers(d, { name: 'Jan' })).toEqual([{ path: ['name'], key: 'errors.unknownQuestion' }]);
    expect(checkSurveyAnswers(d, { informed: 'maybe' })).toEqual([{ path: ['informed'], key: 'errors.choice' }]);
  });
});
