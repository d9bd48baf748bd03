// Boilerplate that news sites wrap around an article, as data. A rule matches one
// trimmed line. `line` removes that line; `rest` removes it and everything after it
// (trailing blocks of other stories); `tailOnly` rules fire only in the last third of
// the text, where a bare "Thoughts" or "Comments" heading is a widget, not prose.

export type BoilerplateScope = 'line' | 'rest';

export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
  scope: BoilerplateScope;
  tailOnly?: boolean;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { id: 'en.boilerplate.teaser', scope: 'line', pattern: /^(also read|read also|read more|see also|must read|recommended|more on this)\s*[:|]/i },
  {
    id: 'en.boilerplate.related-block',
    scope: 'rest',
    tailOnly: true,
    pattern: /^(related (articles|stories|news|posts|coverage)|more stories|you (may|might) also like|recommended for you|read next|more from [\w ]{1,30})\s*:?$/i,
  },
  {
    id: 'en.boilerplate.comment-prompt',
    scope: 'line',
    tailOnly: true,
    pattern: /^(leave a (reply|comment)|post a comment|join the conversation|sign in to (join|comment)\b.*|share your thoughts\b.*|thoughts|comments?(\s*\(\d+\))?)\.?$/i,
  },
  {
    id: 'en.boilerplate.ai-disclaimer',
    scope: 'line',
    pattern: /\b(this (content|article|story|summary|text) (is|was) (ai|artificial intelligence)[- ]generated|(generated|written|produced) (by|with|using) (an )?(ai|artificial intelligence)( tool| model)?[.,])/i,
  },
  { id: 'en.boilerplate.copyright', scope: 'line', pattern: /^(©|\(c\) |copyright\b)/i },
  {
    id: 'en.boilerplate.reproduction-notice',
    scope: 'line',
    pattern: /\b(all rights reserved|unauthori[sz]ed reproduction|(reproduction|republication) (is )?(strictly )?(prohibited|forbidden)|may not be (reproduced|republished|redistributed))\b/i,
  },
  { id: 'en.boilerplate.original-link', scope: 'line', pattern: /^(original|source|originally published (at|in)|source link)\s*:\s*(https?:\/\/|www\.)\S*$/i },
  { id: 'en.boilerplate.statement', scope: 'line', pattern: /^(statement|disclaimer)\s*:/i },
  { id: 'any.boilerplate.separator', scope: 'line', pattern: /^[-–—•*_=~·]{1,3}$/ },
  { id: 'zh.boilerplate.teaser', scope: 'line', pattern: /^(相关阅读|延伸阅读|推荐阅读|相关新闻|相关文章|更多阅读|猜你喜欢)\s*[:：]/ },
  { id: 'zh.boilerplate.related-block', scope: 'rest', tailOnly: true, pattern: /^(相关阅读|延伸阅读|推荐阅读|相关新闻|相关文章|更多阅读|猜你喜欢)\s*[:：]?$/ },
  {
    id: 'zh.boilerplate.copyright',
    scope: 'line',
    pattern: /(版权所有|未经(授权|许可)[^。]{0,12}(转载|使用|复制)|转载请(注明|联系)|本文(为|系)[^。]{0,20}(独家|原创)[^。]{0,6}稿件)/,
  },
  { id: 'zh.boilerplate.statement', scope: 'line', pattern: /^(声明|免责声明|特别声明)\s*[:：]/ },
  { id: 'zh.boilerplate.editor', scope: 'line', pattern: /^[(（]?(责任编辑|编辑|校对|审核)\s*[:：][^。]{0,20}[)）]?$/ },
  { id: 'zh.boilerplate.original-link', scope: 'line', pattern: /^(原文链接|原文|来源链接)\s*[:：]\s*(https?:\/\/|www\.)\S*$/ },
  { id: 'zh.boilerplate.ai-disclaimer', scope: 'line', pattern: /(本文|本内容|内容)由\s*(AI|人工智能)\s*(生成|辅助)/i },
  { id: 'zh.boilerplate.comment-prompt', scope: 'line', tailOnly: true, pattern: /^(发表评论|我要评论|网友评论|评论)\s*[:：]?$/ },
];
