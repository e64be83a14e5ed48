import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFrom, type FormProblem } from '../../lib/useFormErrors';

/** A small form's failed submit: the alert above it and the server's message at each field by its path. */
export function useServerProblem() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  return {
    problem,
    fieldError: (path: string) => problem?.details.find((d) => d.path === path)?.message,
    /** Runs the submit; true when it worked. */
    run: async (submit: () => Promise<unknown>) => {
      setProblem(null);
      try {
        await submit();
        return true;
      } catch (error) {
        setProblem(problemFrom(error, t('errors.server')));
        return false;
      }
    },
  };
}
