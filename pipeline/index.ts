// The newsfacts library: what `import { … } from 'newsfacts'` gives. Extraction of one text,
// whole runs over drops into a store, reconciliation, the reports, and the zod schemas of
// the JSON contracts, all typed.

export { extract, UnsupportedLanguageError, type Extraction, type ExtractTextOptions } from './extract-text.ts';
export { runDrops, type RunOptions, type RunSummary, type FailureReport } from './run.ts';
export { openStore, StoreError, type Db } from './store/open.ts';
export { SCHEMA_VERSION } from './store/migrations.ts';
export { reconcileStore, type ReconcileSummary } from './reconcile/index.ts';
export { buildReport, type Report, type ReportArticle, type CanonicalFilters } from './report/build.ts';
export { renderHtml, renderMarkdown } from './report/render.ts';
export {
  DateMentionSchema, EntityMentionSchema, ExtractInputSchema, ExtractOutputSchema, MoneyMentionSchema, ReportArticleSchema,
  ReportClaimSchema, ReportConflictSchema, ReportEntitySchema, ReportFactSchema, ReportSchema,
} from './contracts.ts';
export type { DateMention, EntityMention, Lang, MoneyMention, Qualifier } from '../extractors/types.ts';
export type { RoleMention } from '../extractors/entities/types.ts';
