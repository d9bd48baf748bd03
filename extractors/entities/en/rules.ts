// English rule tables: the words that make a capitalised sequence an organisation, the
// capitalised words that are never entities, and the acronyms that are not names.

/** Last words that make a capitalised sequence an organisation ("Nippon Steel", "Carbon Holdings"). */
export const ORG_SUFFIXES = new Set([
  'Group', 'Holdings', 'Holding', 'Corp.', 'Corp', 'Corporation', 'Inc.', 'Inc', 'Ltd.', 'Ltd', 'Co.', 'Company', 'Companies',
  'Energy', 'Steel', 'Electric', 'Bank', 'Times', 'Motor', 'Motors', 'Industries', 'Industrial', 'Partners', 'Capital',
  'Technologies', 'Technology', 'Systems', 'Securities', 'Financial', 'Insurance', 'Trading', 'Shipping', 'Lines',
  'Airlines', 'Airways', 'News', 'Daily', 'Journal', 'Post', 'Press', 'Agency', 'Ministry', 'Department', 'Committee',
  'Commission', 'Council', 'Institute', 'University', 'Association', 'Federation', 'Fund', 'Authority', 'Office',
  'Copper', 'Gas', 'Power', 'Oil', 'Petroleum', 'Chemical', 'Chemicals', 'Pharmaceutical', 'Pharmaceuticals',
  'Semiconductor', 'Electronics', 'Foods', 'Logistics', 'Labs', 'Ventures', 'Exchange', 'Reserve', 'Network',
  'Broadcasting', 'Bureau', 'Board', 'Party', 'Foundation', 'Mining', 'Metals', 'Robotics', 'Therapeutics',
  'Solutions', 'Services', 'Resources', 'Investments', 'Airport', 'Railway', 'Railways', 'Telecom', 'Communications',
  'Union', 'Enterprises', 'Management', 'Fintech', 'Pharma', 'Biotech', 'Motors', 'LLC', 'PLC', 'AG', 'SE', 'NV', 'GmbH', 'Automotive', 'Heavy', 'Shipbuilding', 'Nuclear', 'Renewables',
]);

/** First words that head an organisation name joined by "of"/"for" ("Bank of Japan", "Ministry of Finance"). */
export const ORG_HEADS = new Set([
  'Bank', 'Ministry', 'Department', 'University', 'Bureau', 'Office', 'Agency', 'Institute', 'Association', 'Council',
  'Commission', 'Federation', 'Chamber', 'Committee', 'Board', 'Fund', 'Organization', 'Organisation', 'Authority',
]);

/** Last words of events and competitions ("World Cup", "U.S. Open", "Winter Olympics"): named, but neither organisation nor place. */
export const EVENT_HEADS = new Set([
  'Cup', 'Open', 'Championship', 'Championships', 'Games', 'Olympics', 'Tour', 'Trophy', 'Prix', 'Series', 'Classic', 'Masters',
  'Marathon', 'Rally', 'Summit', 'Festival', 'Expo', 'War', 'Awards', 'League', 'Day', 'Bowl', 'Final', 'Finals', 'Meeting',
]);

/** Words that open many organisation names and so never stand alone for one ("World Bank" … "World"). */
export const GENERIC_NAME_OPENERS = new Set(['World', 'National', 'International', 'Global', 'General', 'United', 'Royal', 'Federal', 'State', 'New', 'European', 'American']);

/** Compass words that open place names ("West Bank", "East Jerusalem", "South China Sea"). */
export const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);

/** Place-name last words ("Gulf Coast", "North Slope", "Nile River"). */
export const PLACE_SUFFIXES = new Set([
  'Coast', 'Slope', 'River', 'Sea', 'Ocean', 'Bay', 'Gulf', 'Island', 'Islands', 'Mountains', 'Valley', 'Province',
  'Prefecture', 'County', 'City', 'State', 'Strait', 'Peninsula', 'Lake', 'Desert', 'Basin', 'Port', 'Harbor', 'Harbour',
  'Republic', 'Square', 'Street', 'Avenue', 'Mountain', 'Hills', 'Heights', 'Canal', 'Plain', 'Plateau',
]);

/** Acronyms that name a thing, not an entity. */
export const NON_ENTITY_ACRONYMS = new Set([
  'LNG', 'AI', 'GDP', 'CEO', 'CFO', 'CTO', 'COO', 'SMR', 'SMRs', 'IT', 'IPO', 'M&A', 'ESG', 'EV', 'EVs', 'OK', 'TV', 'PC',
  'HVDC', 'LPG', 'CO2', 'GW', 'MW', 'KW', 'TWh', 'GWh', 'MWh', 'USD', 'JPY', 'CNY', 'EUR', 'PMI', 'CPI', 'FDI', 'R&D',
  'Q1', 'Q2', 'Q3', 'Q4', 'AM', 'PM', 'GMT', 'UTC', 'JST', 'EST', 'PDF', 'URL', 'FAQ', 'NO', 'VS', 'II', 'III', 'IV',
  'JGB', 'JGBs', 'ETF', 'ETFs', 'CEOs', 'SME', 'SMEs', 'API', 'GPU', 'GPUs', 'CPU', 'DNA', 'VAT', 'BN', 'MN', 'YoY',
]);

/** Abbreviated months and weekdays with their dot ("Nov.", "Sept.", "Tues."): dates, never names. */
export const MONTH_ABBREVIATIONS = new Set([
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.',
]);

/** Capitalised words that never start or make up an entity on their own. */
export const NON_ENTITY_WORDS = new Set([
  ...MONTH_ABBREVIATIONS,
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'I', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Madam',
  'Theme', 'Note', 'Update', 'Updated', 'Source', 'Photo', 'Read', 'Also', 'Related', 'Editor', 'Editorial',
  'Internet', 'Web', 'Twitter', 'Thoughts', 'Share', 'Statement', 'Original',
]);

/**
 * Titles written capitalised before a name that the role table (roles/role-table.ts) does not
 * hold: kept outside the person's span ("Senator Ellen Vasquez" → "Ellen Vasquez").
 */
export const PERSON_TITLES = new Set([
  'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'Judge', 'Justice',
  'General', 'Gen.', 'Colonel', 'Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Sergeant', 'Admiral', 'Commander',
  'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Rev.', 'Reverend', 'Father', 'Sheikh',
  'Professor', 'Prof.', 'Chancellor', 'Premier', 'Coach', 'Manager', 'Striker', 'Midfielder', 'Defender', 'Goalkeeper',
  'Ambassador', 'Envoy', 'Spokesman', 'Spokeswoman', 'Inspector', 'Detective', 'Officer', 'Chairman', 'Chairwoman', 'Director',
]);

/** Honorifics before a person's name. */
export const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady']);

/** Words between capitalised words that a single name can contain. */
export const NAME_CONNECTORS = new Set(['&', '-']);

/** Verbs after a bare unknown name that mark it as a person ("Rutherford said"). */
export const PERSON_SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'argued', 'explained', 'revealed', 'warned', 'stressed', 'insisted']);

/** Romanised Chinese and Korean surnames, which compromise's lexicon mostly lacks or reads as nouns ("Wang"). */
export const ROMANISED_SURNAMES = new Set([
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'He',
  'Guo', 'Ma', 'Luo', 'Liang', 'Song', 'Zheng', 'Xie', 'Han', 'Tang', 'Feng', 'Yu', 'Dong', 'Xiao', 'Cheng', 'Cao', 'Yuan',
  'Deng', 'Fu', 'Shen', 'Zeng', 'Peng', 'Lu', 'Su', 'Jiang', 'Cai', 'Jia', 'Ding', 'Wei', 'Xue', 'Ye', 'Yan', 'Pan', 'Du',
  'Dai', 'Xia', 'Zhong', 'Tian', 'Ren', 'Fan', 'Fang', 'Shi', 'Yao', 'Tan', 'Liao', 'Zou', 'Xiong', 'Jin', 'Qin', 'Gu',
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Shin', 'Oh', 'Seo', 'Kwon', 'Hwang', 'Ahn',
]);

/** Words before an unknown single name that mark it as a place ("plant in Toyama"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'across', 'throughout', 'outside', 'visit', 'visited', 'visiting', 'towards', 'via']);

/** First words that make a sequence an organisation in other languages' names ("Banco Meridional"). */
export const ORG_PREFIXES = new Set(['Banco', 'Banca', 'Banque', 'Bank', 'Grupo', 'Groupe', 'Compagnie', 'Société', 'Deutsche', 'Nippon']);

/** Nouns right before an unknown name that say it is an organisation ("oil company QazMunai"). */
export const ORG_NOUNS_BEFORE = new Set([
  'company', 'firm', 'group', 'lender', 'insurer', 'operator', 'maker', 'producer', 'miner', 'startup', 'conglomerate', 'utility',
  'bank', 'carrier', 'developer', 'manufacturer', 'supplier', 'retailer', 'automaker', 'chipmaker', 'shipbuilder',
  'club', 'side', 'team', 'giant', 'agency', 'newspaper', 'daily', 'weekly', 'broadcaster', 'airline', 'brewer', 'carmaker',
  'consortium', 'subsidiary', 'unit', 'rival', 'rivals', 'champions', 'holders', 'publisher', 'distributor', 'exporter',
]);

/** Nouns right after an unknown name that say it is an organisation ("Pirelli shares", "Eagles owner"). */
export const ORG_NOUNS_AFTER = new Set([
  'shares', 'stock', 'shareholders', 'stockholders', 'chairman', 'owner', 'owners', 'board', 'subsidiary', 'coach',
  'directors', 'executives', 'management', 'fans', 'players', 'squad', 'striker', 'midfielder', 'goalkeeper', 'keeper',
  'newspaper', 'daily', 'agency', 'spokeswoman', 'employees', 'workers', 'unit', 'bonds', 'headquarters', 'news',
]);

/** Lower-case endings after a hyphen that belong to a name ("Park Min-jun"); longer ones do not ("Nairobi-based"). */
export const NAME_HYPHEN_MAX = 4;
export const NOT_NAME_HYPHEN_ENDINGS = new Set(['based', 'led', 'made', 'like', 'wide', 'born', 'run', 'era', 'style', 'owned', 'backed', 'bound', 'area']);
