// readJsonLd: what a page's schema.org JSON-LD blocks (<script type="application/ld+json">)
// say about the article: datePublished, headline and publisher name. Blocks may hold one
// object, an array, or an `@graph` of nodes; an article-typed node is preferred over a
// WebPage or Organization node. A block that is not valid JSON is passed over.

export interface JsonLdArticle {
  published?: string;
  /** The key the date came from: datePublished, or dateCreated when that is all there is. */
  publishedKey?: string;
  headline?: string;
  publisher?: string;
}

type Node = Record<string, unknown>;

/** schema.org types of a news or blog article (CreativeWork subtypes a news page uses). */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

const DATE_KEYS = ['datePublished', 'dateCreated'] as const;

function nodesOf(value: unknown, out: Node[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) nodesOf(item, out, depth + 1);
    return;
  }
  const node = value as Node;
  out.push(node);
  if (node['@graph'] !== undefined) nodesOf(node['@graph'], out, depth + 1);
}

const typesOf = (node: Node): string[] => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
};

const stringOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value && typeof value === 'object') return stringOf((value as Node).name);
  return undefined;
};

export function readJsonLd(blocks: readonly string[]): JsonLdArticle {
  const nodes: Node[] = [];
  for (const block of blocks) {
    try {
      nodesOf(JSON.parse(block), nodes);
    } catch {
      // not JSON (or HTML comments around it): nothing to read from this block
    }
  }
  const dated = (node: Node) => DATE_KEYS.some((key) => stringOf(node[key]) !== undefined);
  const article =
    nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.test(t)) && dated(node)) ??
    nodes.find(dated) ??
    nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return {};
  const key = DATE_KEYS.find((k) => stringOf(article[k]) !== undefined);
  const headline = stringOf(article.headline) ?? stringOf(article.name);
  const publisher = stringOf(article.publisher) ?? nodes.map((node) => (typesOf(node).includes('NewsMediaOrganization') ? stringOf(node.name) : undefined)).find(Boolean);
  return {
    ...(key && { published: stringOf(article[key]), publishedKey: key }),
    ...(headline && { headline }),
    ...(publisher && { publisher }),
  };
}
