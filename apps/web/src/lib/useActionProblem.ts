import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFrom, type FormProblem } from './useFormErrors';

/** Outcome of an immediate action (save a list, delete): an error with the server's details, or a success text. */
export function useActionFeedback() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const clear = () => {
    setProblem(null);
    setSuccess(null);
  };
  const ok = (message: string) => {
    setProblem(null);
    setSuccess(message);
  };
  const fail = (error: unknown) => {
    setSuccess(null);
    setProblem(problemFrom(error, t('errors.server')));
  };
  return {
    problem,
    success,
    clear,
    ok,
    fail,
    /** Runs the action and shows its outcome: `successText` or the error. True when it succeeded. */
    run: async (action: () => Promise<unknown>, successText: string) => {
      clear();
      try {
        await action();
        ok(successText);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
  };
}
