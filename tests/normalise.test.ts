import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { normaliseArticle } from '../pipeline/normalise/index.ts';
import { toOriginalSpan } from '../pipeline/normalise/offset-map.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/articles/${path}`, import.meta.url), 'utf8');

describe('English normalisation', () => {
  test.each([
    ['NFKC folds ligatures and full-width digits', 'the ﬁrst ５ plants', 'the first 5 plants'],
    ['curly quotes become ASCII', 'Japan’s “golden era”', 'Japan\'s "golden era"'],
    ['spaced initials join', 'along the U. S. Gulf Coast and in the U. K.', 'along the U.S. Gulf Coast and in the U.K.'],
    ['runs of spaces collapse and line ends are trimmed', 'two  \t spaces   \nnext line  ', 'two spaces\nnext line'],
    ['CRLF becomes LF and blank lines collapse', 'one\r\n\r\n\r\n\r\ntwo\r\n', 'one\n\ntwo'],
  ])('%s', (_rule, input, expected) => {
    expect(normaliseArticle(input, 'en').text).toBe(expected);
  });

  test.each([
    ['teaser line', 'Body one.\nAlso Read: Another story entirely\nBody two.', 'Body one.\nBody two.', 'en.boilerplate.teaser'],
    ['lone separators', 'Point one.\n-\nPoint two.\n—\nPoint three.', 'Point one.\nPoint two.\nPoint three.', 'any.boilerplate.separator'],
    ['AI disclaimer', 'Body.\nThis content is AI-generated based on source articles. Verify it.', 'Body.', 'en.boilerplate.ai-disclaimer'],
    ['reproduction notice', 'Body.\nThis article is exclusive, and unauthorized reproduction is prohibited.', 'Body.', 'en.boilerplate.reproduction-notice'],
    ['copyright line', 'Body.\n© 2026 Harbour Daily', 'Body.', 'en.boilerplate.copyright'],
    ['original link', 'Body.\nOriginal: https://example.org/a/1', 'Body.', 'en.boilerplate.original-link'],
    ['statement footer', 'Body.\nStatement: The article represents the views of the author.', 'Body.', 'en.boilerplate.statement'],
    ['Chinese copyright', '正文。\n未经授权，禁止转载。', '正文。', 'zh.boilerplate.copyright'],
    ['Chinese editor line', '正文。\n责任编辑：王明', '正文。', 'zh.boilerplate.editor'],
  ])('boilerplate: %s', (_name, input, expected, rule) => {
    const lang = /[\u4e00-\u9fff]/.test(input) ? 'zh' : 'en';
    const result = normaliseArticle(input, lang);
    expect(result.text).toBe(expected);
    expect(result.removed.map((r) => r.rule)).toContain(rule);
  });

  test('a trailing related-articles block goes with everything after it, comment prompts too', () => {
    const result = normaliseArticle(fixture('en/boilerplate.txt'), 'en');
    expect(result.text).toBe(
      'Harbour Fund Doubles Its Bet on Wind\n' +
        'The regional harbour fund said on Thursday it will double its stake in two offshore wind projects in the U.S. and Canada.\n' +
        'Fund managers pointed to steady returns from earlier turbines.\n' +
        'The fund expects the first turbines to run by next spring.',
    );
    expect(result.removed.map((r) => r.rule)).toEqual([
      'any.boilerplate.separator',
      'any.boilerplate.separator',
      'en.boilerplate.teaser',
      'en.boilerplate.ai-disclaimer',
      'en.boilerplate.copyright',
      'en.boilerplate.original-link',
      'en.boilerplate.statement',
      'en.boilerplate.related-block',
    ]);
  });

  test('"Related Articles" early in a text is a heading, not a trailing block', () => {
    const text = 'Related Articles\nThis long article discusses related articles in journals at some length and goes on.\nMore text here.\nAnd more.';
    expect(normaliseArticle(text, 'en').text).toContain('More text here.');
  });

  test('broken hyphens are repaired in a document that shows the artefact', () => {
    const text = normaliseArticle(fixture('en/broken-hyphens.txt'), 'en').text;
    for (const compound of ['Long-Term', 'large-scale', 'long-term', 'AI-driven', 'state-backed', 'deep-water', 'high-level', 'cross-border']) {
      expect(text).toContain(compound);
    }
    // Real lists in the same document survive.
    expect(text).toContain('bonds, grants, and private loans');
    expect(text).toContain('cranes, tugs, and pilot boats');
  });

  test('a document with real hyphens and real lists is left alone', () => {
    const original = fixture('en/real-lists.txt');
    const text = normaliseArticle(original, 'en').text;
    expect(text).toContain('plate, coil, and wire');
    expect(text).toContain('Ohio, Texas, and Georgia');
    expect(text).toContain('cut costs, pause hiring, and sell');
  });

  test('a verb after a comma is not a compound: "loans, backed by banks"', () => {
    const text = 'A large, scale plan and an AI, driven push. The loans, backed by banks, came in. A long, term view.';
    expect(normaliseArticle(text, 'en').text).toContain('loans, backed by banks');
  });

  test('spans found in normalised text map back to the original text', () => {
    const original = 'Japan’s  large, scale plan in the U. S. and an AI, driven grid.\nAlso Read: Other news\nTokyo said so.';
    const result = normaliseArticle(original, 'en');
    for (const needle of ["Japan's", 'large-scale', 'U.S.', 'AI-driven', 'Tokyo']) {
      const at = result.text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      const span = toOriginalSpan(result.map, at, at + needle.length);
      const back = original.slice(span.start, span.end);
      expect(back.replace(/, /g, '-').replace(/’/g, "'").replace('U. S.', 'U.S.')).toBe(needle);
    }
  });

  test('a character outside the basic plane that NFKC spells as letters maps back whole, never half of it', () => {
    // 🄭 (CIRCLED CD) is two code units and NFKC makes it two letters: each letter's span is the whole symbol.
    const original = 'Disc 🄭 and 𝐀 here';
    const result = normaliseArticle(original, 'en');
    expect(result.text).toBe('Disc CD and A here');
    for (const [needle, whole] of [['C', '🄭'], ['D', '🄭'], ['CD', '🄭'], ['A', '𝐀']] as const) {
      const at = result.text.lastIndexOf(needle);
      const span = toOriginalSpan(result.map, at, at + needle.length);
      expect(original.slice(span.start, span.end)).toBe(whole);
    }
    const here = result.text.indexOf('here');
    const hereSpan = toOriginalSpan(result.map, here, here + 4);
    expect(original.slice(hereSpan.start, hereSpan.end)).toBe('here');
  });
});

describe('Chinese normalisation', () => {
  test('full-width digits, letters and number punctuation become half-width; prose commas stay', () => {
    const result = normaliseArticle(fixture('zh/fullwidth.txt'), 'zh');
    expect(result.text).toContain('投资5,500亿日元，并于2026年开工');
    expect(result.text).toContain('GE Vernova也将参与');
  });

  test('traditional characters become simplified, character for character', () => {
    const original = '台灣電力公司週一表示，將投資擴建東部電網。';
    const result = normaliseArticle(original, 'zh');
    expect(result.text).toBe('台湾电力公司周一表示，将投资扩建东部电网。');
    const at = result.text.indexOf('电力公司');
    const span = toOriginalSpan(result.map, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('電力公司');
  });
});
