export { FixAllSummary, fixAllItem, type FixAllSummaryProps } from './FixAllSummary';
