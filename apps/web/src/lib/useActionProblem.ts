import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api';
import type { FormProblem } from './useFormErrors';

/** Outcome of an immediate action (save a list, delete): an error with the server's details, or a success text. */
export function useActionFeedback() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  return {
    problem,
    success,
    clear: () => {
      setProblem(null);
      setSuccess(null);
    },
    ok: (message: string) => {
      setProblem(null);
      setSuccess(message);
    },
    fail: (error: unknown) => {
      setSuccess(null);
      setProblem(
        isApiError(error) ? { message: error.message, details: error.fields } : { message: t('errors.server'), details: [] },
      );
    },
  };
}
