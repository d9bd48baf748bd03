// The name witness's roles, held column by column: given back as the roles they were pushed as,
// in order, only for offices a gazetteer person and an unknown person both hold.

import { describe, expect, test } from 'vitest';
import { WitnessRoles, type WitnessRole } from '../pipeline/reconcile/witness-roles.ts';

const known = { id: 'person:ishiba', name: 'Shigeru Ishiba', known: true };
const unknown = { id: 'person:ishida', name: 'Shigeru Ishida', known: false };
const role = (articleId: string, role: string, country: string | null, person: WitnessRole['person'], dateValue: string | null = null, start = 0): WitnessRole => ({
  articleId, start, end: start + 14, personText: person.name, role, roleName: role.replace('_', ' '), country, dateValue, person,
});

describe('WitnessRoles', () => {
  test('an office held by a known and an unknown person comes back whole, in the order pushed; other offices do not', () => {
    const roles = new WitnessRoles();
    const pushed = [
      role('a1', 'prime_minister', 'JP', known, '2025-03-01', 10),
      role('a2', 'finance_minister', 'JP', unknown), // held by no one the gazetteer knows
      role('a3', 'prime_minister', 'JP', unknown, '2025-03-02', 40),
      role('a4', 'trade_minister', 'KR', known), // held only by a known person
      role('a5', 'prime_minister', null, unknown), // no country: no office
      role('a6', 'prime_minister', 'JP', known, null, 7),
      role('a7', 'prime_minister', '', unknown), // an empty country is none either
    ];
    for (const r of pushed) roles.push(r);
    expect(roles.length).toBe(7);
    expect(roles.officeRoles()).toEqual([pushed[0], pushed[2], pushed[5]]);
  });

  test('texts and people are kept once, and given back equal to what was pushed', () => {
    const roles = new WitnessRoles();
    const first = role('a1', 'president', 'US', known, '2025-01-20');
    const second = role('a2', 'president', 'US', unknown, '2025-01-21', 99);
    roles.push(first);
    roles.push(second);
    const [a, b] = roles.officeRoles();
    expect(a).toEqual(first);
    expect(b).toEqual(second);
    expect(a!.role).toBe(b!.role);
    expect(roles.officeRoles()[0]!.person).toBe(roles.officeRoles()[0]!.person);
  });
});
