import { describe, expect, it } from 'vitest';
import { fieldLabel } from './issues.js';

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}(${JSON.stringify(params)})` : key);

describe('fieldLabel', () => {
  it('names the row of a list of rows (an import, the members of a team)', () => {
    expect(fieldLabel(['members', 1, 'role'], t)).toBe('errors.rowField({"row":2,"field":"fields.role"})');
  });
  it('does not speak of a row for one of a list of values, such as the visitors of a single visit', () => {
    expect(fieldLabel(['visitorIds', 0], t)).toBe('fields.visitorIds');
  });
});
