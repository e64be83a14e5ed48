import { describe, expect, it } from 'vitest';
import {
  arrowStep,
  codingMap,
  isCoded,
  sessionPosition,
  statementsOf,
  statementsOfTheme,
  toggleTheme,
  toggleUnique,
  uniqueStories,
  withCoding,
  type CodingLike,
  type Statement,
} from './session';

const cat = 'person_obstacles' as const;
const s = (id: string): Statement => ({ registrationId: id, category: cat, text: `tekst ${id}` });
const statements = ['a', 'b', 'c', 'd', 'e'].map(s);
const coded = (id: string, themeIds: string[] = ['t1'], unique = false): CodingLike => ({ registrationId: id, category: cat, themeIds, unique });

describe('isCoded', () => {
  it('needs a theme or the unique-story mark', () => {
    expect(isCoded(undefined)).toBe(false);
    expect(isCoded(coded('a', []))).toBe(false);
    expect(isCoded(coded('a', [], true))).toBe(true);
    expect(isCoded(coded('a'))).toBe(true);
  });
});

describe('sessionPosition', () => {
  it('starts at the first statement and counts from 1', () => {
    const p = sessionPosition(statements, codingMap([]), { currentId: null, onlyUncoded: false });
    expect(p.current?.registrationId).toBe('a');
    expect(p).toMatchObject({ position: 1, total: 5, uncoded: 5, previous: null });
    expect(p.next?.registrationId).toBe('b');
  });

  it('steps over every statement without the filter', () => {
    const p = sessionPosition(statements, codingMap([coded('b'), coded('d')]), { currentId: 'c', onlyUncoded: false });
    expect(p).toMatchObject({ position: 3, total: 5, uncoded: 3 });
    expect(p.previous?.registrationId).toBe('b');
    expect(p.next?.registrationId).toBe('d');
  });

  it('skips coded statements with the filter, keeping the one on screen', () => {
    const codings = codingMap([coded('b'), coded('c'), coded('d')]);
    const p = sessionPosition(statements, codings, { currentId: 'c', onlyUncoded: true });
    expect(p.current?.registrationId).toBe('c');
    expect(p.position).toBe(3);
    expect(p.previous?.registrationId).toBe('a');
    expect(p.next?.registrationId).toBe('e');
    expect(p.uncoded).toBe(2);
  });

  it('with the filter starts at the first uncoded statement', () => {
    const p = sessionPosition(statements, codingMap([coded('a'), coded('b')]), { currentId: null, onlyUncoded: true });
    expect(p.current?.registrationId).toBe('c');
    expect(p.position).toBe(3);
    expect(p.previous).toBeNull();
  });

  it('has nothing to show when everything is coded and the filter is on', () => {
    const p = sessionPosition(statements, codingMap(statements.map((x) => coded(x.registrationId))), { currentId: null, onlyUncoded: true });
    expect(p).toMatchObject({ current: null, position: 0, total: 5, uncoded: 0 });
  });

  it('falls back to the start for an unknown statement, and handles an empty category', () => {
    expect(sessionPosition(statements, codingMap([]), { currentId: 'zz', onlyUncoded: false }).current?.registrationId).toBe('a');
    expect(sessionPosition([], codingMap([]), { currentId: null, onlyUncoded: false })).toMatchObject({ current: null, total: 0 });
  });

  it('only counts codings of the same category', () => {
    const other: CodingLike = { registrationId: 'a', category: 'environment_obstacles', themeIds: ['t1'], unique: false };
    expect(sessionPosition(statements, codingMap([other]), { currentId: null, onlyUncoded: true }).current?.registrationId).toBe('a');
  });
});

describe('toggling', () => {
  it('adds and removes a theme, keeping the unique mark', () => {
    const on = toggleTheme(undefined, s('a'), 't1');
    expect(on).toEqual({ registrationId: 'a', category: cat, themeIds: ['t1'], unique: false });
    const two = toggleTheme({ ...on, unique: true }, s('a'), 't2');
    expect(two.themeIds).toEqual(['t1', 't2']);
    expect(two.unique).toBe(true);
    expect(toggleTheme(two, s('a'), 't1').themeIds).toEqual(['t2']);
  });

  it('switches the unique-story mark', () => {
    expect(toggleUnique(undefined, s('a')).unique).toBe(true);
    expect(toggleUnique(coded('a', ['t1'], true), s('a'))).toEqual(coded('a', ['t1'], false));
  });

  it('replaces or adds a coding in a list', () => {
    const list = [coded('a'), coded('b')];
    expect(withCoding(list, coded('b', ['t2']))).toEqual([coded('a'), coded('b', ['t2'])]);
    expect(withCoding(list, coded('c'))).toHaveLength(3);
  });
});

describe('themes and statements', () => {
  const openTexts = {
    person_obstacles: [
      { registrationId: 'a', text: 'eerste' },
      { registrationId: 'b', text: 'tweede' },
    ],
    person_opportunities: [{ registrationId: 'a', text: 'kans' }],
    environment_obstacles: [],
    environment_opportunities: [],
  };

  it('makes statements of a category', () => {
    expect(statementsOf(openTexts, 'person_opportunities')).toEqual([{ registrationId: 'a', category: 'person_opportunities', text: 'kans' }]);
  });

  it('finds the statements of a theme with their unique mark', () => {
    const codings: CodingLike[] = [
      coded('b', ['t1'], true),
      { registrationId: 'a', category: 'person_opportunities', themeIds: ['t1'], unique: false },
      coded('a', ['t2']),
    ];
    expect(statementsOfTheme('t1', codings, openTexts).map((x) => [x.text, x.unique])).toEqual([
      ['tweede', true],
      ['kans', false],
    ]);
  });

  it('counts unique stories per theme', () => {
    expect(uniqueStories([coded('a', ['t1', 't2'], true), coded('b', ['t1'], true), coded('c', ['t1'])])).toEqual(
      new Map([
        ['t1', 2],
        ['t2', 1],
      ]),
    );
  });
});

describe('arrowStep', () => {
  const key = (k: string, extra: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
    key: k,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...extra,
  });
  it('steps with the arrow keys outside form fields', () => {
    expect(arrowStep(key('ArrowRight'), 'BUTTON')).toBe(1);
    expect(arrowStep(key('ArrowLeft'), 'BODY')).toBe(-1);
    expect(arrowStep(key('ArrowDown'), 'BODY')).toBe(0);
  });
  it('leaves typing, choosing and shortcuts alone', () => {
    expect(arrowStep(key('ArrowRight'), 'INPUT')).toBe(0);
    expect(arrowStep(key('ArrowRight'), 'textarea')).toBe(0);
    expect(arrowStep(key('ArrowRight'), 'SELECT')).toBe(0);
    expect(arrowStep(key('ArrowRight'), 'DIV', true)).toBe(0);
    expect(arrowStep(key('ArrowRight', { altKey: true }), 'BODY')).toBe(0);
  });
});
