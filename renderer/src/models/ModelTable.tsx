import { Button, Pagination, Spin } from 'antd';
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Key,
  type ReactNode,
} from 'react';
import type { ModelRow } from '../../../shared/contract/models';
import { placeText } from '../../../shared/documents/document-context';
import { modelStatuses } from '../../../shared/domain/lifecycle';
import { kindLabels } from '../../../shared/domain/model';
import { formatNumber } from '../../../shared/format/number';
import { vietnameseCollator } from '../../../shared/text/collate';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { useAvailableSize } from '../layout/use-available-size';
import { StatusTag } from './status-tag';
import type { ModelSort, SortKey } from './use-model-filters';
import './model-table.css';

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
 * Room beyond the minimum goes half to the title, half to the names that otherwise get cut (unit, field,
 * place, and the sending office when shown). The vertical scrollbar's width is kept aside; where there is
 * none, the last column takes it.
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
/** Every row's height: two lines of title (model-table.css). */
const ROW_HEIGHT = 55;
const HEADER_HEIGHT = 39;
/** Rows drawn beyond each edge of the box, so a short scroll shows rows already there. */
const OVERSCAN = 4;

type Compare = (a: ModelRow, b: ModelRow) => number;

/**
 * A column: its cell, or for a name cut to one line (unit, field, place, sending office) the text, which the
 * cell shows with "…" and in full on hover.
 */
type Column = { key: SortKey; title: string } & (
  { cell: (row: ModelRow) => ReactNode } | { text: (row: ModelRow) => string }
);

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

const sorterIcon = (
  <span className="model-table-sorter" aria-hidden="true">
    <svg viewBox="0 0 1024 1024" className="model-table-sorter-up">
      <path d="M858.9 689L530.5 308.2c-9.4-10.9-27.5-10.9-37 0L165.1 689c-12.2 14.2-1.2 35 18.5 35h656.8c19.7 0 30.7-20.8 18.5-35z" />
    </svg>
    <svg viewBox="0 0 1024 1024" className="model-table-sorter-down">
      <path d="M840.4 300H183.6c-19.7 0-30.7 20.8-18.5 35l328.4 380.8c9.4 10.9 27.5 10.9 37 0L858.9 335c12.2-14.2 1.2-35-18.5-35z" />
    </svg>
  </span>
);

/**
 * The models, a page of them at a time (a province holds 25,000), in a plain <table>: a key typed in the search
 * replaces the page's rows, and each row is a dozen elements with no component of its own inside; only the
 * rows in view are drawn. Sorting is local (the
 * rows are all here); text sorts in Vietnamese order. Ticks hold across pages; "Chọn tất cả N mô hình" ticks
 * every row given. A row opens on click or Enter. Drawn again only when its props change, not at every key
 * typed in the search above it.
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
  sort,
  onSort,
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
  /** The order shown, by one column; none: as given. Another order is shown from its first page. */
  sort: ModelSort | null;
  onSort: (sort: ModelSort | null) => void;
}) {
  const { unitName, fieldName } = useCatalogueNames();
  const box = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // The footer (40 px: pages, "Chọn tất cả") and the page's bottom padding sit below the table's box.
  const { width, height } = useAvailableSize(box, 40 + 24);
  const widths = useMemo(() => columnWidths(width, showOrigin), [width, showOrigin]);

  const columns = useMemo<Column[]>(
    () => [
      { key: 'year', title: 'Năm', cell: (r) => r.year },
      {
        key: 'title',
        title: 'Tên mô hình',
        cell: (r) => (
          <div className="model-title-cell" title={r.title}>
            {r.title}
          </div>
        ),
      },
      { key: 'kind', title: 'Hình thức', cell: (r) => kindLabels[r.kind] },
      { key: 'unit', title: 'Đơn vị đăng ký', text: (r) => unitName(r.unitId) },
      { key: 'field', title: 'Lĩnh vực', text: (r) => fieldName(r.fieldId) },
      { key: 'place', title: 'Địa bàn', text: placeText },
      ...(showOrigin
        ? [{ key: 'origin', title: 'Đơn vị gửi', text: (r: ModelRow) => r.origin ?? '' } as const]
        : []),
      { key: 'status', title: 'Trạng thái', cell: (r) => <StatusTag status={r.status} /> },
    ],
    [unitName, fieldName, showOrigin],
  );

  // The order of each sortable column, ascending.
  const compares = useMemo<Record<SortKey, Compare>>(
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
    if (!sort) return null;
    const ascending = compares[sort.key];
    return sort.order === 'descend' ? (a, b) => ascending(b, a) : ascending;
  }, [compares, sort]);
  const sorted = useMemo(() => (compare ? sortRows(rows, compare) : rows), [rows, compare]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(Math.max(page, 1), pages);
  const first = (current - 1) * PAGE_SIZE;
  const pageRows = useMemo(() => sorted.slice(first, first + PAGE_SIZE), [sorted, first]);
  const ticked = useMemo(() => new Set(selected), [selected]);
  // The ticks may hold rows the filters hide (a round's chooser keeps them): every row shown must be ticked.
  // Walked again only when the rows or the ticks change, not at each scroll (after "Chọn tất cả N", 25,000).
  const allTicked = useMemo(
    () => selected.length >= rows.length && rows.every((r) => ticked.has(r.id)),
    [selected, rows, ticked],
  );
  const pageTicked = pageRows.filter((r) => ticked.has(r.id)).length;

  // Only the rows in view (and a few either side) are drawn, between two empty rows as high as the rest: a
  // key typed lays out and paints a dozen rows, not a page of them. Every row is as high (ROW_HEIGHT), so
  // where each one sits is known without measuring it. The first row in view is kept with the page it was
  // scrolled on: another page (a search, a sort, the pages below) is shown from its top.
  const [scrolled, setScrolled] = useState({ rows: pageRows, top: 0 });
  const topRow = scrolled.rows === pageRows ? scrolled.top : 0;
  const start = Math.max(0, topRow - OVERSCAN);
  const end = Math.min(pageRows.length, topRow + Math.ceil((height - HEADER_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  // Set only when scrolled: setting it lays the page out there and then, at every key typed.
  const scrolledAway = useRef(false);
  useLayoutEffect(() => {
    if (!scrolledAway.current || !scroller.current) return;
    scroller.current.scrollTop = 0;
    scrolledAway.current = false;
  }, [pageRows]);

  const sortBy = (key: SortKey) => {
    // antd's cycle: ascending, descending, as given.
    const order = sort?.key !== key ? 'ascend' : sort.order === 'ascend' ? 'descend' : null;
    onSort(order ? { key, order } : null);
  };
  const tickPage = (tick: boolean) => {
    const ids = new Set(pageRows.map((r) => r.id));
    onSelect(
      tick
        ? [...selected.filter((k) => !ids.has(String(k))), ...ids]
        : selected.filter((k) => !ids.has(String(k))),
    );
  };
  const tick = useCallback(
    (id: string, on: boolean) => onSelect(on ? [...selected, id] : selected.filter((k) => k !== id)),
    [selected, onSelect],
  );
  const rowOf = (target: EventTarget) => {
    const place = (target as Element).closest('tr')?.dataset.place;
    return place === undefined ? undefined : pageRows[Number(place)];
  };

  return (
    <div ref={box}>
      <div
        className="model-table-box"
        ref={scroller}
        style={{ maxHeight: height }}
        onScroll={(event) => {
          const { scrollTop } = event.currentTarget;
          scrolledAway.current = scrollTop > 0;
          const top = Math.floor(scrollTop / ROW_HEIGHT);
          // A scroll within a row (or sideways) draws nothing new.
          if (top !== topRow) setScrolled({ rows: pageRows, top });
        }}
      >
        <table
          className="model-table"
          aria-label="Danh sách mô hình"
          aria-rowcount={rows.length + 1}
          style={{ minWidth: Object.values(widths).reduce((a, b) => a + b, 0) }}
        >
          <colgroup>
            <col style={{ width: widths.select }} />
            {columns.map((c) => (
              // The last column takes what is left (the scrollbar's room where there is none).
              <col key={c.key} style={c.key === 'status' ? undefined : { width: widths[c.key] }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="model-table-select">
                <input
                  type="checkbox"
                  className="model-table-check"
                  // It ticks this page; "Chọn tất cả N mô hình" below ticks every page.
                  aria-label="Chọn các mô hình trên trang này"
                  checked={pageRows.length > 0 && pageTicked === pageRows.length}
                  ref={(input) => {
                    if (input) input.indeterminate = pageTicked > 0 && pageTicked < pageRows.length;
                  }}
                  disabled={pageRows.length === 0}
                  onChange={(e) => tickPage(e.target.checked)}
                />
              </th>
              {columns.map((c) => {
                const order = sort?.key === c.key ? sort.order : undefined;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={
                      order === 'ascend' ? 'ascending' : order === 'descend' ? 'descending' : undefined
                    }
                    className={order ? `model-table-sorted-${order}` : undefined}
                  >
                    {/* Sorted here, over every page: the table holds one. */}
                    <button type="button" onClick={() => sortBy(c.key)}>
                      <span>{c.title}</span>
                      {sorterIcon}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody
            // One handler for every row: a row is its elements only.
            onClick={(event) => {
              const row = rowOf(event.target);
              // Ticking the checkbox selects the row; it does not open it.
              if (row && !(event.target as Element).closest('.model-table-select')) onOpen(row);
            }}
            onKeyDown={(event) => {
              const row = rowOf(event.target);
              if (row && event.key === 'Enter' && (event.target as Element).tagName === 'TR') onOpen(row);
            }}
          >
            {start > 0 && <Spacer rows={start} columns={columns.length + 1} />}
            {pageRows.slice(start, end).map((row, i) => (
              <ModelTableRow
                key={row.id}
                row={row}
                place={start + i}
                rowIndex={first + start + i + 2}
                ticked={ticked.has(row.id)}
                columns={columns}
                onTick={tick}
              />
            ))}
            {end < pageRows.length && <Spacer rows={pageRows.length - end} columns={columns.length + 1} />}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className="model-table-empty">
                  {/* Nothing said while the rows come: they are not known yet to match nothing. */}
                  {loading ? <Spin /> : 'Không có mô hình nào khớp với bộ lọc.'}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
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
          // Its arrows are named "Trang trước" / "Trang sau" as in every paged table (a11y/quiet-icons.ts).
          onChange={onPage}
        />
      </div>
    </div>
  );
});

/** The room of `rows` rows not drawn, so the box scrolls as if they were. */
function Spacer({ rows, columns }: { rows: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="model-table-spacer">
      <td colSpan={columns} style={{ height: rows * ROW_HEIGHT }} />
    </tr>
  );
}

/** One model's row; drawn again only when its place, its tick or the columns change. */
const ModelTableRow = memo(function ModelTableRow({
  row,
  place,
  rowIndex,
  ticked,
  columns,
  onTick,
}: {
  row: ModelRow;
  /** Its place on the page, from 0: the table's handlers find the row by it. */
  place: number;
  /** Its place among every row, the header row being 1. */
  rowIndex: number;
  ticked: boolean;
  columns: Column[];
  onTick: (id: string, on: boolean) => void;
}) {
  return (
    <tr
      data-place={place}
      aria-rowindex={rowIndex}
      tabIndex={0}
      className={ticked ? 'model-table-row model-table-ticked' : 'model-table-row'}
    >
      <td className="model-table-select">
        <input
          type="checkbox"
          className="model-table-check"
          aria-label={`Chọn “${row.title}”`}
          checked={ticked}
          onChange={(e) => onTick(row.id, e.target.checked)}
        />
      </td>
      {columns.map((c) => {
        if ('cell' in c) return <td key={c.key}>{c.cell(row)}</td>;
        const text = c.text(row);
        return (
          <td key={c.key} className="model-table-cut" title={text}>
            {text}
          </td>
        );
      })}
    </tr>
  );
});
