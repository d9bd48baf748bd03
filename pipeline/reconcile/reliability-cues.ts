// Signs that an article is a machine translation or a careless copy. An article showing
// them weighs less when sources disagree. Each cue is a pattern over the original text.

export interface ReliabilityCue {
  id: string;
  pattern: RegExp;
  why: string;
}

export const MACHINE_TRANSLATION_CUES: readonly ReliabilityCue[] = [
  { id: 'mt.fullwidth-byline', pattern: /【[^】\n]{0,40}】/, why: 'a Chinese-style 【…】 byline inside English text' },
  { id: 'mt.bare-ordinal-day', pattern: /\b(?:on|since|by) the \d{1,2}(?:st|nd|rd|th)\b(?! of)/, why: 'days written as "the 27th", translated from Chinese 27日' },
  { id: 'mt.literal-media-name', pattern: /\bJapan Economic News\b/, why: '"Japan Economic News", a word-for-word translation of 日本经济新闻 (Nikkei)' },
  { id: 'mt.local-time', pattern: /\bOn [A-Z][a-z]+ \d{1,2} local time\b/, why: '"On <date> local time", a calque of 当地时间' },
  { id: 'mt.source-url-footer', pattern: /^Original: https?:\/\/\S+/m, why: 'an "Original: <url>" footer of a translated repost' },
];

/** How much each kind of error found in an article lowers its weight (weight = 1 / (1 + sum)). */
export const ERROR_PENALTY = {
  machineTranslationCue: 0.25,
  nameVariant: 0.5,
  scaleError: 0.5,
} as const;
