import { describe, expect, it } from 'vitest';
import { checkRegistrationContent, defaultFormDefinition, formDefinition, registrationContent } from './form-definition.js';

describe('the default form', () => {
  it('is a valid form with the ten capabilities as cards', () => {
    const form = formDefinition.parse(defaultFormDefinition());
    expect(form.cards).toHaveLength(10);
    expect(form.questions.map((q) => q.key)).toContain('neighbourhood_satisfaction');
  });
  it('refuses duplicate question keys, naming the row', () => {
    const form = defaultFormDefinition();
    form.questions.push({ ...form.questions[0]! });
    const result = formDefinition.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['questions', 6, 'key']);
  });
});

describe('checkRegistrationContent', () => {
  const form = defaultFormDefinition();
  const content = (overrides: object) => registrationContent.parse(overrides);

  it('accepts answers that fit the form', () => {
    expect(checkRegistrationContent(form, content({ answers: { neighbourhood_satisfaction: 8, age_group: '65_79' }, cards: ['belonging', 'safety'] }))).toEqual(
      [],
    );
  });
  it('names answers outside the scale, unknown options, unknown questions and cards', () => {
    const problems = checkRegistrationContent(
      form,
      content({ answers: { neighbourhood_satisfaction: 11, age_group: 'old', shoe_size: 44 }, cards: ['belonging', 'money'] }),
    );
    expect(problems.map((p) => [p.path.join('.'), p.key])).toEqual([
      ['answers.neighbourhood_satisfaction', 'errors.scaleRange'],
      ['answers.age_group', 'errors.choice'],
      ['answers.shoe_size', 'errors.unknownQuestion'],
      ['cards.1', 'errors.choice'],
    ]);
  });
  it('asks for talents before consent to be contacted about them', () => {
    expect(checkRegistrationContent(form, content({ talentsContactConsent: true }))).toEqual([{ path: ['talents'], key: 'errors.nothingToShare' }]);
  });
});
