import { PlusOutlined } from '@ant-design/icons';
import { Button, Skeleton, Tabs } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useSettings } from '../../api/queries/settings';
import { PageTitle } from '../../layout/PageTitle';
import { roundCreatePath } from '../../evaluation/paths';
import { RoundsTable } from '../../evaluation/RoundsTable';
import { RubricsPanel } from '../../evaluation/RubricsPanel';
import { useYearParam } from '../../evaluation/use-year-param';
import { YearSelect } from '../../evaluation/YearSelect';

const RUBRICS_TAB = 'tieu-chi';

/** "Đánh giá" (/danh-gia): the rounds of a year and the rubrics. The open tab is in the address. */
export function EvaluationPage() {
  const navigate = useNavigate();
  const settings = useSettings();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useYearParam();
  const tab = params.get('bang') === RUBRICS_TAB ? RUBRICS_TAB : 'dot';

  return (
    <>
      <PageTitle>Đánh giá</PageTitle>
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (key === RUBRICS_TAB) next.set('bang', key);
              else next.delete('bang');
              return next;
            },
            { replace: true },
          )
        }
        items={[
          {
            key: 'dot',
            label: 'Đợt đánh giá',
            children:
              year === null || !settings.data ? (
                <Skeleton active />
              ) : (
                <>
                  <div className="list-toolbar">
                    <YearSelect value={year} yearInUse={settings.data.yearInUse} onChange={setYear} />
                    <Button
                      type="primary"
                      icon={<PlusOutlined />}
                      onClick={() => navigate(roundCreatePath(year))}
                    >
                      Tạo đợt đánh giá
                    </Button>
                  </div>
                  <RoundsTable year={year} />
                </>
              ),
          },
          { key: RUBRICS_TAB, label: 'Bộ tiêu chí', children: <RubricsPanel /> },
        ]}
      />
    </>
  );
}
