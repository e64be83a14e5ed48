import { describe, expect, it } from 'vitest';
import { rememberedVisitors, rememberVisitors, stillOffered } from './rememberedVisitors';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('remembered visitors', () => {
  it('keeps the last choice per user and project', () => {
    const storage = memoryStorage();
    rememberVisitors('u1', 'p1', ['a', 'b'], storage);
    rememberVisitors('u1', 'p2', ['c'], storage);
    expect(rememberedVisitors('u1', 'p1', storage)).toEqual(['a', 'b']);
    expect(rememberedVisitors('u2', 'p1', storage)).toEqual([]);
    expect(rememberedVisitors('u1', 'p2', storage)).toEqual(['c']);
  });
  it('survives rubbish in storage and drops members who can no longer go', () => {
    const storage = memoryStorage();
    storage.setItem('thuis.visitors.u1.p1', '{not json');
    expect(rememberedVisitors('u1', 'p1', storage)).toEqual([]);
    expect(stillOffered(['a', 'gone'], [{ userId: 'a' }, { userId: 'b' }])).toEqual(['a']);
  });
});
