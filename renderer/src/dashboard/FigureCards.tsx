import { Card } from 'antd';
import { Link } from 'react-router-dom';
import type { Dashboard } from '../../../shared/domain/dashboard';
import { formatNumber } from '../../../shared/format/number';
import { outcomeText, type FigureGroup } from './figures';
import { modelListPath } from '../models/use-model-filters';

/** The year's figures, each opening the models it counts where the list can show exactly those (and there are some). */
export function FigureCards({ groups }: { groups: FigureGroup[] }) {
  return (
    <div className="figure-groups">
      {groups.map((group) => (
        <Card key={group.title} size="small" title={group.title} className="figure-group">
          <div className="figure-row">
            {group.figures.map((figure) => (
              <div key={figure.label} className="figure" role="group" aria-label={figure.label}>
                <div className="figure-value">
                  {figure.target && figure.value > 0 ? (
                    <Link to={modelListPath(figure.target)}>{formatNumber(figure.value)}</Link>
                  ) : (
                    formatNumber(figure.value)
                  )}
                </div>
                <div className="figure-label">{figure.label}</div>
                {figure.note && <div className="figure-note">({figure.note})</div>}
              </div>
            ))}
          </div>
        </Card>
      ))}
    </div>
  );
}

/** "Kết quả đạt được": the total of each outcome indicator, with its unit. */
export function OutcomeCard({ outcomes }: { outcomes: Dashboard['outcomes'] }) {
  return (
    <Card size="small" title="Kết quả đạt được" className="outcome-card">
      <div className="outcome-grid">
        {outcomes.map((o) => (
          <div key={o.indicatorId} className="outcome" role="group" aria-label={o.name}>
            <div className="outcome-value">{outcomeText(o)}</div>
            <div className="figure-label">{o.name}</div>
          </div>
        ))}
      </div>
    </Card>
  );
}
