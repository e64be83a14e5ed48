import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { findIdentifyingDetails, type Translate } from '@thuis/domain';

/**
 * The identifying-details check while typing, as the server applies it at saving. The browser knows
 * the patterns (numbers, addresses, forms of address), not the project's residents: their names are
 * checked by the server only.
 */
export function identifyingWarning(text: unknown, t: Translate): string | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  const found = findIdentifyingDetails(text);
  return found.length ? t('registration.identifying', { found: found.map((d) => `"${d.match}"`).join(', ') }) : undefined;
}

/** A form's resolver that also refuses the free texts `fields` while they show the warning, so nothing is sent. */
export function withIdentifyingCheck<Input extends FieldValues, Output>(
  resolver: Resolver<Input, unknown, Output>,
  fields: readonly (keyof Input & string)[],
  t: Translate,
): Resolver<Input, unknown, Output> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const errors: Record<string, unknown> = { ...result.errors };
    for (const field of fields) {
      const warning = errors[field] ? undefined : identifyingWarning(values[field], t);
      if (warning) errors[field] = { type: 'identifying', message: warning };
    }
    return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors<Input> } : result;
  };
}
