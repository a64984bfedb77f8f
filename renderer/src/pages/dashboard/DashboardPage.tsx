import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Spin } from 'antd';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { useSettings } from '../../api/queries/settings';
import { PageTitle } from '../../layout/PageTitle';
import { ChartCard } from '../../dashboard/ChartCard';
import { DashboardFilterBar } from '../../dashboard/DashboardFilterBar';
import { FigureCards, OutcomeCard } from '../../dashboard/FigureCards';
import { narrowingSearch, useDashboardFilter } from '../../dashboard/filter';
import { useDashboardView } from '../../dashboard/use-dashboard-view';
import { useDrawnInTurn } from '../../dashboard/use-drawn-in-turn';
import '../../dashboard/dashboard.css';

/** "Tổng quan": how the year's movement is going at a glance, every number leading to its models. */
export function DashboardPage() {
  const settings = useSettings();
  const yearInUse = settings.data?.yearInUse ?? new Date().getFullYear();
  const { filter, update } = useDashboardFilter(yearInUse);
  const { query, charts, figures } = useDashboardView(filter, settings.isSuccess);
  // The first row of charts comes with the figures; those below the fold follow, one a frame.
  const drawn = useDrawnInTurn(charts.length, 2);
  const navigate = useNavigate();

  return (
    <>
      <div className="dashboard-header">
        <PageTitle>Tổng quan</PageTitle>
        <Button
          icon={<PrinterOutlined />}
          disabled={!query.data}
          onClick={() => navigate(`/in/tong-quan/${filter.year}${narrowingSearch(filter)}`)}
        >
          In
        </Button>
      </div>
      <DashboardFilterBar
        filter={filter}
        yearInUse={yearInUse}
        ready={settings.isSuccess}
        onChange={update}
      />
      {query.isError ? (
        <Alert
          type="error"
          showIcon
          title="Không tải được số liệu tổng quan"
          description={errorMessage(query.error)}
        />
      ) : !query.data ? (
        <Spin className="dashboard-loading" />
      ) : (
        <div
          className={query.isPlaceholderData ? 'dashboard dashboard-stale' : 'dashboard'}
          aria-busy={query.isPlaceholderData}
        >
          <FigureCards groups={figures} />
          <OutcomeCard outcomes={query.data.outcomes} />
          <div className="chart-grid">
            {charts.map((spec, i) => (
              <ChartCard key={spec.key} spec={spec} drawn={i < drawn} />
            ))}
          </div>
        </div>
      )}
    </>
  );
}
