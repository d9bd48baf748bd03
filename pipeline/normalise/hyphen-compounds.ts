// Vocabulary of the broken-hyphen artefact (seed 000: "large, scale", "AI, driven",
// "natural, gas, powered"): some scrapers turn every hyphen into ", ". A pair of words
// around such a comma is read as a compound when one of these tables says so.

/** Participles that head a compound modifier: "AI-driven", "government-backed". */
export const PARTICIPLE_HEADS = new Set([
  'driven', 'backed', 'based', 'powered', 'fired', 'fuelled', 'fueled', 'led', 'owned', 'funded', 'linked',
  'oriented', 'focused', 'made', 'built', 'listed', 'controlled', 'sponsored', 'intensive', 'friendly',
  'run', 'related', 'bound', 'enabled', 'heavy', 'rich', 'dependent',
]);

/** Words after a participle head that show it is a verb, not part of a compound: "loans, backed by banks". */
export const VERB_FOLLOWERS = new Set(['by', 'to', 'in', 'on', 'with', 'from', 'for', 'at', 'as', 'the', 'a', 'an', 'its', 'their']);

/** Left halves that make a compound with the nouns below: "large-scale", "cross-border". */
export const COMPOUND_PREFIXES = new Set([
  'large', 'small', 'full', 'long', 'short', 'high', 'low', 'mid', 'deep', 'cross', 'present', 'real', 'well',
  'top', 'world', 'middle', 'half', 'multi', 'multibillion', 'multimillion', 'billion', 'million', 'trillion',
  'state', 'self', 'non', 'year', 'open', 'fast', 'slow', 'near', 'far', 'first', 'record', 'one', 'two', 'three',
]);

export const COMPOUND_NOUNS = new Set([
  'scale', 'term', 'level', 'border', 'precision', 'day', 'water', 'dollar', 'time', 'class', 'quality',
  'range', 'speed', 'profile', 'sized', 'grade', 'owned', 'end', 'run', 'width', 'year', 'tier', 'rate', 'sea',
]);

/** Noun-noun compounds that a list would not pair: "supply-chain", "natural-gas". */
export const COMPOUND_PAIRS = new Set([
  'supply chain', 'natural gas', 'data center', 'data centre', 'year end', 'trade off', 'follow up', 'start up',
]);

/** Country names that pair into "Japan-U.S. alliance". */
export const COUNTRY_SHORT_NAMES = ['Japan', 'U.S.', 'US', 'China', 'Korea', 'India', 'EU', 'U.K.', 'UK', 'Russia', 'Taiwan', 'Canada', 'Mexico', 'Germany', 'France', 'Australia'];

/** Nouns that follow a country pair used as a modifier: "Japan-U.S. alliance". */
export const RELATION_NOUNS = ['alliance', 'relations', 'ties', 'partnership', 'talks', 'summit', 'trade', 'deal', 'agreement', 'cooperation', 'framework', 'dialogue'];
