import * as React from 'react';
import { Input, type InputProps } from '@fluentui/react-components';
import { useLang, useT } from '../../hooks/useLang';
import { formatLocalDate, parseLocalDate } from './localDate';

export type LocalDateInputProps = Omit<InputProps, 'value' | 'onChange' | 'type'> & {
  /** YYYY-MM-DD, '' when empty, or the clerk's text while it is not a date yet. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A date field in the pane's format (dd.mm.rrrr in Polish). What the clerk types stays as typed;
 * the owner gets YYYY-MM-DD once it is a real day (until then the text itself, which the
 * deadline code reports as no date). A date set from outside is shown in the pane's format.
 */
export function LocalDateInput({ value, onChange, ...rest }: LocalDateInputProps): React.ReactElement {
  const lang = useLang();
  const t = useT();
  const [text, setText] = React.useState(() => formatLocalDate(lang, value));
  React.useEffect(() => {
    setText((current) => ((parseLocalDate(current) ?? current) === value ? current : formatLocalDate(lang, value)));
  }, [value, lang]);
  return (
    <Input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('pane.date.placeholder')}
      value={text}
      onChange={(_, d) => {
        setText(d.value);
        onChange(d.value.trim() === '' ? '' : (parseLocalDate(d.value) ?? d.value));
      }}
    />
  );
}
