// Who a money amount belongs to: the words around an entity that make it the investor
// ("Japan's", "by Japan", 日本承诺) or rule it out (the destination "in the U.S.", 在美国;
// a news agency quoted; a country used as the adjective of a title).

/** Places that stand for their country's government, or Brussels for the European Union (metonymy: "Tokyo agreed"). */
export const CAPITAL_COUNTRY: Readonly<Record<string, string>> = {
  'place:tokyo': 'place:jp',
  'place:washington-dc': 'place:us',
  'place:beijing': 'place:cn',
  'place:seoul': 'place:kr',
  'place:london': 'place:gb',
  'place:brussels': 'org:eu',
};

/** Organisations that report amounts but never own them. */
export const REPORTING_ORGS: ReadonlySet<string> = new Set([
  'org:nikkei', 'org:reuters', 'org:associated-press', 'org:bloomberg', 'org:financial-times', 'org:new-york-times',
  'org:wall-street-journal', 'org:observer-net', 'org:xinhua', 'org:kyodo', 'org:nhk', 'org:cnbc', 'org:bbc',
  'org:white-house', 'org:us-japan-investment-committee', 'org:us-department-of-commerce',
]);

/** Text right before a place that makes it the destination of money, not its owner. */
export const DESTINATION_BEFORE_EN = /\b(?:in|into|to|for|across|throughout|from|assisting|on)\s+(?:the\s+)?$/i;
export const DESTINATION_BEFORE_ZH = /(?:在|对|向|赴|于|到|为|从|协助)$/;
/** Text right after a place that makes it an adjective of something else ("US investment projects", 美国企业). */
export const ADJECTIVE_AFTER_EN = /^(?:-(?:based|listed|headquartered|registered)\b|\s+(?:quake|earthquake|storm|typhoon|floods?|investment|investments|projects?|counterparts|industries|sectors?|companies|firms|government|President|Commerce|Department|officials|immigration|LNG|energy|power|data|construction)\b)/;
export const ADJECTIVE_AFTER_ZH = /^(?:企业|公司|供应商|总统|商务部|政府|能源|国内|官员)/;

/** Text right after an entity that makes it the one who commits, owns or pays. */
export const OWNER_AFTER_EN = /^(?:['’]s?\b|\s+(?:(?:will|would|has|have|had|is to)\s+(?:also\s+)?)?(?:agreed|promised|pledged|committed|plans|invest|invests|invested|establish|establishes|established|provide|provides|spend|spends|fund|funds)\b)/;
export const OWNER_AFTER_ZH = /^(?:的|承诺|已同意|同意|将|计划|在|与|建设|提供|供应(?!商))/;
/** Text right before an entity that makes it the owner ("by Japan", 由…). */
export const OWNER_BEFORE_EN = /\bby\s+$/i;
export const OWNER_BEFORE_ZH = /(?:由|以及)$/;
