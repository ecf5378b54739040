export { FindingList, type FindingListProps } from './FindingList';
