import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Key } from 'react';
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ModelRow } from '../../../shared/contract/models';
import { modelStatuses } from '../../../shared/domain/lifecycle';
import { kindLabels } from '../../../shared/domain/model';
import { vietnameseCollator } from '../../../shared/text/collate';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { useAvailableSize } from '../layout/use-available-size';
import { placeText } from '../../../shared/documents/document-context';
import { StatusTag } from './status-tag';

const byText =
  <T,>(text: (row: T) => string) =>
  (a: T, b: T) =>
    vietnameseCollator.compare(text(a), text(b));

/** Narrowest readable widths; at 1366 px (the office's usual screen) the columns fit without scrolling. */
const base = { select: 40, year: 76, title: 240, kind: 100, unit: 170, field: 140, place: 170, status: 130 };
/** With "Đơn vị gửi" (only where some model came in a data package) the names give it room. */
const withOrigin = { ...base, title: 200, unit: 140, field: 120, place: 130, origin: 140 };
const SCROLLBAR_WIDTH = 16;

/**
 * A virtual table lays out fixed widths only. Room beyond the minimum goes half to the title, half to the
 * names that otherwise get cut (unit, field, place, and the sending office when shown).
 */
function columnWidths(available: number, showOrigin: boolean) {
  const least = showOrigin ? withOrigin : { ...base, origin: 0 };
  const extra = Math.max(0, available - SCROLLBAR_WIDTH - Object.values(least).reduce((a, b) => a + b, 0));
  const names = showOrigin ? 4 : 3;
  const share = Math.floor(extra / (2 * names));
  return {
    ...least,
    title: least.title + extra - names * share,
    unit: least.unit + share,
    field: least.field + share,
    place: least.place + share,
    origin: showOrigin ? least.origin + share : 0,
  };
}

/** Lifecycle order, not alphabetical: "Đã đăng ký" before "Công nhận". */
const statusRank = new Map(modelStatuses.map((s, i) => [s, i]));

/**
 * The models, virtualised so a province's 25,000 rows scroll smoothly. Sorting is local (the rows are all
 * here); text sorts in Vietnamese order. A row opens on click or Enter. Drawn again only when its props
 * change, not at every key typed in the search above it.
 */
export const ModelTable = memo(function ModelTable({
  rows,
  loading,
  showOrigin = false,
  selected,
  onSelect,
  onOpen,
}: {
  rows: ModelRow[];
  loading: boolean;
  /** Adds the "Đơn vị gửi" column (the office a data package brought a model from). */
  showOrigin?: boolean;
  selected: Key[];
  onSelect: (keys: Key[]) => void;
  onOpen: (row: ModelRow) => void;
}) {
  const { unitName, fieldName } = useCatalogueNames();
  const box = useRef<HTMLDivElement>(null);
  // The table's own header and the page's bottom padding sit below the scroll area's top.
  const { width, height } = useAvailableSize(box, 24 + 40);
  const widths = useMemo(() => columnWidths(width, showOrigin), [width, showOrigin]);
  useTableRoles(box, rows.length);

  const columns = useMemo<ColumnsType<ModelRow>>(
    () =>
      (
        [
          { title: 'Năm', dataIndex: 'year', width: widths.year, sorter: (a, b) => a.year - b.year },
          {
            title: 'Tên mô hình',
            dataIndex: 'title',
            width: widths.title,
            render: (_, r) => (
              <div className="model-title-cell" title={r.title}>
                {r.title}
              </div>
            ),
            sorter: byText((r) => r.title),
          },
          {
            title: 'Hình thức',
            dataIndex: 'kind',
            width: widths.kind,
            render: (_, r) => kindLabels[r.kind],
            sorter: byText((r) => kindLabels[r.kind]),
          },
          {
            title: 'Đơn vị đăng ký',
            key: 'unit',
            width: widths.unit,
            ellipsis: true,
            render: (_, r) => unitName(r.unitId),
            sorter: byText((r) => unitName(r.unitId)),
          },
          {
            title: 'Lĩnh vực',
            key: 'field',
            width: widths.field,
            ellipsis: true,
            render: (_, r) => fieldName(r.fieldId),
            sorter: byText((r) => fieldName(r.fieldId)),
          },
          {
            title: 'Địa bàn',
            key: 'place',
            width: widths.place,
            ellipsis: true,
            render: (_, r) => placeText(r),
            sorter: byText(placeText),
          },
          ...(showOrigin
            ? [
                {
                  title: 'Đơn vị gửi',
                  key: 'origin',
                  width: widths.origin,
                  ellipsis: true,
                  render: (_: unknown, r: ModelRow) => r.origin ?? '',
                  sorter: byText((r: ModelRow) => r.origin ?? ''),
                },
              ]
            : []),
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: widths.status,
            render: (_, r) => <StatusTag status={r.status} />,
            sorter: (a, b) => statusRank.get(a.status)! - statusRank.get(b.status)!,
          },
        ] satisfies ColumnsType<ModelRow>
      ).map((column) => ({ ...column, onCell: () => ({ role: 'cell' }) })),
    [unitName, fieldName, widths, showOrigin],
  );

  return (
    <div ref={box}>
      <Table<ModelRow>
        virtual
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: Object.values(widths).reduce((a, b) => a + b, 0), y: height }}
        showSorterTooltip={false}
        // Nothing under the spinner while the rows come: they are not known yet to match nothing.
        locale={{ emptyText: loading ? <span /> : 'Không có mô hình nào khớp với bộ lọc.' }}
        rowSelection={{
          onCell: () => ({ role: 'cell' }),
          selectedRowKeys: selected,
          onChange: onSelect,
          columnWidth: widths.select,
          getCheckboxProps: (row) => ({ 'aria-label': `Chọn “${row.title}”` }),
          getTitleCheckboxProps: () => ({ 'aria-label': 'Chọn tất cả' }),
        }}
        rowClassName={() => 'clickable-row'}
        onRow={(row, index) => ({
          // The virtual body is drawn in <div>s: say what they are, so the rows read as a table's rows;
          // only the rows in view are drawn, so each says its place (the header row is row 1).
          role: 'row',
          'aria-rowindex': (index ?? 0) + 2,
          tabIndex: 0,
          onClick: (event) => {
            // Ticking the checkbox selects the row; it does not open it.
            if (!(event.target as Element).closest('.ant-table-selection-column')) onOpen(row);
          },
          onKeyDown: (event) => {
            if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(row);
          },
        })}
      />
    </div>
  );
});

/**
 * The virtual table draws its header as a <table> of its own and its rows as <div>s: one table for assistive
 * technology is made by giving the parts their roles (the header's <table> becomes a plain box holding a
 * row group of header cells; the body's rows sit in a row group). Set again whenever the header is redrawn.
 */
function useTableRoles(box: RefObject<HTMLDivElement | null>, rowCount: number): void {
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const apply = () => {
      const set = (selector: string, role: string) => {
        for (const el of root.querySelectorAll(selector)) {
          if (el.getAttribute('role') !== role) el.setAttribute('role', role);
        }
      };
      // The table is the container of header and body (not the wrapper: a live loading region sits between).
      set('.ant-table-container', 'table');
      const table = root.querySelector('.ant-table-container');
      table?.setAttribute('aria-label', 'Danh sách mô hình');
      // Every row, not only those drawn: the header row and the models.
      table?.setAttribute('aria-rowcount', String(rowCount + 1));
      root.querySelector('.ant-table-header thead tr')?.setAttribute('aria-rowindex', '1');
      set('.ant-table-header table', 'presentation');
      set('.ant-table-header colgroup', 'presentation');
      set('.ant-table-header thead', 'rowgroup');
      set('.ant-table-header thead tr', 'row');
      set('.ant-table-header thead th', 'columnheader');
      set('.ant-table-tbody-virtual', 'rowgroup');
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [box, rowCount]);
}
