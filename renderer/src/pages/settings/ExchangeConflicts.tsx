import { Radio, Table, Tag, Typography } from 'antd';
import type { ExchangeConflict } from '../../../../shared/contract/exchange';
import { formatDateTime } from '../../../../shared/format/date';

export type Choice = 'local' | 'incoming';
type Difference = ExchangeConflict['differences'][number];

const PAGE = 10;

/** "sửa 05/03/2023 08:00, chuyenvien" (who, where the record keeps it), or "đã xóa". */
const changed = (updatedAt: string | null, by: string | null = null) =>
  updatedAt ? `sửa ${formatDateTime(updatedAt)}${by ? `, ${by}` : ''}` : 'đã xóa';

/**
 * "Xung đột": records changed in both offices since they last met. Each shows both copies side by side (the
 * fields that differ, and when each side last changed it), so the staff keep one knowingly; the newer change
 * is chosen unless they pick the other.
 */
export function ExchangeConflicts({
  conflicts,
  office,
  choices,
  onChoose,
}: {
  conflicts: ExchangeConflict[];
  /** The sending office, as its package names it. */
  office: string;
  choices: Readonly<Record<string, Choice>>;
  onChoose: (key: string, choice: Choice) => void;
}) {
  return (
    <Table<ExchangeConflict>
      size="small"
      rowKey="key"
      // Two offices meeting for the first time may disagree on thousands of records: a page at a time.
      pagination={
        conflicts.length > PAGE ? { pageSize: PAGE, showSizeChanger: false, hideOnSinglePage: true } : false
      }
      dataSource={conflicts}
      expandable={{
        expandedRowKeys: conflicts.map((c) => c.key),
        showExpandColumn: false,
        expandedRowRender: (c) => <BothSides conflict={c} office={office} />,
      }}
      columns={[
        { title: 'Loại', width: 150, render: (_, c) => (c.year ? `${c.label} ${c.year}` : c.label) },
        { title: 'Bản ghi', dataIndex: 'title' },
        {
          title: 'Giữ bản nào',
          width: 380,
          render: (_, c) => (
            <Radio.Group
              aria-label={`Giữ bản nào: ${c.title}`}
              value={choices[c.key] ?? c.newer}
              onChange={(e) => onChoose(c.key, e.target.value as Choice)}
              options={[
                { value: 'local', label: side('Ở đây', changed(c.localUpdatedAt), c.newer === 'local') },
                {
                  value: 'incoming',
                  label: side('Trong gói', changed(c.incomingUpdatedAt), c.newer === 'incoming'),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}

function side(name: string, when: string, newer: boolean) {
  return (
    <span>
      {name} ({when}){newer && <Tag className="exchange-newer">mới hơn</Tag>}
    </span>
  );
}

/** The two copies of one record: what differs, or that one side deleted it. */
function BothSides({ conflict: c, office }: { conflict: ExchangeConflict; office: string }) {
  if (c.localUpdatedAt === null || c.incomingUpdatedAt === null) {
    return (
      <Typography.Text>
        {c.localUpdatedAt === null
          ? `Ở đây đã xóa bản ghi này; “${office}” ${changed(c.incomingUpdatedAt, c.incomingChangedBy)}.`
          : `“${office}” đã xóa bản ghi này; ở đây ${changed(c.localUpdatedAt, c.localChangedBy)}.`}
      </Typography.Text>
    );
  }
  return (
    <Table<Difference>
      className="exchange-sides"
      size="small"
      rowKey="label"
      pagination={false}
      dataSource={c.differences}
      columns={[
        { title: 'Nội dung', dataIndex: 'label', width: 190 },
        { title: `Ở đây (${changed(c.localUpdatedAt, c.localChangedBy)})`, dataIndex: 'local' },
        {
          title: `Trong gói của “${office}” (${changed(c.incomingUpdatedAt, c.incomingChangedBy)})`,
          dataIndex: 'incoming',
        },
      ]}
    />
  );
}
