export { FindingItem, type FindingItemProps } from './FindingItem';
