// Writes a synthetic drop of distinct small articles (English and Chinese) for tests
// that need a run to last a while: crash safety and concurrent use.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COMPANIES = ['Toshiba', 'Hitachi', 'SoftBank Group', 'Mitsubishi Electric', 'Nippon Steel', 'JFE Steel'];
const ZH_COMPANIES = ['东芝', '日立', '软银集团', '三菱重工'];

export function writeSyntheticDrop(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const company = COMPANIES[i % COMPANIES.length]!;
    const zhCompany = ZH_COMPANIES[i % ZH_COMPANIES.length]!;
    const text =
      i % 3 === 2
        ? `${zhCompany}计划第${i}期投资\n${zhCompany}于10月${(i % 28) + 1}日表示，将在美国投资${i + 10}亿美元，建设第${i}座工厂。\n`
        : `${company} Plans Plant Number ${i}\n${company} said on October ${(i % 28) + 1}, 2025 it would invest $${i + 1}.${i % 10} billion in plant number ${i} in Ohio, ` +
          `according to Trade Minister Ryosei Akazawa. The project is the ${i}th of its kind.\n`;
    writeFileSync(join(dir, `article-${String(i).padStart(4, '0')}.txt`), text);
  }
}

/**
 * writeSyntheticDrop's `count` articles, then two files holding one text (the later in walk order
 * must be stored as the duplicate) and a JSON file cut off (a failed file, not a fatal one).
 */
export function writeDropWithDuplicateAndBroken(dir: string, count: number): void {
  writeSyntheticDrop(dir, count);
  for (const n of [count + 1, count + 2]) writeFileSync(join(dir, `article-${String(n).padStart(4, '0')}-dup.txt`), 'Toshiba Plans Plant Number 0\n');
  writeFileSync(join(dir, 'broken.json'), '{"title": "cut off');
}
