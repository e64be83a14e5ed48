import { expect, it } from 'vitest';
import { localisedText } from './localised-text.js';

it('reads English where written, else the Dutch, and nothing for no text', () => {
  expect(localisedText({ nl: 'Jonger dan 27', en: 'Under 27' }, 'en')).toBe('Under 27');
  expect(localisedText({ nl: 'Jonger dan 27', en: '' }, 'en')).toBe('Jonger dan 27');
  expect(localisedText({ nl: 'Jonger dan 27' }, 'en')).toBe('Jonger dan 27');
  expect(localisedText({ nl: 'Jonger dan 27', en: 'Under 27' }, 'nl')).toBe('Jonger dan 27');
  expect(localisedText(undefined, 'nl')).toBe('');
});
