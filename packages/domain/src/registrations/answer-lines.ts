import type { FormDefinition, RegistrationContent } from './form-definition.js';

type Label = { nl: string; en: string };
const inLanguage = (label: Label, locale: 'nl' | 'en') => (locale === 'en' && label.en) || label.nl;

/**
 * The answers of a registration as "question: answer" lines for a reader (the resident's access
 * export): the question's and options' labels of the form version the registration was made with,
 * in `locale` (Dutch when a label has no English). A key the version does not know stays as it is.
 */
export function registrationAnswerLines(form: FormDefinition | null, answers: RegistrationContent['answers'], locale: 'nl' | 'en'): string[] {
  const questions = new Map((form?.questions ?? []).map((q) => [q.key, q]));
  return Object.entries(answers).map(([key, value]) => {
    const question = questions.get(key);
    const options = new Map(question && 'options' in question ? question.options.map((o) => [o.key, inLanguage(o.label, locale)]) : []);
    const shown = (Array.isArray(value) ? value : [value]).map((v) => options.get(String(v)) ?? String(v)).join(', ');
    return `${question ? inLanguage(question.label, locale) : key}: ${shown}`;
  });
}

/** The chosen cards by their labels in that form version, or their keys when it does not know them. */
export function registrationCardLabels(form: FormDefinition | null, cards: readonly string[], locale: 'nl' | 'en'): string[] {
  const labels = new Map((form?.cards ?? []).map((c) => [c.key, inLanguage(c.label, locale)]));
  return cards.map((c) => labels.get(c) ?? c);
}
