import { describe, expect, it } from 'vitest';
import { adjustmentChanges, interimEvaluationInput, interimEvaluationTexts } from './interim.js';

const owner = '6f1c2a52-3c39-4a8e-9d55-2f4a3a1b9c01';
const action = (n: number) => `6f1c2a52-3c39-4a8e-9d55-2f4a3a1b9c1${n}`;

describe('interim evaluation input', () => {
  it('asks for the subject of its kind and keeps only that one', () => {
    const missing = interimEvaluationInput.safeParse({ kind: 'phase_end', heldOn: '2021-09-15' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['phase']);
    const yearly = interimEvaluationInput.safeParse({ kind: 'yearly', heldOn: '2022-12-01' });
    expect(yearly.error?.issues.map((i) => i.path.join('.'))).toEqual(['year']);
    const phase = interimEvaluationInput.parse({ kind: 'phase_end', phase: 'preparation', year: 2021, heldOn: '2021-09-15' });
    expect(phase).toMatchObject({ phase: 'preparation', year: null, buildingPhaseId: null, residentGroupPresent: 0, adjustments: [] });
  });

  it('refuses a negative count of residents and the same action twice', () => {
    const result = interimEvaluationInput.safeParse({
      kind: 'yearly',
      year: 2022,
      heldOn: '2022-12-01',
      residentGroupPresent: -1,
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['residentGroupPresent']);
    const twice = interimEvaluationInput.safeParse({
      kind: 'yearly',
      year: 2022,
      heldOn: '2022-12-01',
      adjustments: [
        { actionId: action(1), title: 'A', ownerId: owner },
        { actionId: action(1), title: 'B', ownerId: owner },
      ],
    });
    expect(twice.error?.issues.map((i) => i.path.join('.'))).toEqual(['adjustments']);
  });

  it('hands over its free texts with their fields, empty ones left out', () => {
    const input = interimEvaluationInput.parse({
      kind: 'yearly',
      year: 2022,
      heldOn: '2022-12-01',
      wentWell: 'Goede sfeer',
      collaborationNote: 'Korte lijnen',
    });
    expect(interimEvaluationTexts(input)).toEqual([
      { path: ['wentWell'], text: 'Goede sfeer' },
      { path: ['collaborationNote'], text: 'Korte lijnen' },
    ]);
  });
});

describe('adjustment changes', () => {
  it('changes listed actions, adds new ones and cancels open ones no longer listed, leaving finished ones alone', () => {
    const changes = adjustmentChanges(
      [
        { actionId: action(1), status: 'open' },
        { actionId: action(2), status: 'in_progress' },
        { actionId: action(3), status: 'done' },
      ],
      [
        { actionId: action(1), title: 'Blijft', ownerId: owner, dueOn: null },
        { actionId: null, title: 'Nieuw', ownerId: owner, dueOn: '2022-01-01' },
      ],
    );
    expect(changes.update.map((a) => a.title)).toEqual(['Blijft']);
    expect(changes.create.map((a) => a.title)).toEqual(['Nieuw']);
    expect(changes.cancel).toEqual([action(2)]);
  });
});
