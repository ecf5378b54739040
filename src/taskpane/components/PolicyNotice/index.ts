export { PolicyNotice, type PolicyNoticeProps } from './PolicyNotice';
