import { Link } from 'react-router-dom';
import { formatNumber } from '../../../shared/format/number';
import type { ChartSpec } from './charts';
import { modelListPath } from '../models/use-model-filters';

/**
 * A chart's numbers as a table with a caption and header cells, for screen readers, for copying into a
 * report, and for whoever prefers to read numbers. Each number opens its models, like the chart does.
 */
export function ChartTable({ spec, id }: { spec: ChartSpec; id: string }) {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const cell = (value: number, dataset: number, index: number) => {
    const target = value > 0 ? spec.target(dataset, index) : null;
    return target ? <Link to={modelListPath(target)}>{formatNumber(value)}</Link> : formatNumber(value);
  };
  return (
    <table id={id} className="chart-table">
      <caption>{spec.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{spec.category}</th>
          {spec.series.map((s) => (
            <th scope="col" key={s.label}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {spec.series.map((s, d) => (
              <td key={s.label}>{cell(s.values[i] ?? 0, d, i)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      {spec.total && (
        <tfoot>
          <tr>
            <th scope="row">Tổng cộng</th>
            {spec.series.map((s) => (
              <td key={s.label}>{formatNumber(sum(s.values))}</td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
