export { DeadlinePanel, type DeadlinePanelProps } from './DeadlinePanel';
