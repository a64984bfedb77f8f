import type { Dashboard, DashboardFilter } from '../../../shared/domain/dashboard';
import { statusLabels } from '../../../shared/domain/lifecycle';
import { kindLabels, registrationLabels } from '../../../shared/domain/model';
import { commendationStatusLabels } from '../../../shared/domain/commendation';
import { formatNumber } from '../../../shared/format/number';
import { listTarget, type ListTarget } from './list-link';

export interface Figure {
  label: string;
  value: number;
  /** What it means when the label alone could mislead. */
  note?: string;
  target: ListTarget;
}

export interface FigureGroup {
  title: string;
  figures: Figure[];
}

/** The figures of the year, grouped as the office reports them: registered, kind, evaluation, commendation. */
export function figureGroups(dashboard: Dashboard, filter: DashboardFilter): FigureGroup[] {
  const f = dashboard.figures;
  const to = (narrower: Parameters<typeof listTarget>[1]) => listTarget(filter, narrower);
  return [
    {
      title: 'Đăng ký',
      figures: [
        { label: 'Mô hình đăng ký', value: f.registered, target: to({}) },
        { label: registrationLabels.new, value: f.new, target: to({ registration: 'new' }) },
        {
          label: registrationLabels.continued,
          value: f.continued,
          target: to({ registration: 'continued' }),
        },
      ],
    },
    {
      title: 'Hình thức',
      figures: [
        { label: kindLabels.collective, value: f.collective, target: to({ kind: 'collective' }) },
        { label: kindLabels.individual, value: f.individual, target: to({ kind: 'individual' }) },
      ],
    },
    {
      title: 'Đánh giá',
      figures: [
        // Two statuses, and the list filters by one: this number opens nothing.
        { label: statusLabels.recognised, value: f.recognised, note: 'gồm cả tiêu biểu', target: null },
        { label: statusLabels.exemplary, value: f.exemplary, target: to({ status: 'exemplary' }) },
      ],
    },
    {
      title: 'Khen thưởng',
      figures: [
        {
          label: commendationStatusLabels.proposed,
          value: f.proposed,
          note: 'gồm cả đã khen thưởng',
          target: null,
        },
        { label: commendationStatusLabels.granted, value: f.granted, target: null },
      ],
    },
  ];
}

/** "12.450 ngày công", "1.250.000.000 đồng". */
export const outcomeText = (o: Dashboard['outcomes'][number]) => `${formatNumber(o.total)} ${o.measure}`;
