import { en } from './en.js';
import { nl } from './nl.js';
import type { Catalogue } from './catalogue.js';

export type { Catalogue } from './catalogue.js';
export const catalogues: Record<'nl' | 'en', Catalogue> = { nl, en };
// One language on its own, for the web app, which loads only the language in use.
export { en as catalogueEn, nl as catalogueNl };

/** Every key path of a catalogue, for completeness checks. */
export function catalogueKeys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : catalogueKeys(value as object, `${prefix}${key}.`),
  );
}
export { localisedText, type LocalisedText } from './localised-text.js';
