// WitnessRoles: the roles of a country the name step holds for every article of the store,
// column by column (as objects they cost three times as much, ~48 MB at 100,000 articles),
// given back as objects only for the offices where the office check can find a misnaming:
// those held by a person the gazetteer knows and by one it does not.

import { grown } from './grown.ts';
import { Numbered } from './numbered.ts';
import type { OfficeRole } from './names.ts';

export interface RolePerson {
  id: string;
  name: string;
  known: boolean;
}

/** A role of a country as the office check reads it, with its person. */
export type WitnessRole = OfficeRole & { person: RolePerson };

/** Numbers kept per role: start, end, then the texts' numbers (person text, role, role name, country, date or -1) and the person's. */
const WIDTH = 8;
const NONE = -1;

export class WitnessRoles {
  private readonly articleIds: string[] = [];
  private columns = new Int32Array(WIDTH * 1024);
  private readonly texts = new Numbered<string>();
  private readonly people = new Numbered<RolePerson>();

  get length(): number {
    return this.articleIds.length;
  }

  push(role: WitnessRole): void {
    const at = this.articleIds.length * WIDTH;
    if (at + WIDTH > this.columns.length) this.columns = grown(this.columns);
    this.articleIds.push(role.articleId);
    const row = [role.start, role.end, this.text(role.personText), this.text(role.role), this.text(role.roleName), this.text(role.country), this.text(role.dateValue), this.person(role.person)];
    this.columns.set(row, at);
  }

  /**
   * In the order they were pushed, the roles of the offices (role and country) that a known and
   * an unknown person hold: every other office has no misnaming to find (findNameVariants keeps
   * a gazetteer person as the canonical holder, and flags only people it does not know).
   */
  officeRoles(): WitnessRole[] {
    const KNOWN = 1;
    const UNKNOWN = 2;
    const holders = new Map<string, number>();
    const officeOf = (i: number) => `${this.columns[i * WIDTH + 3]}|${this.columns[i * WIDTH + 5]}`;
    // A role of no country (none, or an empty one) is no office, as findNameVariants reads it.
    const inOffice = (i: number) => this.columns[i * WIDTH + 5] !== NONE && this.texts.at(this.columns[i * WIDTH + 5]!) !== '';
    for (let i = 0; i < this.length; i++) {
      if (!inOffice(i)) continue;
      const office = officeOf(i);
      const held = this.people.at(this.columns[i * WIDTH + 7]!).known ? KNOWN : UNKNOWN;
      holders.set(office, (holders.get(office) ?? 0) | held);
    }
    const roles: WitnessRole[] = [];
    for (let i = 0; i < this.length; i++) {
      if (!inOffice(i) || holders.get(officeOf(i)) !== (KNOWN | UNKNOWN)) continue;
      roles.push(this.at(i));
    }
    return roles;
  }

  private at(i: number): WitnessRole {
    const c = this.columns.subarray(i * WIDTH, (i + 1) * WIDTH);
    const text = (n: number) => (n === NONE ? null : this.texts.at(n));
    return {
      articleId: this.articleIds[i]!, start: c[0]!, end: c[1]!, personText: text(c[2]!)!, role: text(c[3]!)!, roleName: text(c[4]!)!,
      country: text(c[5]!), dateValue: text(c[6]!), person: this.people.at(c[7]!),
    };
  }

  /** A text's number, the same for every copy of it; an absent one is NONE. */
  private text(s: string | null | undefined): number {
    return s === null || s === undefined ? NONE : this.texts.number(s, s);
  }

  private person(p: RolePerson): number {
    return this.people.number(`${p.id}\u0000${p.name}\u0000${p.known ? 1 : 0}`, p);
  }
}
