// The values `newsfacts report --status` and `--kind` take: kept apart from the command so
// that `newsfacts report --help` can list them without loading the report builders.

export const FACT_STATUSES = ['agreed', 'resolved', 'updated', 'disputed', 'single'] as const;
export const CONFLICT_KINDS = ['scale_error', 'value_mismatch', 'name_variant'] as const;
