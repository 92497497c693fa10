/**
 * Public API of the figures library (pure: no I/O, routes, tables or pages); callers import only from here.
 * See docs/lib/figures.md for the suppression rules and the proof that hidden cells stay hidden.
 */
export {
  DEFAULT_THRESHOLD,
  derivableCells,
  extendWithTotals,
  isSensitive,
  meanOfAtLeast,
  shownShare,
  shownValue,
  suppressExtended,
  suppressTable,
  suppressVector,
} from './suppression.ts';
export type {
  PublishedCell,
  PublishedTable,
  PublishedVector,
  SuppressionOptions,
  SuppressionReason,
} from './suppression.ts';
