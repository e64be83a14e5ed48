import type { ContentProblem, Question } from '../registrations/form-definition.js';
import type { SurveyDefinition } from './definitions.js';

/**
 * The rules for a new version of a survey, besides its schema. Results are a time series per
 * question key over every round, and the door registration's questions with the same key give the
 * start figures: a key must keep its meaning. So a key answered in an earlier round, or shared with
 * a scale question of the registration form, keeps its kind and scale. Removing a question is fine
 * (rounds already held keep their version); a new meaning needs a new key.
 */
export interface SurveyKeyUse {
  /** Questions of the versions that have answers, any survey of the project. */
  answered: readonly Question[];
  /** The registration form's questions (the start of the project). */
  start: readonly Question[];
}

const scaleOf = (q: Question) => (q.kind === 'scale' ? `${q.min}-${q.max}` : null);
const bounds = (q: Question) => (q.kind === 'scale' ? { min: q.min, max: q.max } : {});

export function checkSurveyVersion(definition: SurveyDefinition, use: SurveyKeyUse): ContentProblem[] {
  const answered = new Map<string, Question>();
  for (const q of use.answered) if (!answered.has(q.key)) answered.set(q.key, q);
  const start = new Map(use.start.filter((q) => q.kind === 'scale').map((q) => [q.key, q]));
  const problems: ContentProblem[] = [];
  definition.questions.forEach((q, i) => {
    const before = answered.get(q.key);
    if (before && before.kind !== q.kind) {
      problems.push({ path: ['questions', i, 'kind'], key: 'errors.surveyKeyKind', params: { key: q.key } });
      return;
    }
    if (before && scaleOf(before) !== scaleOf(q)) {
      problems.push({ path: ['questions', i, 'max'], key: 'errors.surveyKeyScale', params: { key: q.key, ...bounds(before) } });
      return;
    }
    const registered = start.get(q.key);
    if (registered && q.kind === 'scale' && scaleOf(registered) !== scaleOf(q))
      problems.push({ path: ['questions', i, 'max'], key: 'errors.surveyStartScale', params: { key: q.key, ...bounds(registered) } });
  });
  return problems;
}

/** Whether two definitions say the same, whatever the order of their object keys (jsonb reorders them). */
export function sameSurveyDefinition(a: SurveyDefinition, b: SurveyDefinition): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
