import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, List, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RoundRef } from '../../../shared/contract/evaluation';
import type { ScoreChange } from '../../../shared/contract/score-workbooks';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract/imports';
import type { Round } from '../../../shared/domain/round';
import { formatNumber } from '../../../shared/format/number';
import { errorMessage } from '../api/api-error';
import { call } from '../api/client';
import { queryKeys } from '../api/query-keys';
import { saveBuiltFile } from '../documents/save-built-file';
import { FilePreviewPicker } from '../files/FilePreviewPicker';
import { useFilePreview } from '../files/use-file-preview';
import { useMemberNames } from './round-models';

const points = (value: number | null) => (value === null ? '—' : formatNumber(value));

/**
 * "Phiếu chấm điểm Excel" (a workbook per member, to send out) and "Nhập phiếu chấm điểm" (a returned
 * workbook, previewed cell by cell, then saved as that member's sheets). Paper sheets stay possible beside.
 */
export function ScoreWorkbooks({ round, refKey }: { round: Round; refKey: RoundRef }) {
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  return (
    <Space className="score-workbook-actions">
      <Button icon={<FileExcelOutlined />} onClick={() => setExporting(true)}>
        Phiếu chấm điểm Excel
      </Button>
      {round.status === 'open' && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          Nhập phiếu chấm điểm
        </Button>
      )}
      <ExportModal round={round} refKey={refKey} open={exporting} onClose={() => setExporting(false)} />
      {importing && <ImportWorkbookModal round={round} refKey={refKey} onClose={() => setImporting(false)} />}
    </Space>
  );
}

function ExportModal({
  round,
  refKey,
  open,
  onClose,
}: {
  round: Round;
  refKey: RoundRef;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const memberName = useMemberNames();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (memberId: string) => {
    setBusy(memberId);
    try {
      const file = await call('sheets.exportWorkbook', { ...refKey, memberId });
      const saved = await saveBuiltFile(file);
      if (saved) message.success(`Đã tạo phiếu “${saved.fileName}”.`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Modal title="Phiếu chấm điểm Excel" open={open} onCancel={onClose} footer={null} width={640}>
      <Typography.Paragraph>
        Mỗi thành viên một tệp: điền điểm vào các ô trắng rồi gửi lại để “Nhập phiếu chấm điểm”. Tệp mang theo
        đợt đánh giá và thành viên, nên đổi tên tệp không sao.
      </Typography.Paragraph>
      <List
        dataSource={round.memberIds}
        renderItem={(memberId) => (
          <List.Item
            actions={[
              <Button
                key="download"
                icon={<DownloadOutlined />}
                loading={busy === memberId}
                disabled={busy !== null && busy !== memberId}
                onClick={() => void download(memberId)}
                aria-label={`Tải phiếu của ${memberName(memberId)}`}
              >
                Tải phiếu
              </Button>,
            ]}
          >
            {memberName(memberId)}
          </List.Item>
        )}
      />
    </Modal>
  );
}

function ImportWorkbookModal({
  round,
  refKey,
  onClose,
}: {
  round: Round;
  refKey: RoundRef;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const file = useFilePreview({
    maxBytes: MAX_IMPORT_FILE_BYTES,
    tooBig: (name) => `Tệp “${name}” lớn hơn 20 MB: đây không phải là phiếu chấm điểm.`,
    preview: (input) => call('sheets.previewWorkbook', { ...refKey, ...input }),
  });
  const preview = file.previewed?.value ?? null;
  const [saving, setSaving] = useState(false);
  /** Closing, while reading or with a preview shown, lets the backend drop the file. */
  const close = () => {
    file.reset();
    onClose();
  };

  const save = async () => {
    if (!preview) return;
    setSaving(true);
    try {
      const { saved } = await call('sheets.commitWorkbook', { ...refKey, previewId: preview.previewId });
      await client.invalidateQueries({ queryKey: queryKeys.sheets(refKey) });
      message.success(`Đã lưu ${formatNumber(saved)} điểm vào phiếu của ${preview.memberName}.`);
      file.committed();
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const count = preview?.changes.length ?? 0;
  return (
    <Modal
      title={`Nhập phiếu chấm điểm — ${round.name}`}
      open
      width={1000}
      onCancel={close}
      okText={`Lưu ${formatNumber(count)} điểm`}
      cancelText="Hủy"
      okButtonProps={{ disabled: count === 0 }}
      confirmLoading={saving}
      onOk={save}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <FilePreviewPicker
          accept=".xlsx"
          hint="Chọn hoặc kéo thả phiếu chấm điểm (.xlsx) thành viên đã điền"
          chosen={preview !== null}
          disabled={saving}
          job={file.job}
          onCancel={() => void file.cancel()}
          error={file.error}
          errorTitle="Không nhập được phiếu"
          onFile={(chosen) => void file.read(chosen)}
        />
        {preview && (
          <>
            <Typography.Text>
              Phiếu của <strong>{preview.memberName}</strong>:{' '}
              <Tag color="green">{formatNumber(preview.counts.added)} điểm mới</Tag>
              <Tag color="blue">{formatNumber(preview.counts.changed)} điểm sửa</Tag>
              <Tag>{formatNumber(preview.counts.unchanged)} không đổi</Tag>
              {preview.counts.refused > 0 && (
                <Tag color="red">{formatNumber(preview.counts.refused)} ô bị từ chối</Tag>
              )}
            </Typography.Text>
            {preview.refused.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title="Các ô sau không được nhập (sửa trong tệp rồi nhập lại, hoặc nhập tay)"
                description={
                  <ul className="import-problems">
                    {preview.refused.map((r, i) => (
                      <li key={i}>
                        Trang “{r.sheetName}”: {r.message}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
            <Table<ScoreChange>
              size="small"
              rowKey={(c) => `${c.modelId}-${c.criterionIndex}`}
              dataSource={preview.changes}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              scroll={{ y: 320 }}
              columns={[
                { title: 'Trang', dataIndex: 'sheetName', width: 90 },
                { title: 'Dòng', dataIndex: 'row', width: 64 },
                { title: 'Mô hình', dataIndex: 'modelTitle' },
                { title: 'Tiêu chí', dataIndex: 'criterion', ellipsis: true },
                { title: 'Điểm cũ', dataIndex: 'from', width: 90, render: points },
                { title: 'Điểm mới', dataIndex: 'to', width: 90, render: points },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
