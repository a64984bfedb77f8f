import { App, Button, Card, Col, Form, Input, Row, Select, Skeleton } from 'antd';
import { useCallback, useEffect } from 'react';
import {
  signingFormLabels,
  signingForms,
  type OfficeSettings,
} from '../../../../shared/domain/office-settings';
import { errorMessage } from '../../api/api-error';
import { useSettings, useUpdateSettings } from '../../api/queries/settings';
import { NumberInput, numberRule } from '../../forms/NumberInput';
import { clearChangedErrors, showFieldErrors } from '../../forms/server-errors';
import { useUnsavedChanges } from '../../forms/use-unsaved-changes';
import { useSaveShortcut } from '../../forms/use-save-shortcut';

const margins = [
  ['top', 'Lề trên (mm)'],
  ['bottom', 'Lề dưới (mm)'],
  ['left', 'Lề trái (mm)'],
  ['right', 'Lề phải (mm)'],
] as const;

/** "Cài đặt cơ quan" (domain.md §3): the names and symbols every printed document is headed with. */
export function OfficeSettingsForm() {
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficeSettings>();
  const settings = useSettings();
  const update = useUpdateSettings();
  const guard = useUnsavedChanges();

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  const save = useCallback(async () => {
    let values: OfficeSettings;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await update.mutateAsync(values);
      guard.saved();
      message.success('Đã lưu cài đặt cơ quan.');
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(errorMessage(error));
    }
  }, [form, update, message, guard]);
  useSaveShortcut(save);

  if (settings.isPending) return <Skeleton active />;
  if (settings.isError) return <Card>Không tải được cài đặt: {errorMessage(settings.error)}</Card>;

  return (
    <Card title="Cài đặt cơ quan">
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        onValuesChange={(changed: object) => {
          guard.changed();
          clearChangedErrors(form, changed);
        }}
        requiredMark={false}
      >
        <Row gutter={16}>
          <TextSetting span={12} name="parentName" label="Cấp trên trực tiếp" extra="Ví dụ: HUYỆN ỦY BA BỂ" />
          <TextSetting span={12} name="orgName" label="Tên cơ quan" extra="Ví dụ: BAN DÂN VẬN" />
          <TextSetting
            span={8}
            name="orgSymbol"
            label="Ký hiệu cơ quan"
            extra="Dùng trong số văn bản, ví dụ: Số 12-BC/BDVHU"
          />
          <TextSetting
            span={8}
            name="placeName"
            label="Địa danh"
            extra="Dùng ở dòng ngày tháng, ví dụ: Ba Bể"
          />
          <Col span={8}>
            <Form.Item
              name="yearInUse"
              label="Năm làm việc"
              rules={[
                { required: true, message: 'Năm làm việc: không được để trống.' },
                numberRule('Năm làm việc', false),
              ]}
            >
              <NumberInput decimals={false} year />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="signingForm" label="Hình thức ký">
              <Select options={signingForms.map((value) => ({ value, label: signingFormLabels[value] }))} />
            </Form.Item>
          </Col>
          <TextSetting span={6} name="signingBody" label="Thay mặt" extra="Ví dụ: BAN THƯỜNG VỤ" />
          <TextSetting span={6} name="signerTitle" label="Chức vụ người ký" extra="Ví dụ: TRƯỞNG BAN" />
          <TextSetting span={6} name="signerName" label="Người ký" />
          {margins.map(([key, label]) => (
            <Col span={6} key={key}>
              <Form.Item
                name={['margins', key]}
                label={label}
                rules={[
                  { required: true, message: `${label}: không được để trống.` },
                  numberRule(label, true),
                ]}
              >
                <NumberInput decimals />
              </Form.Item>
            </Col>
          ))}
          <TextSetting
            span={12}
            name="userName"
            label="Người sử dụng"
            extra="Ghi ở cột “Người thực hiện” trong lịch sử mô hình. Để trống thì ghi tên đăng nhập máy tính."
          />
        </Row>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          Lưu
        </Button>
        <span className="form-hint">Phím tắt: Ctrl+Enter</span>
      </Form>
    </Card>
  );
}

type TextName =
  | 'parentName'
  | 'orgName'
  | 'orgSymbol'
  | 'placeName'
  | 'signingBody'
  | 'signerTitle'
  | 'signerName'
  | 'userName';

/** One free-text setting: its label is the input's accessible name, the example sits under it. */
function TextSetting({
  span,
  name,
  label,
  extra,
}: {
  span: number;
  name: TextName;
  label: string;
  extra?: string;
}) {
  return (
    <Col span={span}>
      <Form.Item name={name} label={label} extra={extra}>
        <Input />
      </Form.Item>
    </Col>
  );
}
