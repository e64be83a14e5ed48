import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiFieldError } from './api';
import { applyServerFieldErrors } from './forms';

export interface FormProblem {
  message: string;
  /** Server messages without a matching field in this form. */
  details: ApiFieldError[];
}

/** Any failed request as a problem to show: the server's message and details, or the fallback text. */
export function problemFrom(error: unknown, fallback: string): FormProblem {
  return isApiError(error) ? { message: error.message, details: error.fields } : { message: fallback, details: [] };
}

/** Shows what went wrong with a submit: server field messages at their fields, the rest in one alert. */
export function useFormErrors<T extends FieldValues>(setError: UseFormSetError<T>, knownPaths: readonly Path<T>[]) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  return {
    problem,
    clear: () => setProblem(null),
    report: (error: unknown) => {
      if (isApiError(error)) {
        const details = applyServerFieldErrors(error.fields, knownPaths, setError as never);
        setProblem({ message: error.message, details });
      } else {
        setProblem({ message: t('errors.server'), details: [] });
      }
    },
  };
}

/**
 * The submit handler of a form that hands its checked values to `onSubmit`:
 * a failed submit shows the server's messages at their fields and the rest in `problem`.
 */
export function useFormSubmit<V extends FieldValues, Out>(
  form: UseFormReturn<V, unknown, Out>,
  knownPaths: readonly Path<V>[],
  onSubmit: (values: Out) => Promise<unknown>,
) {
  const problems = useFormErrors(form.setError, knownPaths);
  const submit = form.handleSubmit(async (values) => {
    problems.clear();
    try {
      await onSubmit(values);
    } catch (error) {
      problems.report(error);
    }
  });
  return { submit, problem: problems.problem };
}
