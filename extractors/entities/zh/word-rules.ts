// The Chinese passes over jieba's words of the whole text, in priority order, each over
// what earlier passes left free: names right after a role title, organisations (a name
// with its head, so a place or person inside one is not taken alone), sound-spelled names
// read by the words around them (在莫斯科举行), places, people; then a name settled by context carries to its bare recurrences,
// and a place standing for its team in a match is an organisation (战胜丹麦).

import type { ClaimedText } from './claims.ts';
import type { ChineseWord } from './jieba-words.ts';
import { claimOrganisations } from './organisations.ts';
import { claimNamesAfterTitles, claimPeople, claimSurnamesBeforePlaces } from './people.ts';
import { claimNamesByContext } from './name-context.ts';
import { claimNamesByCues, joinTransliteratedPieces } from './name-cues.ts';
import { claimPlaces } from './places.ts';
import { claimSameNames } from './same-name.ts';
import { claimSportsSides } from './sports-sides.ts';

export function claimWordNames(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  claimNamesAfterTitles(text, words, claims);
  claimOrganisations(words, claims);
  claimSurnamesBeforePlaces(text, words, claims);
  claimNamesByContext(words, claims);
  claimNamesByCues(words, claims);
  claimPlaces(text, words, claims);
  claimPeople(text, words, claims);
  joinTransliteratedPieces(text, words, claims);
  claimSameNames(text, words, claims);
  claimSportsSides(words, claims);
}
