import { Alert, App, Checkbox, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ImportMapping, ImportRow } from '../../../shared/contract/imports';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract/imports';
import { kindLabels, registrationLabels } from '../../../shared/domain/model';
import { blockingRows, mappingKey } from '../../../shared/domain/registration-import';
import { formatNumber } from '../../../shared/format/number';
import { errorMessage } from '../api/api-error';
import { useCatalogues } from '../api/queries/catalogues';
import { useCommitImport, usePreviewImport } from '../api/queries/imports';
import { FilePreviewPicker } from '../files/FilePreviewPicker';
import { useFilePreview } from '../files/use-file-preview';

type Kind = 'units' | 'fields';
type Mappings = Record<Kind, Record<string, ImportMapping>>;
const CREATE = '__create__';
const kindTitle: Record<Kind, string> = { units: 'Đơn vị đăng ký', fields: 'Lĩnh vực' };

/**
 * "Nhập từ Excel": choose a list, see what every row becomes and every problem by row, map or create the
 * unknown units and fields, then "Nhập N mô hình". Nothing is written before that button.
 */
export function ImportModal({ year, open, onClose }: { year: number; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const previewImport = usePreviewImport();
  const commit = useCommitImport();
  const catalogues = useCatalogues();
  const file = useFilePreview({
    maxBytes: MAX_IMPORT_FILE_BYTES,
    tooBig: (name) => `Tệp “${name}” lớn hơn 20 MB: hãy chia danh sách thành nhiều tệp nhỏ hơn.`,
    preview: (input) => previewImport.mutateAsync({ ...input, year }),
  });
  const preview = file.previewed?.value ?? null;
  const [mappings, setMappings] = useState<Mappings>({ units: {}, fields: {} });
  const [skipProblems, setSkipProblems] = useState(false);

  const unknown = useMemo(() => {
    const names: Record<Kind, Map<string, string>> = { units: new Map(), fields: new Map() };
    for (const p of preview?.problems ?? []) {
      if (p.unknown) names[p.unknown.kind].set(mappingKey(p.unknown.name), p.unknown.name);
    }
    return names;
  }, [preview]);
  const blocking = useMemo(() => blockingRows(preview?.problems ?? [], mappings), [preview, mappings]);
  const blocked = preview ? preview.rows.filter((r) => blocking.has(r.row)).length : 0;
  const count = preview ? preview.rows.length - blocked : 0;

  const choose = (chosen: File) => {
    setMappings({ units: {}, fields: {} });
    setSkipProblems(false);
    void file.read(chosen);
  };
  /** Closing, while reading or with a preview shown, lets the backend drop the file. */
  const close = () => {
    file.reset();
    setMappings({ units: {}, fields: {} });
    setSkipProblems(false);
    onClose();
  };

  const save = async () => {
    if (!preview) return;
    try {
      const { created } = await commit.mutateAsync({
        importId: preview.importId,
        skipProblemRows: skipProblems,
        mappings,
      });
      message.success(`Đã nhập ${formatNumber(created)} mô hình từ tệp “${preview.fileName}”.`);
      file.committed();
      close();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const setMapping = (kind: Kind, key: string, value: string | undefined) =>
    setMappings((current) => {
      const others = Object.entries(current[kind]).filter(([k]) => k !== key);
      const chosen: [string, ImportMapping][] =
        value === undefined ? [] : [[key, value === CREATE ? { create: true } : { id: value }]];
      return { ...current, [kind]: Object.fromEntries([...others, ...chosen]) };
    });

  const problemsByRow = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const p of preview?.problems ?? []) map.set(p.row, [...(map.get(p.row) ?? []), p.message]);
    return map;
  }, [preview]);

  return (
    <Modal
      title={`Nhập từ Excel — năm ${year}`}
      open={open}
      width={1100}
      onCancel={close}
      okText={`Nhập ${formatNumber(count)} mô hình`}
      cancelText="Hủy"
      okButtonProps={{ disabled: !preview || count === 0 || (blocked > 0 && !skipProblems) }}
      confirmLoading={commit.isPending}
      onOk={save}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <FilePreviewPicker
          accept=".xlsx,.xls"
          hint="Chọn hoặc kéo thả tệp Excel (.xlsx) danh sách đăng ký của các đơn vị"
          chosen={preview !== null}
          disabled={commit.isPending}
          job={file.job}
          onCancel={() => void file.cancel()}
          error={file.error}
          errorTitle="Không đọc được tệp"
          onFile={choose}
        />
        {preview && (
          <>
            <Typography.Text>
              Tệp “{preview.fileName}”, trang “{preview.sheetName}” (tên cột ở dòng {preview.headerRow}):{' '}
              {formatNumber(preview.counts.rows)} dòng{' '}
              <Tag color="green">{formatNumber(count)} nhập được</Tag>
              {blocked > 0 && <Tag color="red">{formatNumber(blocked)} dòng lỗi</Tag>}
            </Typography.Text>
            {(['units', 'fields'] as const).map((kind) =>
              [...unknown[kind]].map(([key, name]) => (
                <Space key={`${kind}-${key}`} wrap>
                  <Typography.Text>
                    {kindTitle[kind]} “{name}” chưa có trong danh mục:
                  </Typography.Text>
                  <Select
                    aria-label={`${kindTitle[kind]} “${name}”`}
                    style={{ width: 360 }}
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder="Chọn mục có sẵn hoặc tạo mới"
                    onChange={(value?: string) => setMapping(kind, key, value)}
                    options={[
                      { value: CREATE, label: `Tạo mới “${name}”` },
                      ...(catalogues.data?.[kind] ?? []).map((item) => ({
                        value: item.id,
                        label: item.name,
                      })),
                    ]}
                  />
                </Space>
              )),
            )}
            {preview.problems.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={`${formatNumber(preview.problems.length)} vấn đề cần xem`}
                description={
                  <ul className="import-problems">
                    {preview.problems.map((p, i) => (
                      <li key={i}>{p.message}</li>
                    ))}
                  </ul>
                }
              />
            )}
            {blocked > 0 && (
              <Checkbox checked={skipProblems} onChange={(e) => setSkipProblems(e.target.checked)}>
                Bỏ qua các dòng lỗi
              </Checkbox>
            )}
            <Table<ImportRow>
              size="small"
              rowKey="row"
              dataSource={preview.rows}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              scroll={{ y: 320 }}
              columns={[
                { title: 'Dòng', dataIndex: 'row', width: 64 },
                { title: 'Tên mô hình', dataIndex: 'title' },
                { title: 'Đơn vị đăng ký', dataIndex: 'unitName', width: 200 },
                { title: 'Lĩnh vực', dataIndex: 'fieldName', width: 160 },
                {
                  title: 'Hình thức',
                  dataIndex: 'kind',
                  width: 90,
                  render: (k: ImportRow['kind']) => kindLabels[k],
                },
                {
                  title: 'Loại đăng ký',
                  width: 170,
                  render: (_, r) =>
                    r.previousTitle
                      ? `${registrationLabels[r.registration]} (${r.previousTitle})`
                      : registrationLabels[r.registration],
                },
                {
                  title: 'Kết quả',
                  width: 110,
                  render: (_, r) =>
                    blocking.has(r.row) ? (
                      <Tag color="red" title={problemsByRow.get(r.row)!.join('\n')}>
                        Lỗi
                      </Tag>
                    ) : (
                      <Tag color="green">Nhập</Tag>
                    ),
                },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
