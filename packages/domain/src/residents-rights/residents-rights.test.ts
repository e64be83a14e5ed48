import { describe, expect, it } from 'vitest';
import { completeRequestInput, residentRequestDueOn, residentRequestOverdue } from './residents-rights.js';

describe("residents' requests", () => {
  it('are due one calendar month after they came in, on the last day of a shorter month', () => {
    expect(residentRequestDueOn('2026-12-03')).toBe('2027-01-03');
    expect(residentRequestDueOn('2027-01-31')).toBe('2027-02-28');
    expect(residentRequestDueOn('2028-01-31')).toBe('2028-02-29');
  });

  it('are overdue only while open and after the due day', () => {
    expect(residentRequestOverdue({ status: 'open', dueOn: '2027-01-03' }, '2027-01-03')).toBe(false);
    expect(residentRequestOverdue({ status: 'open', dueOn: '2027-01-03' }, '2027-01-04')).toBe(true);
    expect(residentRequestOverdue({ status: 'done', dueOn: '2027-01-03' }, '2027-02-01')).toBe(false);
  });

  it('refuse a rectification with a malformed phone number or e-mail address', () => {
    const wrong = completeRequestInput.safeParse({ contact: { name: 'Fam. Jansen', phone: 'bel me', email: 'geen-adres' } });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['contact.email', 'contact.phone']);
    expect(completeRequestInput.parse({ contact: { name: 'Fam. Jansen', phone: '024 123 45 67', email: 'JANSEN@example.nl' } }).contact?.email).toBe(
      'jansen@example.nl',
    );
  });
});
