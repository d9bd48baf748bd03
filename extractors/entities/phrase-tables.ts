// The phrase tries built once from the data tables: gazetteer names (English tokens,
// exact case) and role titles (English tokens, lower case; Chinese characters).

import { tokenizeEnglish } from './en/tokens.ts';
import { gazetteerIndex } from './gazetteer/index.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { ROLE_TITLES, type RoleTitle } from './roles/role-table.ts';

export interface PhraseTables {
  englishNames: PhraseTrie<string>;
  englishRoles: PhraseTrie<RoleTitle>;
  chineseNames: PhraseTrie<string>;
  chineseRoles: PhraseTrie<RoleTitle>;
}

let tables: PhraseTables | undefined;

const tokenTexts = (phrase: string) => tokenizeEnglish(phrase).map((t) => t.text);

function buildTables(): PhraseTables {
  const index = gazetteerIndex();
  const built: PhraseTables = {
    englishNames: new PhraseTrie(), englishRoles: new PhraseTrie(),
    chineseNames: new PhraseTrie(), chineseRoles: new PhraseTrie(),
  };
  for (const [name, id] of index.latinNames) built.englishNames.add(tokenTexts(name), id);
  for (const [name, id] of index.chineseNames) built.chineseNames.add(name.split(''), id);
  for (const role of ROLE_TITLES) {
    for (const title of role.en) built.englishRoles.add(tokenTexts(title.toLowerCase()), role);
    for (const title of role.zh) built.chineseRoles.add(title.split(''), role);
  }
  return built;
}

export function phraseTables(): PhraseTables {
  tables ??= buildTables();
  return tables;
}
