import { describe, expect, it } from 'vitest';
import { buildAssignInput } from './assign';

const id = '6f1c1d6e-1f44-4c2a-9a55-2d5b1b4f0c11';
const phase = '0c7d3c55-5a0e-4b8c-8f6e-0d9d7d4a2b01';

describe('bulk assignment request', () => {
  it('assigns the selected rows to a building phase', () => {
    expect(buildAssignInput({ scope: 'ids', selectedIds: [id], street: '', sourceBuildingId: '', target: 'buildingPhaseId', value: phase })).toEqual({
      input: { selection: { by: 'ids', addressIds: [id] }, buildingPhaseId: phase },
    });
  });

  it('clears a field for a whole street', () => {
    expect(buildAssignInput({ scope: 'street', selectedIds: [], street: 'Dorpsstraat', sourceBuildingId: '', target: 'buildingId', value: '__clear' })).toEqual(
      {
        input: { selection: { by: 'street', street: 'Dorpsstraat' }, buildingId: null },
      },
    );
  });

  it('names what is missing', () => {
    expect(buildAssignInput({ scope: 'ids', selectedIds: [], street: '', sourceBuildingId: '', target: 'buildingId', value: id })).toEqual({
      missing: 'selection',
    });
    expect(buildAssignInput({ scope: 'building', selectedIds: [], street: '', sourceBuildingId: '', target: 'buildingId', value: id })).toEqual({
      missing: 'sourceBuildingId',
    });
    expect(buildAssignInput({ scope: 'building', selectedIds: [], street: '', sourceBuildingId: id, target: 'buildingId', value: '' })).toEqual({
      missing: 'value',
    });
  });
});
