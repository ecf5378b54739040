export { LocalDateInput, type LocalDateInputProps } from './LocalDateInput';
