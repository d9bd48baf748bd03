// Span bookkeeping for the Chinese recogniser: passes claim stretches of text in
// priority order, and a later pass may only use what earlier passes left free.

import type { EntityType } from '../../types.ts';

export interface ZhClaim {
  start: number;
  end: number;
  kind: 'entity' | 'role';
  type?: EntityType;
  id?: string;
  rule: string;
  roleId?: string;
}

export class ClaimedText {
  readonly claims: ZhClaim[] = [];
  private readonly taken: Uint8Array;
  private readonly roleEnds = new Map<number, ZhClaim>();
  /** Claims by their start and by their end: claims never overlap, so one of each per position. */
  private readonly byStart = new Map<number, ZhClaim>();
  private readonly byEnd = new Map<number, ZhClaim>();

  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  takenAt(i: number): boolean {
    return this.taken[i] === 1;
  }

  claim(c: ZhClaim): boolean {
    if (c.end <= c.start || !this.isFree(c.start, c.end)) return false;
    this.taken.fill(1, c.start, c.end);
    this.claims.push(c);
    this.byStart.set(c.start, c);
    this.byEnd.set(c.end, c);
    if (c.kind === 'role') this.roleEnds.set(c.end, c);
    return true;
  }

  /** Gives back a claim's text, when a later rule finds it is part of a longer name. */
  release(c: ZhClaim): void {
    const at = this.claims.indexOf(c);
    if (at < 0) return;
    this.claims.splice(at, 1);
    this.taken.fill(0, c.start, c.end);
    if (this.byStart.get(c.start) === c) this.byStart.delete(c.start);
    if (this.byEnd.get(c.end) === c) this.byEnd.delete(c.end);
    if (this.roleEnds.get(c.end) === c) this.roleEnds.delete(c.end);
  }

  /** The claim ending exactly at `pos`, if any. */
  claimEndingAt(pos: number): ZhClaim | undefined {
    if (pos <= 0 || !this.taken[pos - 1]) return undefined;
    return this.byEnd.get(pos);
  }

  /** The claim starting exactly at `pos`, if any. */
  claimStartingAt(pos: number): ZhClaim | undefined {
    if (pos >= this.taken.length || !this.taken[pos]) return undefined;
    return this.byStart.get(pos);
  }

  roleEndingAt(pos: number): ZhClaim | undefined {
    return this.roleEnds.get(pos);
  }

  /** The role title claimed from `pos` on, if any ("藤森|总统"). */
  roleStartingAt(pos: number): ZhClaim | undefined {
    if (pos >= this.taken.length || !this.taken[pos]) return undefined;
    const c = this.byStart.get(pos);
    return c?.kind === 'role' ? c : undefined;
  }

  /** Free stretches [start, end) of the text, in order. */
  gaps(length: number): [number, number][] {
    const gaps: [number, number][] = [];
    let i = 0;
    while (i < length) {
      while (i < length && this.taken[i]) i++;
      const start = i;
      while (i < length && !this.taken[i]) i++;
      if (i > start) gaps.push([start, i]);
    }
    return gaps;
  }
}
