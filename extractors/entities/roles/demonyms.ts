// Adjectives of nationality that place a title in a country ("Japanese Minister for …").
// Values are gazetteer place ids.

export const DEMONYM_COUNTRIES: Record<string, string> = {
  Japanese: 'place:jp', American: 'place:us', Chinese: 'place:cn', Korean: 'place:kr', 'South Korean': 'place:kr',
  'North Korean': 'place:kp', British: 'place:gb', German: 'place:de', French: 'place:fr', Indian: 'place:in',
  Canadian: 'place:ca', Australian: 'place:au', Russian: 'place:ru', Taiwanese: 'place:tw', Italian: 'place:it',
  Mexican: 'place:mx', Brazilian: 'place:br', Vietnamese: 'place:vn', Indonesian: 'place:id', Philippine: 'place:ph',
};

/** Words between a country and a title that do not change the role ("new", "acting"). */
export const TITLE_MODIFIERS = new Set(['new', 'acting', 'incoming', 'outgoing', 'current', 'then', 'former', 'ex', 'the', 'top', 'newly', 'appointed']);
