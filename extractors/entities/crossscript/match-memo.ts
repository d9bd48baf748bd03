// ScriptMatchMemo: what one cross-script linking compared, kept for the next one. Whether a
// Chinese-script name and a Latin-script name match depends on the two names and their
// groups' types alone, and whether they are compared at all on their bucket keys alone. So a
// linking whose input still holds both names of a pair, each with the same type, knows the
// pair's verdict from the linking before: the match it found, or none. Only pairs with a name
// new to the input are compared. The memo keeps the input's names (as entries: script, type,
// name) and the matches among them, never a verdict of a pair that did not match; a name that
// leaves the input takes its matches with it, so a name that comes back is compared afresh.

import type { EntityType } from '../../types.ts';
import { addToGroup } from '../../group-by-key.ts';
import type { CrossScriptMatch } from './match.ts';

/** A name of the linking's input: `h` (Chinese script) or `l` (Latin), its group's type, the name. */
export const scriptEntry = (script: 'h' | 'l', type: EntityType, name: string) => `${script}\t${type}\t${name}`;
/** A compared pair, by its two entries and the type it was compared as. */
export const pairKey = (hanEntry: string, latinEntry: string, type: EntityType) => `${hanEntry}\n${latinEntry}\n${type}`;

export interface KeptMatch {
  han: string;
  latin: string;
  type: EntityType;
  match: CrossScriptMatch;
}

export class ScriptMatchMemo {
  /** This linking's input names. */
  readonly entries = new Set<string>();
  /** The matches found among them, by pairKey. */
  readonly matches = new Map<string, KeptMatch>();
  private readonly byHan = new Map<string, KeptMatch[]>();

  /** `before`: the entries and matches of the linking before (none: every pair is compared). */
  constructor(readonly before: { entries: ReadonlySet<string>; matches: readonly KeptMatch[] } = { entries: new Set(), matches: [] }) {
    for (const m of before.matches) addToGroup(this.byHan, m.han, m);
  }

  /** Whether the linking before held this entry (so its pairs with other such entries are known). */
  held(entry: string): boolean {
    return this.before.entries.has(entry);
  }

  /** The matches the linking before found for a Chinese-script entry. */
  matchesOf(hanEntry: string): readonly KeptMatch[] {
    return this.byHan.get(hanEntry) ?? [];
  }

  /** The verdict on a pair of two held entries: the match found before, or none. */
  recall(hanEntry: string, latinEntry: string, type: EntityType): CrossScriptMatch | undefined {
    return this.matchesOf(hanEntry).find((m) => m.latin === latinEntry && m.type === type)?.match;
  }

  /** Records a match of this linking. */
  keep(han: string, latin: string, type: EntityType, match: CrossScriptMatch): void {
    this.matches.set(pairKey(han, latin, type), { han, latin, type, match });
  }
}
