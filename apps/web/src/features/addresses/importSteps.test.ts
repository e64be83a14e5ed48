import { describe, expect, it } from 'vitest';
import { importStep, mappingFromForm } from './importSteps';

describe('import wizard', () => {
  it('shows the screen that fits the status', () => {
    expect(importStep(undefined)).toBe('upload');
    expect(importStep({ status: 'uploaded' })).toBe('mapping');
    expect(importStep({ status: 'checking' })).toBe('checking');
    expect(importStep({ status: 'checked' })).toBe('report');
    expect(importStep({ status: 'committing' })).toBe('committing');
    expect(importStep({ status: 'committed' })).toBe('done');
    expect(importStep({ status: 'failed' })).toBe('failed');
  });

  it('turns the selects into a column mapping', () => {
    expect(mappingFromForm({ unitId: '0', street: '2', houseNumber: '', city: '10' })).toEqual({ unitId: 0, street: 2, city: 10 });
  });
});
