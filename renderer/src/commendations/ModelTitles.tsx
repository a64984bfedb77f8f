import { Typography } from 'antd';
import { formatNumber } from '../../../shared/format/number';
import '../evaluation/evaluation.css';

const SHOWN = 8;

/** The models a dialog acts on, by title: the first few, then how many more. */
export function ModelTitles({ titles }: { titles: readonly string[] }) {
  return (
    <ul className="propose-list" aria-label="Các mô hình được chọn">
      {titles.slice(0, SHOWN).map((title, i) => (
        <li key={i}>{title}</li>
      ))}
      {titles.length > SHOWN && (
        <li>
          <Typography.Text type="secondary">
            và {formatNumber(titles.length - SHOWN)} mô hình khác
          </Typography.Text>
        </li>
      )}
    </ul>
  );
}
