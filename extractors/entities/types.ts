// Shapes of the entity extractor beyond the shared EntityMention: gazetteer entries,
// canonical entities (known or discovered across articles) and person–role mentions.

import type { EntityType, Span } from '../types.ts';

/** One canonical entity as written in the gazetteer data files. */
export interface GazetteerEntry {
  /** Stable id, `<type>:<slug>`, e.g. `org:toshiba`, `place:jp`. */
  id: string;
  type: EntityType;
  /** Canonical English name. */
  name: string;
  /** Chinese names, simplified script; traditional forms are derived (see gazetteer/index.ts). */
  zh?: string[];
  /** Extra traditional-script names that conversion would not produce. */
  zhTraditional?: string[];
  /** English short forms and aliases, matched case-sensitively as written. */
  aliases?: string[];
  /** For people: the country they serve (a place id), a fallback for roles without a country. */
  country?: string;
  /** Where the entry comes from: the package, or for hand-kept entries what no package gives and why. */
  source?: string;
}

/** Where a link was seen: one mention (or claim) in one article. */
export interface LinkEvidence {
  article: string;
  start: number;
  end: number;
  text: string;
  /** The claim, when the evidence is a figure. */
  claim?: string;
}

/** Why one name of an entity belongs to it: the rule, and the mentions or claims behind it. */
export interface EntityNameLink {
  alias: string;
  /** e.g. "gazetteer", "same-name", "surname-in-article", "crossscript.person.pinyin", "gloss.parenthetical", "figures.same-amount". */
  rule: string;
  /** 1 for an exact rule; a phonetic or evidence score otherwise. */
  score?: number;
  /** The name it was matched against, when the rule compares two names. */
  via?: string;
  evidence: LinkEvidence[];
}

/** A gazetteer entry with all its names resolved: what the store lists. */
export interface CanonicalEntity {
  id: string;
  type: EntityType;
  name: string;
  nameZh?: string;
  aliases: string[];
  source: 'gazetteer' | 'discovered';
  /** For each name, the rule and evidence that joined it (sorted by alias). */
  links?: EntityNameLink[];
}

export interface RoleMention extends Span {
  /** The whole role phrase, e.g. "U.S. Commerce Secretary Rutherford". */
  text: string;
  personStart: number;
  personEnd: number;
  personText: string;
  personId?: string;
  /** Normalised role id, e.g. "commerce_secretary". */
  role: string;
  /** English role name, e.g. "Commerce Secretary". */
  roleName: string;
  /** Place id of the country the role belongs to, when stated or known for the person. */
  country?: string;
  /** 'former' when the text says the person held the role before ("此前曾担任", "former"). */
  tense?: 'current' | 'former';
  /**
   * When the text places the role: the date mention with a stated year nearest to it in its
   * paragraph, else the article's published date. Set by the pipeline, not the extractor.
   */
  date?: string;
  rule: string;
}
