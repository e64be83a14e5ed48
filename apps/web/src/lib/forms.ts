import type { FieldError, FieldErrors, FieldValues, Resolver, ResolverOptions, ResolverResult } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeIssues, type Translate } from '@thuis/domain';
import type { z } from 'zod';
import type { ApiFieldError } from './api';

/**
 * What a form's fields hold before the schema has checked them: a select shows '' until something is
 * chosen, and a number field holds the text typed (a decimal comma, or nothing yet). Forms type their
 * values with this instead of casting '' to the schema's enum or number.
 */
export type FormValues<T> = { [K in keyof T]: FormValue<T[K]> };
type FormValue<V> = V extends readonly (infer Item)[]
  ? [Item] extends [object]
    ? FormValues<Item>[]
    : V
  : V extends number
    ? V | string
    : V extends string
      ? V | ''
      : V extends object
        ? FormValues<V>
        : V;

/**
 * zodResolver with the shared schema, whose issue messages are catalogue keys
 * (errors.*): every message is translated and names its field, the same way the server does.
 */
export function translatedZodResolver<Input extends FieldValues, Output>(schema: z.ZodType<Output, Input>, t: Translate): Resolver<Input, unknown, Output> {
  const base = zodResolver(schema as never) as unknown as Resolver<Input, unknown, Output>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return result;
    const messages = new Map<string, string>();
    for (const m of describeIssues(parsed.error.issues, t)) if (!messages.has(m.path)) messages.set(m.path, m.message);
    return { values: {}, errors: translateErrors(result.errors, messages, '') as FieldErrors<Input> };
  };
}

/**
 * translatedZodResolver for a form typed `FormValues<z.input<schema>>`: fields may hold '' or typed
 * text where the schema wants a choice or a number, and the schema decides. The one cast lives here.
 */
export function formResolver<Input extends FieldValues, Output>(schema: z.ZodType<Output, Input>, t: Translate): Resolver<FormValues<Input>, unknown, Output> {
  return translatedZodResolver(schema, t) as unknown as Resolver<FormValues<Input>, unknown, Output>;
}

/**
 * For a form whose fields hold what inputs hold (strings, '' for no choice) while the shared schema
 * wants numbers, nulls or arrays: `toInput` reads the fields into the schema's input, the schema checks
 * it, and its errors land on the form's fields (the paths are the same). The only casts live here.
 */
export function mappedZodResolver<Values extends FieldValues, Output>(
  schema: z.ZodType<Output>,
  t: Translate,
  toInput: (values: Values) => unknown,
): Resolver<Values, unknown, Output> {
  const base = translatedZodResolver(schema as z.ZodType<Output, FieldValues>, t);
  return async (values, context, options) => {
    const result = await base(toInput(values) as FieldValues, context, options as unknown as ResolverOptions<FieldValues>);
    return result as unknown as ResolverResult<Values, Output>;
  };
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && 'type' in value && typeof (value as FieldError).type === 'string';
}

function translateErrors(errors: unknown, messages: Map<string, string>, prefix: string): unknown {
  if (Array.isArray(errors)) return errors.map((e, i) => (e ? translateErrors(e, messages, `${prefix}${i}.`) : e));
  if (typeof errors !== 'object' || errors === null) return errors;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
    if (key === 'ref') {
      out[key] = value;
      continue;
    }
    const path = `${prefix}${key}`;
    if (isFieldError(value)) {
      const nested = translateErrors(value, messages, `${path}.`) as Record<string, unknown>;
      out[key] = { ...nested, message: messages.get(path) ?? value.message };
    } else {
      out[key] = translateErrors(value, messages, `${path}.`);
    }
  }
  return out;
}

/** Puts the server's field messages (400 validation) at the matching form fields; returns those that have no field. */
export function applyServerFieldErrors(
  fields: readonly ApiFieldError[],
  knownPaths: readonly string[],
  setError: (path: never, error: { type: string; message: string }, options?: { shouldFocus?: boolean }) => void,
): ApiFieldError[] {
  const unmatched: ApiFieldError[] = [];
  let focused = false;
  for (const field of fields) {
    const match = matchFieldPath(field.path, knownPaths);
    if (match) {
      setError(match as never, { type: 'server', message: field.message }, { shouldFocus: !focused });
      focused = true;
    } else unmatched.push(field);
  }
  return unmatched;
}

/** The form field a server path belongs to: exact, else the nearest known parent (`worksKinds.1` → `worksKinds`). */
export function matchFieldPath(path: string, knownPaths: readonly string[]): string | null {
  let candidate = path;
  for (;;) {
    if (knownPaths.includes(candidate)) return candidate;
    const cut = candidate.lastIndexOf('.');
    if (cut < 0) return null;
    candidate = candidate.slice(0, cut);
  }
}

/** Date inputs give "" for empty; the shared schemas want null for an optional date. */
export function emptyToNull(value: unknown): unknown {
  return value === '' || value === undefined ? null : value;
}
