import { FileExcelOutlined, FileWordOutlined, FolderOpenOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Select, Space, Spin, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { DocumentKind } from '../../../../shared/contract/documents';
import { formatDate } from '../../../../shared/format/date';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';
import { useRounds } from '../../api/queries/evaluation';
import { useSettings } from '../../api/queries/settings';
import { PageTitle } from '../../layout/PageTitle';
import { useDashboardView } from '../../dashboard/use-dashboard-view';
import { reportCharts } from '../../documents/report-charts';
import type { SavedFile } from '../../documents/save-built-file';
import { useDocumentExport, type BuildInput } from '../../documents/use-document-export';
import { useYearParam } from '../../evaluation/use-year-param';
import { YearSelect } from '../../evaluation/YearSelect';

interface DocumentEntry {
  kind: DocumentKind;
  title: string;
  description: string;
  word: boolean;
  excel: boolean;
  /** The print view's address, or null when the document has none. */
  print: string | null;
  /** Why it cannot be made now, or null. */
  unavailable?: string | null;
  extra?: ReactNode;
}

/**
 * "Báo cáo": every document the office hands on for the chosen year, each with "Xuất Word", "Xuất Excel" and
 * "In" where it has them. Files are built on the backend from the same document model as the print views,
 * then saved through the window (a save dialog in the desktop app, a download in the browser).
 */
export function ReportsPage() {
  const settings = useSettings();
  const [year, setYear] = useYearParam();
  const rounds = useRounds(year);
  const [chosenRound, setChosenRound] = useState<string | null>(null);
  const { run, busy, saved } = useDocumentExport();
  const { charts } = useDashboardView({ year: year ?? 0 }, year !== null);
  const navigate = useNavigate();

  const roundOptions = useMemo(
    () =>
      [...(rounds.data ?? [])]
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((r) => ({ value: r.id, label: `${r.name} (${formatDate(`${r.date}T00:00:00`)})` })),
    [rounds.data],
  );
  const roundId = roundOptions.some((o) => o.value === chosenRound)
    ? chosenRound
    : (roundOptions[0]?.value ?? null);

  if (settings.error) return <Alert type="error" showIcon title={errorMessage(settings.error)} />;
  if (!settings.data || year === null) return <Spin />;

  const documents: DocumentEntry[] = [
    {
      kind: 'annual-report',
      title: `Báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm ${year}`,
      description:
        'Số liệu đăng ký, đánh giá, kết quả đạt được, mô hình tiêu biểu, khen thưởng (lấy đúng số liệu của Tổng quan); phụ lục bảng số liệu và biểu đồ. Các phần cần tự viết được tô vàng.',
      word: true,
      excel: false,
      print: null,
    },
    {
      kind: 'models',
      title: `Danh sách mô hình đăng ký năm ${year}`,
      description: 'Mọi mô hình đăng ký trong năm. Danh sách đã lọc: dùng nút “Xuất Excel” ở trang Mô hình.',
      word: true,
      excel: true,
      print: `/in/danh-sach-mo-hinh/${year}`,
    },
    {
      kind: 'recognised',
      title: `Danh sách mô hình được công nhận năm ${year}`,
      description:
        'Mô hình tiêu biểu, rồi mô hình được công nhận, với điểm trung bình của đợt đánh giá đã chốt.',
      word: true,
      excel: true,
      print: `/in/cong-nhan/${year}`,
    },
    {
      kind: 'round-summary',
      title: 'Bảng tổng hợp kết quả chấm điểm',
      description:
        'Điểm của từng thành viên, điểm trung bình, xếp hạng và kết quả của mỗi mô hình trong đợt.',
      word: true,
      excel: true,
      print: roundId ? `/in/bang-tong-hop/${year}/${roundId}` : null,
      unavailable: rounds.isPending ? null : roundId ? null : `Năm ${year} chưa có đợt đánh giá.`,
      extra: roundOptions.length > 0 && (
        <Select
          aria-label="Đợt đánh giá"
          value={roundId}
          onChange={setChosenRound}
          options={roundOptions}
          style={{ minWidth: 280 }}
        />
      ),
    },
    {
      kind: 'commendations',
      title: `Danh sách đề nghị khen thưởng năm ${year}`,
      description: 'Các mô hình được đề nghị khen thưởng và các quyết định khen thưởng đã có.',
      word: true,
      excel: true,
      print: `/in/khen-thuong/${year}`,
    },
  ];

  const exportAs = (doc: DocumentEntry, format: 'docx' | 'xlsx') => {
    const input: BuildInput =
      doc.kind === 'annual-report'
        ? { kind: doc.kind, year }
        : { kind: doc.kind, year, format, ...(doc.kind === 'round-summary' && roundId ? { roundId } : {}) };
    const prepare =
      doc.kind === 'annual-report' ? async () => ({ charts: await reportCharts(charts) }) : undefined;
    void run(`${doc.kind}.${format}`, input, prepare);
  };

  return (
    <>
      <PageTitle>Báo cáo</PageTitle>
      <div className="list-toolbar">
        <YearSelect value={year} yearInUse={settings.data.yearInUse} onChange={setYear} />
      </div>
      {saved && <SavedNotice saved={saved} />}
      <List
        className="reports-list"
        bordered
        dataSource={documents}
        renderItem={(doc) => (
          <List.Item
            aria-label={doc.title}
            actions={[
              doc.word && (
                <Button
                  key="word"
                  icon={<FileWordOutlined />}
                  loading={busy === `${doc.kind}.docx`}
                  disabled={Boolean(doc.unavailable) || (busy !== null && busy !== `${doc.kind}.docx`)}
                  onClick={() => exportAs(doc, 'docx')}
                >
                  Xuất Word
                </Button>
              ),
              doc.excel && (
                <Button
                  key="excel"
                  icon={<FileExcelOutlined />}
                  loading={busy === `${doc.kind}.xlsx`}
                  disabled={Boolean(doc.unavailable) || (busy !== null && busy !== `${doc.kind}.xlsx`)}
                  onClick={() => exportAs(doc, 'xlsx')}
                >
                  Xuất Excel
                </Button>
              ),
              doc.print && (
                <Button key="print" icon={<PrinterOutlined />} onClick={() => navigate(doc.print!)}>
                  In
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={doc.title}
              description={
                <Space direction="vertical" size={4}>
                  <span>{doc.unavailable ?? doc.description}</span>
                  {doc.extra}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}

/** The file just written, with "Mở tệp" and "Mở thư mục" in the desktop app; the browser has downloaded it. */
function SavedNotice({ saved }: { saved: SavedFile }) {
  const { message } = App.useApp();
  const { path } = saved;
  const show = async (channel: 'files.open' | 'files.showInFolder') => {
    if (!path) return;
    try {
      await call(channel, { path });
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Alert
      style={{ marginBottom: 16 }}
      type="success"
      showIcon
      title={path ? `Đã lưu tệp “${saved.fileName}”` : `Đã tải tệp “${saved.fileName}” về máy`}
      description={
        path ? (
          <Typography.Text code>{path}</Typography.Text>
        ) : (
          'Tệp nằm trong thư mục Tải xuống của trình duyệt.'
        )
      }
      action={
        path && (
          <Space>
            <Button size="small" onClick={() => void show('files.open')}>
              Mở tệp
            </Button>
            <Button
              size="small"
              icon={<FolderOpenOutlined />}
              onClick={() => void show('files.showInFolder')}
            >
              Mở thư mục
            </Button>
          </Space>
        )
      }
    />
  );
}
