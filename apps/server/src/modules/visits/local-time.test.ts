import { expect, it } from 'vitest';
import { fromAmsterdam, toAmsterdam } from './local-time.js';

it('converts Amsterdam wall-clock time in winter and summer', () => {
  expect(fromAmsterdam('2026-12-01T09:30').toISOString()).toBe('2026-12-01T08:30:00.000Z');
  expect(fromAmsterdam('2026-07-01T09:30').toISOString()).toBe('2026-07-01T07:30:00.000Z');
  expect(toAmsterdam(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29T03:30');
});
