import { describe, expect, it } from 'vitest';
import { createInterimDraftStore, type KeyValueStorage } from './draft';

function memory(): KeyValueStorage & { keys: () => string[] } {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k), keys: () => [...map.keys()] };
}

describe('interim evaluation drafts', () => {
  it('keeps one draft per project and evaluation, with the time it was saved, until removed', () => {
    const storage = memory();
    const store = createInterimDraftStore<{ wentWell: string }>(storage, () => new Date('2026-03-01T09:30:00Z'));
    store.save('p1', null, { wentWell: 'Goede sfeer' });
    store.save('p1', 'e1', { wentWell: 'Anders' });
    expect(store.load('p1', null)).toEqual({ values: { wentWell: 'Goede sfeer' }, savedAt: '2026-03-01T09:30:00.000Z' });
    expect(store.load('p1', 'e1')?.values.wentWell).toBe('Anders');
    expect(store.load('p2', null)).toBeNull();
    store.remove('p1', null);
    expect(store.load('p1', null)).toBeNull();
    expect(storage.keys()).toEqual(['thuis.interimEvaluation.draft.p1.e1']);
  });

  it('ignores a damaged draft and survives a full storage', () => {
    const storage = memory();
    storage.setItem('thuis.interimEvaluation.draft.p1.new', '{not json');
    const store = createInterimDraftStore<{ a: number }>(storage);
    expect(store.load('p1', null)).toBeNull();
    const full = createInterimDraftStore<{ a: number }>({
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(full.save('p1', null, { a: 1 }).values).toEqual({ a: 1 });
  });
});
