import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswers, SurveyDefinition } from '@thuis/domain';
import { Alert, FormButtons, Paragraph } from '../../ui';
import { QuestionField } from '../registrations/RegistrationForm';
import '../registrations/registration.css';

type Label = { nl: string; en?: string | undefined } | undefined;

/**
 * A survey rendered from its version with the registration form's question fields; used on the team's
 * tablet and on the resident's own phone. Answers are sent without anything that names the household.
 */
export function SurveyAnswerForm({
  definition,
  onSubmit,
  problem,
  fieldErrors,
  busy,
  before,
  submitLabel,
}: {
  definition: SurveyDefinition;
  onSubmit: (answers: SurveyAnswers) => void;
  problem?: string | null | undefined;
  fieldErrors?: { path: string; message: string }[] | undefined;
  busy?: boolean | undefined;
  before?: ReactNode;
  submitLabel?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const label = (l: Label) => (l ? (i18n.language === 'en' && l.en ? l.en : l.nl) : '');
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const setAnswer = (key: string, value: SurveyAnswers[string] | undefined) =>
    setAnswers((a) => {
      const next = { ...a };
      if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
      else next[key] = value;
      return next;
    });
  const errorOf = (key: string) =>
    fieldErrors
      ?.filter((f) => f.path === `answers.${key}`)
      .map((f) => f.message)
      .join(' ') || undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(answers);
  };
  return (
    <form className="thuis-registration thuis-survey-form" onSubmit={submit} noValidate>
      {definition.intro ? <Paragraph>{label(definition.intro)}</Paragraph> : null}
      {before}
      {problem ? <Alert type="error">{problem}</Alert> : null}
      {definition.questions.map((q) => (
        <QuestionField key={q.key} question={q} label={label} value={answers[q.key]} error={errorOf(q.key)} onChange={(v) => setAnswer(q.key, v)} />
      ))}
      <FormButtons busy={!!busy} submitLabel={submitLabel ?? t('surveys.form.submit')} />
    </form>
  );
}
