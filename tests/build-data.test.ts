// The data the build writes into dist/ so the compiled command starts without loading
// compromise or OpenCC: the table of compromise's lexicon must be what the installed
// compromise gives (an upgrade cannot drift silently), the compiled lexicon must class every
// word as compromise does, the region names must be what their packages give, the OpenCC
// conversions of the gazetteer's names must be OpenCC's,
// and a compiled extract of a short line loads only the packages its language needs.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { compromiseLexicon } from '../extractors/entities/en/compromise.ts';
import { classOfTags, compromiseLexiconTable, LEXICON_TABLE_FILE, lexiconLookup, type LexiconTable } from '../extractors/entities/en/lexicon-table.ts';
import * as sourceLexicon from '../extractors/entities/en/lexicon.ts';
import { regionNames, REGIONS_FILE } from '../extractors/entities/data/en-regions.ts';
import { gazetteerIndex } from '../extractors/entities/gazetteer/index.ts';
import { formsConvertedBy, SCRIPT_FORMS_FILE, type ScriptForms } from '../extractors/entities/script-forms.ts';
import { REPO } from './cli-helpers.ts';

const DIST = join(REPO, 'dist', 'extractors', 'entities');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('compromise lexicon table', () => {
  const table = readJson<LexiconTable>(join(DIST, 'en', LEXICON_TABLE_FILE));

  test('the file in dist/ is the table the installed compromise gives', () => {
    expect(table).toEqual(compromiseLexiconTable());
  });

  test('read back, it classes every lexicon word as its compromise tags do, and knows no other word', () => {
    const lexicon = compromiseLexicon();
    const { classes, countries } = lexiconLookup(table);
    expect(classes.size).toBe(Object.keys(lexicon).length);
    for (const [word, tag] of Object.entries(lexicon)) {
      const tags = [tag].flat();
      expect(classes.has(word)).toBe(true);
      expect([word, classes.get(word)]).toEqual([word, classOfTags(tags)]);
      expect([word, countries.has(word)]).toEqual([word, tags.includes('Country')]);
    }
    expect(countries.size).toBe(Object.values(lexicon).filter((tag) => [tag].flat().includes('Country')).length);
  });

  test('classes and country words as compromise tags them', () => {
    const { classes, countries } = lexiconLookup(table);
    expect(['john', 'smith', 'kentucky', 'toyota', 'french', 'reading'].map((w) => classes.get(w))).toEqual(['first-name', 'last-name', 'place', 'org', 'demonym', 'common']);
    expect(classes.has('mr') && classes.get('mr') === undefined).toBe(true);
    expect(countries.has('england')).toBe(true);
    expect(countries.has('kentucky')).toBe(false);
  });

  test('the compiled lexicon (reading the file) answers as the sources (reading compromise) for every lexicon word and a few others', async () => {
    const compiled = (await import(join(DIST, 'en', 'lexicon.js'))) as typeof sourceLexicon;
    const words = [...Object.keys(compromiseLexicon()), 'hamilton', 'osaka', 'quxwerty', 'geopolitical'];
    for (const word of words) {
      const got = [word, compiled.classifyLower(word), compiled.looksCommon(word), compiled.isCountryWord(word)];
      expect(got).toEqual([word, sourceLexicon.classifyLower(word), sourceLexicon.looksCommon(word), sourceLexicon.isCountryWord(word)]);
    }
  });
});

describe('English region names', () => {
  test('the file in dist/ is the list the installed packages give, and the compiled look-up reads it', async () => {
    const list = readJson<string[]>(join(DIST, 'data', REGIONS_FILE));
    expect(list).toEqual(regionNames());
    const compiled = (await import(join(DIST, 'data', 'en-regions.js'))) as typeof import('../extractors/entities/data/en-regions.ts');
    expect(['zhejiang', 'hokkaido', 'gulf', 'quxwerty'].map(compiled.isRegionName)).toEqual([true, true, false, false]);
  });
});

describe('OpenCC conversions of the gazetteer names', () => {
  const forms = readJson<ScriptForms>(join(DIST, SCRIPT_FORMS_FILE));

  test('the file in dist/ holds every conversion building the gazetteer index makes', () => {
    const made = formsConvertedBy(() => gazetteerIndex());
    expect(Object.keys(made.traditional).length).toBeGreaterThan(100);
    expect(forms).toEqual(made);
  });

  test('each form is what OpenCC itself gives', () => {
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    for (const [text, form] of Object.entries(forms.simplified)) expect([text, form]).toEqual([text, toSimplified(text)]);
    for (const [text, form] of Object.entries(forms.traditional)) expect([text, form]).toEqual([text, toTraditional(text)]);
    expect(forms.traditional['东京']).toBe('東京');
  });
});

describe('packages a compiled extract loads', () => {
  /** Packages in the require cache after a compiled extract of text. */
  function packagesLoaded(text: string): string[] {
    const script = `
      import { createRequire } from 'node:module';
      const { extract } = await import(${JSON.stringify(join(REPO, 'dist', 'pipeline', 'extract-text.js'))});
      const result = extract(${JSON.stringify(text)});
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((p) => p.includes('node_modules'));
      process.stdout.write(JSON.stringify({ entities: result.entities.map((e) => e.text), loaded }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { entities, loaded } = JSON.parse(run.stdout) as { entities: string[]; loaded: string[] };
    expect(entities.length).toBeGreaterThan(0);
    return loaded.map((p) => p.replace(/^.*node_modules\//, ''));
  }

  /** Packages loaded on first use (require), which a short text of one language should not need. */
  const WATCHED = /^(?:compromise|opencc-js|pinyin-pro|franc)\//;

  test('English text: neither compromise, OpenCC nor pinyin-pro', () => {
    const loaded = packagesLoaded('Toyota will invest $1.2 billion in Kentucky on March 3, 2026.');
    expect(loaded.filter((p) => WATCHED.test(p) && !p.startsWith('franc/'))).toEqual([]);
  });

  test('Chinese text: OpenCC traditional → simplified only (not its 1.1 MB simplified → traditional tables), and no franc', () => {
    const loaded = packagesLoaded('丰田将于2026年3月3日在肯塔基州投资12亿美元。');
    expect(loaded.filter((p) => WATCHED.test(p))).toEqual(['opencc-js/dist/umd/t2cn.js']);
  });
});
