import { describe, expect, it } from 'vitest';
import type { Action } from '@thuis/domain';
import { boardColumns, sortActions, updateOf } from './board';

const action = (id: string, overrides: Partial<Action> = {}): Action => ({
  id,
  signalId: null,
  interimEvaluationId: null,
  interimEvaluationHeldOn: null,
  category: null,
  subject: null,
  buildingPhaseId: null,
  buildingPhaseName: null,
  title: `Actie ${id}`,
  ownerId: '00000000-0000-4000-8000-000000000001',
  ownerName: 'Marieke Jansen',
  dueOn: null,
  status: 'open',
  note: '',
  overdue: false,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  ...overrides,
});

describe('action board', () => {
  it('has a column for every status, also empty ones, in the order of the statuses', () => {
    const columns = boardColumns([action('a', { status: 'done' }), action('b'), action('c', { status: 'in_progress' })]);
    expect(columns.map((c) => [c.status, c.actions.map((a) => a.id)])).toEqual([
      ['open', ['b']],
      ['in_progress', ['c']],
      ['done', ['a']],
      ['cancelled', []],
    ]);
  });

  it('puts overdue actions first, then by due date with undated ones last, then by title', () => {
    const list = [
      action('undated', { title: 'B' }),
      action('later', { dueOn: '2026-05-01' }),
      action('overdue', { dueOn: '2026-04-01', overdue: true }),
      action('sooner', { dueOn: '2026-04-15' }),
      action('undated2', { title: 'A' }),
    ];
    expect(sortActions(list).map((a) => a.id)).toEqual(['overdue', 'sooner', 'later', 'undated2', 'undated']);
  });

  it('does not change the list it is given', () => {
    const list = [action('b', { dueOn: '2026-05-01' }), action('a', { dueOn: '2026-04-01' })];
    boardColumns(list);
    expect(list.map((a) => a.id)).toEqual(['b', 'a']);
  });

  it('builds the whole update with one change', () => {
    expect(updateOf(action('a', { dueOn: '2026-04-01', note: 'bellen' }), { status: 'done' })).toEqual({
      title: 'Actie a',
      ownerId: '00000000-0000-4000-8000-000000000001',
      dueOn: '2026-04-01',
      status: 'done',
      note: 'bellen',
    });
  });
});
