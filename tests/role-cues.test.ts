// Role signatures as kept with an article's names: the roles and fields read around a person's
// mention, packed in bits, and the same-position test the story-name check compares them with.
import { expect, test } from 'vitest';
import { mentionRoles } from '../pipeline/reconcile/names.ts';
import { namedRoles, sameRole } from '../pipeline/reconcile/role-cues.ts';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name };
};

test('the roles and fields around a mention are read within its sentence, a deputy apart', () => {
  const text = 'Prices rose. Deputy minister Orla Brennick said on Monday that the treasury would act. The chairman left.';
  const signature = mentionRoles(at(text, 'Orla Brennick'), text);
  expect(namedRoles(signature)).toEqual({ roles: ['deputy-minister'], fields: ['finance'] });
  const chinese = '省财政厅厅长罗云昊表示，预算将增加。';
  expect(namedRoles(mentionRoles(at(chinese, '罗云昊'), chinese))).toEqual({ roles: ['head'], fields: ['finance'] });
  // A title the recogniser glued to the name's front counts as said around it.
  const glued = 'Yesterday Chairman Ivo Tessaro opened the plant.';
  expect(namedRoles(mentionRoles(at(glued, 'Chairman Ivo Tessaro'), glued))).toEqual({ roles: ['chairman'], fields: [] });
  expect(mentionRoles(at('Ivo Tessaro opened the plant.', 'Ivo Tessaro'), 'Ivo Tessaro opened the plant.')).toBe(0);
});

test('two signatures name one position when they share a role and, where both name fields, a field', () => {
  const sig = (sentence: string, name: string) => mentionRoles(at(sentence, name), sentence);
  const financeHead = sig('Finance director Ana Ruiz spoke.', 'Ana Ruiz');
  const energyHead = sig('Energy director Ana Ruis spoke.', 'Ana Ruis');
  const head = sig('Director Ana Ruis spoke.', 'Ana Ruis');
  const deputyHead = sig('Deputy director Ana Ruis spoke.', 'Ana Ruis');
  expect(sameRole(financeHead, head)).toBe(true);
  expect(sameRole(financeHead, energyHead)).toBe(false);
  expect(sameRole(financeHead, deputyHead)).toBe(false);
  expect(sameRole(0, head)).toBe(false);
});

test('English cues are whole words in any case, Chinese cues the characters themselves', () => {
  const roles = (sentence: string, name: string) => namedRoles(mentionRoles(at(sentence, name), sentence)).roles;
  expect(roles('THE CHAIRMAN, Ivo Tessaro, spoke.', 'Ivo Tessaro')).toEqual(['chairman']);
  expect(roles('Ivo Tessaro chairs the panel.', 'Ivo Tessaro')).toEqual([]);
  expect(roles('Vice-Chairman Ivo Tessaro spoke.', 'Ivo Tessaro')).toEqual(['deputy-chairman']);
  expect(roles('Ivo Tessaro, chief executive of Norvale, spoke.', 'Ivo Tessaro')).toEqual(['ceo', 'head']);
  expect(roles('副省长罗云昊表示', '罗云昊')).toEqual(['deputy-governor']);
  // A field word between "deputy" and the title keeps it a deputy's title; other words do not.
  expect(roles('Deputy finance minister Orla Brennick spoke.', 'Orla Brennick')).toEqual(['deputy-minister']);
  expect(roles('The deputy said finance minister Orla Brennick spoke.', 'Orla Brennick')).toEqual(['minister']);
});
