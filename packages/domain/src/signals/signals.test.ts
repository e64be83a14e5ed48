import { describe, expect, it } from 'vitest';
import { isOverdue, signalInput } from './signals.js';

describe('signals', () => {
  it('accepts a care signal of a kind that belongs to its category', () => {
    expect(signalInput.safeParse({ category: 'care', subject: 'financial', description: 'Zorgen over schulden.' }).success).toBe(true);
  });
  it('names the subject when it does not belong to the category', () => {
    const result = signalInput.safeParse({ category: 'works', subject: 'loneliness', description: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['subject', 'errors.subjectNotInCategory']]);
  });
});

describe('isOverdue', () => {
  it('counts open and running actions past their due date only', () => {
    expect(isOverdue({ dueOn: '2026-11-21', status: 'open' }, '2026-11-22')).toBe(true);
    expect(isOverdue({ dueOn: '2026-11-22', status: 'open' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ dueOn: '2026-11-01', status: 'done' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ dueOn: null, status: 'in_progress' }, '2026-11-22')).toBe(false);
  });
});
