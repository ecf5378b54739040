export { StatusHeader, type StatusHeaderProps } from './StatusHeader';
