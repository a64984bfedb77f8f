import {
  DeleteOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  PlusOutlined,
  RetweetOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { memo, startTransition, useCallback, useEffect, useMemo, useState, type Key } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { ModelFilter, ModelRow } from '../../../../shared/contract/models';
import { narrowsSearch, searchMatcher } from '../../../../shared/domain/model-search';
import { formatNumber } from '../../../../shared/format/number';
import { foldForSearch } from '../../../../shared/text/fold';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';
import { useContinueModels, useModelList } from '../../api/queries/models';
import { useSettings } from '../../api/queries/settings';
import { useCatalogues } from '../../api/queries/catalogues';
import { PageTitle } from '../../layout/PageTitle';
import { downloadBase64 } from '../../files/base64';
import { ImportModal } from '../../imports/ImportModal';
import { useDocumentExport } from '../../documents/use-document-export';
import { rememberListSearch } from '../../models/list-location';
import { ModelFilterBar } from '../../models/ModelFilterBar';
import { ModelSearchBox } from '../../models/ModelSearchBox';
import { ModelTable } from '../../models/ModelTable';
import { modelPath } from '../../models/paths';
import { useModelFilters } from '../../models/use-model-filters';

/** The same year and filters, whatever the search. */
const sameFilters = (a: ModelFilter, b: ModelFilter) =>
  JSON.stringify({ ...a, search: '' }) === JSON.stringify({ ...b, search: '' });

/** No model ticked: one array, so what shows the ticks is not drawn again at each key typed. */
const NONE: ModelRow[] = [];

/**
 * "Mô hình": every registered model, filtered on the backend and searched there or, while the search only
 * grows, among the rows already here; with the yearly carry-over.
 */
export function ModelListPage() {
  const settings = useSettings();
  const yearInUse = settings.data?.yearInUse ?? new Date().getFullYear();
  const { filter, update, page, setPage, sort, setSort } = useModelFilters(yearInUse);
  // The backend is asked for the filters and the shortest search since they were chosen: a longer search
  // only narrows the rows that answer holds, here, without a round trip.
  const [asked, setAsked] = useState(filter);
  const askedHolds = sameFilters(asked, filter) && narrowsSearch(asked.search ?? '', filter.search ?? '');
  if (!askedHolds) setAsked(filter);
  const list = useModelList(askedHolds ? asked : filter, settings.isSuccess);
  const location = useLocation();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<Key[]>([]);
  // What is typed in the search, ahead of the address and the backend (null: nothing typed since).
  const [typed, setTyped] = useState<string | null>(null);
  // A key typed repaints the box alone (its own state); the narrowing (a pass over every held row: 25,000 over
  // all years) and the page it shows follow in a transition the next key interrupts. Narrowed in the key's
  // own render, "duong giao thong" typed at speed took 700 ms to show its list instead of 280, each key
  // waiting for the last one's pass; deferred with useDeferredValue, each key still drew the whole page
  // (toolbar, filters) once more before the deferred render.
  const onType = useCallback((text: string) => startTransition(() => setTyped(text)), []);
  const onSearch = useCallback((search: string) => update({ search }), [update]);
  const shown = typed ?? filter.search ?? '';
  const catalogues = useCatalogues();
  const unitTexts = useMemo(
    () => new Map(catalogues.data?.units.map((u) => [u.id, foldForSearch(u.name)])),
    [catalogues.data],
  );
  // Narrowed only when the rows held are for the same year and filters, and a shorter search.
  const held = list.data && sameFilters(list.data.filter, filter) ? list.data : undefined;
  // Each held row's unit name, folded, looked up once per answer rather than at every key.
  const heldUnits = useMemo(() => held?.rows.map((r) => unitTexts.get(r.unitId) ?? ''), [held, unitTexts]);
  // Null until the first answer, so the count says it is loading rather than "0 found".
  const narrowed = useMemo(() => {
    if (!held || !heldUnits) return list.data?.rows ?? null;
    const answeredFor = held.filter.search ?? '';
    const query = foldForSearch(shown);
    if (!narrowsSearch(answeredFor, shown) || query === foldForSearch(answeredFor)) return held.rows;
    const found = searchMatcher(query);
    return held.rows.filter((_, i) => found(held.search[i]!, heldUnits[i]!));
  }, [held, heldUnits, list.data, shown]);
  const rows = useMemo(() => narrowed ?? [], [narrowed]);
  // The ticked rows the filters show: a ticked row they now hide is not part of the bulk action.
  const chosen = useMemo(() => {
    if (picked.length === 0) return NONE;
    const ticked = new Set(picked);
    return rows.filter((r) => ticked.has(r.id));
  }, [rows, picked]);
  const selected = useMemo(() => chosen.map((r) => r.id), [chosen]);

  useEffect(() => rememberListSearch(location.search), [location.search]);
  const open = useCallback((row: ModelRow) => navigate(modelPath(row)), [navigate]);

  return (
    <>
      <PageTitle>Mô hình</PageTitle>
      <ModelListToolbar
        chosen={chosen}
        canExport={rows.length > 0}
        filter={filter}
        // A list is imported into the year the list shows, or the year in use when it shows every year.
        importYear={filter.year ?? yearInUse}
        onType={onType}
        onSearch={onSearch}
        onContinued={setPicked}
      />
      <ModelFilterBar
        filter={filter}
        yearInUse={yearInUse}
        origins={list.data?.origins ?? NO_ORIGINS}
        onChange={update}
      />
      {list.isError ? (
        <Alert
          type="error"
          showIcon
          title="Không tải được danh sách mô hình"
          description={errorMessage(list.error)}
        />
      ) : (
        <>
          {/* A plain paragraph: antd's Typography measures itself at every key typed. */}
          <p className="list-count" aria-live="polite">
            {narrowed ? `Tìm thấy ${formatNumber(rows.length)} mô hình` : 'Đang tải danh sách…'}
          </p>
          <ModelTable
            rows={rows}
            loading={list.isPending}
            showOrigin={(list.data?.origins.length ?? 0) > 0}
            selected={selected}
            onSelect={setPicked}
            onOpen={open}
            // A search typed and not yet in the address shows its first page (the address's goes with it).
            page={shown !== (filter.search ?? '') ? 1 : page}
            onPage={setPage}
            sort={sort}
            onSort={setSort}
          />
        </>
      )}
    </>
  );
}

const NO_ORIGINS: readonly string[] = [];

/**
 * The list's actions and its search, with the import dialog they open. Drawn again only when the ticks, the
 * filters or whether there is anything to export change, not at every key typed.
 */
const ModelListToolbar = memo(function ModelListToolbar({
  chosen,
  canExport,
  filter,
  importYear,
  onType,
  onSearch,
  onContinued,
}: {
  chosen: ModelRow[];
  canExport: boolean;
  filter: ModelFilter;
  importYear: number;
  onType: (text: string) => void;
  onSearch: (search: string) => void;
  /** After "Duy trì": the ticks are cleared. */
  onContinued: (keys: Key[]) => void;
}) {
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const continueModels = useContinueModels();
  const [importing, setImporting] = useState(false);
  const [gettingTemplate, setGettingTemplate] = useState(false);
  const excel = useDocumentExport();

  const continueSelected = () => {
    const refs = chosen.map((r) => ({ year: r.year, id: r.id }));
    modal.confirm({
      title: `Duy trì ${formatNumber(refs.length)} mô hình sang năm sau?`,
      content:
        'Mỗi mô hình được chọn sẽ có một bản ghi mới ở năm sau, loại “Duy trì”, liên kết với mô hình này. Mô hình đã được duy trì từ trước sẽ không bị tạo lại.',
      okText: 'Duy trì',
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          const { created } = await continueModels.mutateAsync({ refs });
          const skipped = refs.length - created.length;
          message.success(
            `Đã tạo ${formatNumber(created.length)} mô hình duy trì sang năm sau.` +
              (skipped > 0 ? ` ${formatNumber(skipped)} mô hình đã được duy trì từ trước.` : ''),
          );
          onContinued([]);
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });
  };

  const downloadTemplate = async () => {
    setGettingTemplate(true);
    try {
      const file = await call('imports.template', { year: importYear });
      downloadBase64(file.fileName, file.dataBase64);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setGettingTemplate(false);
    }
  };

  return (
    <div className="list-toolbar">
      <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/mo-hinh/dang-ky')}>
        Đăng ký mô hình
      </Button>
      <Button icon={<RetweetOutlined />} disabled={chosen.length === 0} onClick={continueSelected}>
        Duy trì sang năm sau{chosen.length > 0 ? ` (${formatNumber(chosen.length)})` : ''}
      </Button>
      <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
        Nhập từ Excel
      </Button>
      <Button icon={<DownloadOutlined />} loading={gettingTemplate} onClick={downloadTemplate}>
        Tải mẫu Excel
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={excel.busy !== null}
        disabled={!canExport}
        onClick={() =>
          // Exactly the rows the filters show: the backend lists them with the same filters.
          void excel.run('models.xlsx', {
            kind: 'models',
            year: importYear,
            format: 'xlsx',
            filter,
          })
        }
      >
        Xuất Excel
      </Button>
      <Button icon={<DeleteOutlined />} onClick={() => navigate('/mo-hinh/thung-rac')}>
        Thùng rác
      </Button>
      <ModelSearchBox search={filter.search ?? ''} onType={onType} onSearch={onSearch} />
      <ImportModal year={importYear} open={importing} onClose={() => setImporting(false)} />
    </div>
  );
});
