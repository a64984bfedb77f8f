import { Input } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Rule } from 'antd/es/form';
import { formatNumberInput, parseNumber } from '../../../shared/format/number';

/** The text a stored number is shown as while not being typed: "1.234.567", "2,5" (a year: "2023"), or empty. */
const shownText = (value: unknown, decimals: boolean, year = false): string =>
  typeof value !== 'number' ? '' : year ? String(value) : formatNumberInput(value, { decimals });

interface NumberInputProps {
  /** From the form: a number, null/undefined (empty), or the refused text as typed. */
  value?: number | string | null;
  onChange?: (value: number | string | null) => void;
  decimals: boolean;
  /** A year: a whole number written without grouping. */
  year?: boolean;
  suffix?: ReactNode;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-label'?: string;
  autoFocus?: boolean;
}

/**
 * A number field read by the app's one parser (`parseNumber`): "2.5" and "2,5" are two and a half,
 * "1.234.567" a million. What the parser refuses stays in the form as the text typed, so `numberRule`
 * names the problem under the field and the form cannot be saved with it; nothing is silently dropped or
 * multiplied. A plain text box: no spin buttons, whose English names screen readers would read.
 */
export function NumberInput({ value, onChange, decimals, year, suffix, id, ...rest }: NumberInputProps) {
  const [text, setText] = useState(() =>
    typeof value === 'string' ? value : shownText(value, decimals, year),
  );
  const [held, setHeld] = useState(value);
  // A value set from outside (the form reset or loaded) replaces the text; the text's own value does not.
  if (value !== held) {
    setHeld(value);
    const parsed = parseNumber(text, { decimals });
    const same = typeof value === 'string' ? value === text : parsed.ok && parsed.value === (value ?? null);
    if (!same) setText(typeof value === 'string' ? value : shownText(value, decimals, year));
  }
  return (
    <Input
      id={id}
      {...rest}
      value={text}
      inputMode={decimals ? 'decimal' : 'numeric'}
      autoComplete="off"
      suffix={suffix}
      onChange={(event) => {
        const typed = event.target.value;
        const parsed = parseNumber(typed, { decimals });
        const next = parsed.ok ? parsed.value : typed;
        setText(typed);
        setHeld(next);
        onChange?.(next);
      }}
      onBlur={() => {
        if (typeof held === 'number') setText(shownText(held, decimals, year));
      }}
    />
  );
}

/** The form rule that goes with `NumberInput`: refuses what the parser refuses, with its message. */
export function numberRule(label: string, decimals: boolean): Rule {
  return {
    validator: async (_, value: unknown) => {
      if (typeof value !== 'string') return;
      const parsed = parseNumber(value, { decimals });
      if (!parsed.ok) throw new Error(`${label}: ${parsed.message}`);
    },
  };
}
