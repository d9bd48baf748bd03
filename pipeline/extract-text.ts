// extract: the library's one call — money, dates, entities and roles of one article's text,
// its language detected when not given, every span into the text exactly as passed in.

import type { DateMention, EntityMention, Lang, MoneyMention } from '../extractors/types.ts';
import type { RoleMention } from '../extractors/entities/types.ts';
import { extractArticle } from './extract.ts';
import { detectLanguage } from './language.ts';

export interface ExtractTextOptions {
  /** 'en' or 'zh'; 'auto' (the default) detects it from the text. */
  lang?: Lang | 'auto';
  /** The article's published date (YYYY-MM-DD): relative dates ("last month", 去年) resolve against it. */
  published?: string;
}

export interface Extraction {
  lang: Lang;
  money: MoneyMention[];
  dates: DateMention[];
  entities: EntityMention[];
  roles: RoleMention[];
}

/** Thrown for a text in a language the extractors do not read (only English and Chinese). */
export class UnsupportedLanguageError extends Error {
  constructor(readonly lang: string) {
    super(`language ${lang} is not extracted (only en and zh are)`);
  }
}

export function extract(text: string, options: ExtractTextOptions = {}): Extraction {
  const requested = options.lang ?? 'auto';
  const lang = requested === 'auto' ? detectLanguage(text).lang : requested;
  if (lang !== 'en' && lang !== 'zh') throw new UnsupportedLanguageError(lang);
  const { money, dates, entities, roles } = extractArticle(text, { lang, published: options.published });
  return { lang, money, dates, entities, roles };
}
