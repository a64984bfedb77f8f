import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Modal, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ExchangePreview } from '../../../../shared/contract/exchange';
import { MAX_PACKAGE_BYTES } from '../../../../shared/contract/exchange';
import { MIN_YEAR } from '../../../../shared/domain/office-settings';
import { formatDateTime } from '../../../../shared/format/date';
import { formatNumber } from '../../../../shared/format/number';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';
import { useSettings } from '../../api/queries/settings';
import { downloadBase64 } from '../../files/base64';
import { JobProgress } from '../../files/JobProgress';
import { useFilePreview } from '../../files/use-file-preview';
import { ExchangeConflicts, type Choice } from './ExchangeConflicts';

type Kinds = ExchangePreview['summary']['kinds'];

const where = (k: Kinds[number]) => (k.year === null ? k.label : `${k.label} năm ${k.year}`);

/** One group of the preview ("Mới", "Thay đổi"): each kind of record with how many. */
function Group({ title, rows }: { title: string; rows: { label: string; count: number }[] }) {
  return (
    <div>
      <Typography.Title level={5}>{title}</Typography.Title>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">Không có.</Typography.Text>
      ) : (
        <ul className="exchange-group">
          {rows.map((r) => (
            <li key={r.label}>
              {r.label}: {formatNumber(r.count)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Xuất gói dữ liệu" for chosen years; "Nhập gói dữ liệu" with a preview of "Mới", "Thay đổi", "Xung đột". */
export function ExchangeCard() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const settings = useSettings();
  const yearInUse = settings.data?.yearInUse ?? new Date().getFullYear();
  const [years, setYears] = useState<number[] | null>(null);
  const chosen = years ?? [yearInUse];
  const file = useFilePreview({
    maxBytes: MAX_PACKAGE_BYTES,
    tooBig: (name) => `Tệp “${name}” lớn hơn 100 MB.`,
    preview: (input) => call('exchange.preview', input),
    // A refused file is said as before: in a message, not inside a dialog.
    onError: (text) => void message.error(text),
  });
  const preview = file.previewed?.value ?? null;
  const [choices, setChoices] = useState<Record<string, Choice>>({});

  const exportPackage = useMutation({ mutationFn: () => call('exchange.export', { years: chosen }) });
  const commit = useMutation({
    mutationFn: (packageId: string) => call('exchange.commit', { packageId, resolutions: choices }),
    onSuccess: () => client.invalidateQueries(),
  });

  const save = async () => {
    try {
      const built = await exportPackage.mutateAsync();
      downloadBase64(built.fileName, built.dataBase64);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const read = (chosenFile: File) => {
    setChoices({});
    void file.read(chosenFile);
  };

  const apply = async () => {
    if (!preview) return;
    try {
      const { applied } = await commit.mutateAsync(preview.packageId);
      message.success(
        `Đã nhập gói dữ liệu của “${preview.summary.office}”: ${formatNumber(applied)} bản ghi.`,
      );
      file.committed();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const kinds = preview?.summary.kinds ?? [];
  const yearOptions = Array.from({ length: yearInUse + 2 - MIN_YEAR }, (_, i) => yearInUse + 1 - i).map(
    (y) => ({
      value: y,
      label: String(y),
    }),
  );

  return (
    <Card title="Trao đổi dữ liệu giữa các cơ quan">
      <Typography.Paragraph>
        Gói dữ liệu chứa danh mục, mô hình, đợt đánh giá, phiếu chấm điểm, khen thưởng và tệp đính kèm của các
        năm được chọn, để gửi lên cấp trên hoặc chuyển sang máy khác. Nhập một gói chỉ thêm và cập nhật, không
        mất dữ liệu ở đây; nhập lại cùng một gói không thay đổi gì.
      </Typography.Paragraph>
      <Space wrap>
        <Select
          mode="multiple"
          aria-label="Năm trong gói dữ liệu"
          style={{ minWidth: 220 }}
          value={chosen}
          onChange={setYears}
          options={yearOptions}
        />
        <Button
          icon={<DownloadOutlined />}
          loading={exportPackage.isPending}
          disabled={chosen.length === 0}
          onClick={save}
        >
          Xuất gói dữ liệu
        </Button>
        <Upload
          accept=".zip"
          showUploadList={false}
          beforeUpload={(file) => {
            void read(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={file.job !== null}>
            Nhập gói dữ liệu
          </Button>
        </Upload>
      </Space>
      {/* Open from the moment a file is chosen: its reading is followed here, and "Hủy" stops it. */}
      <Modal
        open={file.job !== null || preview !== null}
        width={960}
        title={preview ? `Nhập gói dữ liệu của “${preview.summary.office}”` : 'Nhập gói dữ liệu'}
        okText="Nhập gói dữ liệu"
        cancelText="Hủy"
        okButtonProps={{ disabled: kinds.length === 0 }}
        confirmLoading={commit.isPending}
        onOk={apply}
        onCancel={file.reset}
        destroyOnHidden
      >
        {file.job && <JobProgress job={file.job} />}
        {preview && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text>
              Xuất lúc {formatDateTime(preview.summary.exportedAt)}, năm {preview.summary.years.join(', ')}:{' '}
              {formatNumber(preview.summary.counts.models ?? 0)} mô hình.
            </Typography.Text>
            {kinds.length === 0 && (
              <Alert
                type="success"
                showIcon
                title="Dữ liệu ở đây đã có đủ nội dung của gói này: không có gì để nhập."
              />
            )}
            <Group
              title="Mới"
              rows={kinds.filter((k) => k.new > 0).map((k) => ({ label: where(k), count: k.new }))}
            />
            <Group
              title="Thay đổi"
              rows={kinds
                .filter((k) => k.changed + k.deleted > 0)
                .map((k) => ({
                  label: `${where(k)}${k.deleted > 0 ? ` (xóa ${formatNumber(k.deleted)})` : ''}`,
                  count: k.changed + k.deleted,
                }))}
            />
            <div>
              <Typography.Title level={5}>Xung đột</Typography.Title>
              {preview.conflicts.length === 0 ? (
                <Typography.Text type="secondary">Không có.</Typography.Text>
              ) : (
                <ExchangeConflicts
                  conflicts={preview.conflicts}
                  office={preview.summary.office}
                  choices={choices}
                  onChoose={(key, choice) => setChoices((all) => ({ ...all, [key]: choice }))}
                />
              )}
            </div>
          </Space>
        )}
      </Modal>
    </Card>
  );
}
