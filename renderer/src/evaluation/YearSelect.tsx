import { Select } from 'antd';
import { MIN_YEAR } from '../../../shared/domain/office-settings';

/** The years the office may work on: from the movement's start to the year after the one in use. */
export function yearOptions(yearInUse: number) {
  return Array.from({ length: yearInUse + 2 - MIN_YEAR }, (_, i) => {
    const year = yearInUse + 1 - i;
    return { value: year, label: `Năm ${year}` };
  });
}

export function YearSelect({
  value,
  yearInUse,
  onChange,
}: {
  value: number;
  yearInUse: number;
  onChange: (year: number) => void;
}) {
  return (
    <Select
      aria-label="Năm"
      value={value}
      onChange={onChange}
      options={yearOptions(yearInUse)}
      style={{ width: 140 }}
    />
  );
}
