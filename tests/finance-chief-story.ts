// A story drop for tests of a growing store (storeTakingDrops): one provincial finance chief,
// named Zhou Haitao in the first articles and Zhou Haitai in the later ones, and an unrelated
// company article between them.

export const FINANCE_CHIEF_STORY: Record<string, [published: string, text: string]> = {
  a1: ['2026-02-02', 'Zhou Haitao, head of the Zhejiang finance department, met bankers in Hangzhou on Monday.'],
  a2: ['2026-02-03', 'Provincial finance chief Zhou Haitao said Zhejiang would issue bonds in Hangzhou this year.'],
  a3: ['2026-02-04', 'Provincial finance chief Zhou Haitai told reporters in Hangzhou that Zhejiang would borrow more.'],
  b1: ['2026-02-05', 'Toshiba said on Thursday it would invest $50 million in a new plant in Ohio.'],
  a4: ['2026-02-06', 'Finance chief Zhou Haitai said in Hangzhou that the bonds Zhejiang sold were bought at once.'],
  a5: ['2026-02-07', 'In Hangzhou, provincial finance chief Zhou Haitai said Zhejiang would repay early.'],
};
