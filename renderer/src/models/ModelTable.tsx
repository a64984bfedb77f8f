import { Button, Pagination, Table } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import type { Key } from 'react';
import {
  cloneElement,
  isValidElement,
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { ModelRow } from '../../../shared/contract/models';
import { modelStatuses } from '../../../shared/domain/lifecycle';
import { kindLabels } from '../../../shared/domain/model';
import { formatNumber } from '../../../shared/format/number';
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

/** Rows per page: the table is given one page, so what it does for each row costs nothing at a key typed. */
export const PAGE_SIZE = 100;

type Compare = (a: ModelRow, b: ModelRow) => number;

/**
 * Each order's place of every row of a list answer, computed once per order: a search narrows the answer's
 * own row objects, so its rows are put in order by their places (no comparison) instead of being sorted
 * with the Vietnamese collator again at every key (~100 ms over 20,000 rows).
 */
const placesByOrder = new WeakMap<Compare, { places: WeakMap<ModelRow, number>; size: number }>();

function sortRows(rows: ModelRow[], compare: Compare): ModelRow[] {
  let known = placesByOrder.get(compare);
  if (!known || !rows.every((row) => known!.places.has(row))) {
    const sorted = [...rows].sort(compare);
    known = { places: new WeakMap(sorted.map((row, i) => [row, i])), size: sorted.length };
    placesByOrder.set(compare, known);
  }
  const slots = new Array<ModelRow>(known.size);
  for (const row of rows) slots[known.places.get(row)!] = row;
  // One pass over the answer's places, no comparisons: filter drops the places no row took.
  return slots.filter(() => true);
}

/**
 * The models, a page of them at a time (a province holds 25,000), each page virtualised so it scrolls
 * smoothly. Sorting is local (the rows are all here); text sorts in Vietnamese order. Ticks hold across pages;
 * "Chọn tất cả N mô hình" ticks every row given. A row opens on click or Enter. Drawn again only when its
 * props change, not at every key typed in the search above it.
 */
export const ModelTable = memo(function ModelTable({
  rows,
  loading,
  showOrigin = false,
  selected,
  onSelect,
  onOpen,
  page,
  onPage,
}: {
  rows: ModelRow[];
  loading: boolean;
  /** Adds the "Đơn vị gửi" column (the office a data package brought a model from). */
  showOrigin?: boolean;
  selected: Key[];
  onSelect: (keys: Key[]) => void;
  onOpen: (row: ModelRow) => void;
  /** The page shown, from 1; past the last page, the last page. */
  page: number;
  onPage: (page: number) => void;
}) {
  const { unitName, fieldName } = useCatalogueNames();
  const box = useRef<HTMLDivElement>(null);
  // The table's own header, the footer (40 px: pages, "Chọn tất cả") and the page's bottom padding sit below
  // the scroll area's top.
  const { width, height } = useAvailableSize(box, 24 + 40 + 40);
  const widths = useMemo(() => columnWidths(width, showOrigin), [width, showOrigin]);
  useTableRoles(box, rows.length);
  const [sort, setSort] = useState<{ key: string; order: SortOrder } | null>(null);

  // The order of each sortable column, ascending; a column's sort names its key.
  const compares = useMemo<Record<string, Compare>>(
    () => ({
      year: (a, b) => a.year - b.year,
      title: byText((r) => r.title),
      kind: byText((r) => kindLabels[r.kind]),
      unit: byText((r) => unitName(r.unitId)),
      field: byText((r) => fieldName(r.fieldId)),
      place: byText(placeText),
      origin: byText((r) => r.origin ?? ''),
      status: (a, b) => statusRank.get(a.status)! - statusRank.get(b.status)!,
    }),
    [unitName, fieldName],
  );
  const compare = useMemo<Compare | null>(() => {
    const ascending = sort && compares[sort.key];
    if (!ascending) return null;
    return sort.order === 'descend' ? (a, b) => ascending(b, a) : ascending;
  }, [compares, sort]);
  const sorted = useMemo(() => (compare ? sortRows(rows, compare) : rows), [rows, compare]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(Math.max(page, 1), pages);
  const first = (current - 1) * PAGE_SIZE;
  const pageRows = useMemo(() => sorted.slice(first, first + PAGE_SIZE), [sorted, first]);
  // The ticks may hold rows the filters hide (a round's chooser keeps them): every row shown must be ticked.
  const allTicked = useMemo(() => {
    if (selected.length < rows.length) return false;
    const ticked = new Set(selected);
    return rows.every((r) => ticked.has(r.id));
  }, [rows, selected]);

  const columns = useMemo<ColumnsType<ModelRow>>(() => {
    const column = (key: string, title: string, width: number, render: (row: ModelRow) => ReactNode) => ({
      key,
      title,
      width,
      render: (_: unknown, row: ModelRow) => render(row),
      // Sorted here, over every page: the table holds one.
      sorter: true,
      sortOrder: sort?.key === key ? sort.order : null,
      onCell: () => ({ role: 'cell' }),
    });
    return [
      column('year', 'Năm', widths.year, (r) => r.year),
      column('title', 'Tên mô hình', widths.title, (r) => (
        <div className="model-title-cell" title={r.title}>
          {r.title}
        </div>
      )),
      column('kind', 'Hình thức', widths.kind, (r) => kindLabels[r.kind]),
      { ...column('unit', 'Đơn vị đăng ký', widths.unit, (r) => unitName(r.unitId)), ellipsis: true },
      { ...column('field', 'Lĩnh vực', widths.field, (r) => fieldName(r.fieldId)), ellipsis: true },
      { ...column('place', 'Địa bàn', widths.place, placeText), ellipsis: true },
      ...(showOrigin
        ? [{ ...column('origin', 'Đơn vị gửi', widths.origin, (r) => r.origin ?? ''), ellipsis: true }]
        : []),
      column('status', 'Trạng thái', widths.status, (r) => <StatusTag status={r.status} />),
    ];
  }, [unitName, fieldName, widths, showOrigin, sort]);

  return (
    <div ref={box}>
      <Table<ModelRow>
        virtual
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={pageRows}
        loading={loading}
        pagination={false}
        onChange={(_pagination, _filters, sorter) => {
          const by = Array.isArray(sorter) ? sorter[0] : sorter;
          setSort(by?.order ? { key: String(by.columnKey), order: by.order } : null);
          onPage(1);
        }}
        scroll={{ x: Object.values(widths).reduce((a, b) => a + b, 0), y: height }}
        showSorterTooltip={false}
        // Nothing under the spinner while the rows come: they are not known yet to match nothing.
        locale={{ emptyText: loading ? <span /> : 'Không có mô hình nào khớp với bộ lọc.' }}
        rowSelection={{
          // The ticks of other pages stay when this page's are changed.
          preserveSelectedRowKeys: true,
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
          'aria-rowindex': first + (index ?? 0) + 2,
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
      <div className="model-table-footer">
        <span>
          {pages > 1 && !allTicked && (
            <Button type="link" onClick={() => onSelect(rows.map((r) => r.id))}>
              Chọn tất cả {formatNumber(rows.length)} mô hình
            </Button>
          )}
          {selected.length > 0 && (
            <Button type="link" onClick={() => onSelect([])}>
              Bỏ chọn tất cả
            </Button>
          )}
        </span>
        <Pagination
          current={current}
          total={rows.length}
          pageSize={PAGE_SIZE}
          showSizeChanger={false}
          hideOnSinglePage
          onChange={onPage}
          // antd names the list items around the arrow buttons, not the buttons a screen reader lands on.
          itemRender={(_, type, element) =>
            (type === 'prev' || type === 'next') && isValidElement<{ 'aria-label'?: string }>(element)
              ? cloneElement(element, { 'aria-label': type === 'prev' ? 'Trang trước' : 'Trang sau' })
              : element
          }
        />
      </div>
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
