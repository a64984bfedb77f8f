import { App, Form, Input, Modal, Select } from 'antd';
import { useCallback } from 'react';
import { unitTypes, type UnitBatch } from '../../../shared/domain/catalogues';
import { ApiError, errorMessage } from '../api/api-error';
import { useAddUnits } from '../api/queries/catalogues';
import { clearChangedErrors } from '../forms/server-errors';
import { useSaveShortcut } from '../forms/use-save-shortcut';

type Values = { type?: UnitBatch['type']; names: string };

/** The pasted list, one name a line; blank lines are spacing, not names. */
function pastedNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** "Thêm nhiều": units pasted as a list, one name a line, all of one type; added all together or none. */
export function UnitBatchModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddUnits();

  const submit = useCallback(async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const names = pastedNames(values.names);
    try {
      await add.mutateAsync({ type: values.type!, names });
      message.success(`Đã thêm ${names.length} đơn vị.`);
      onClose();
    } catch (error) {
      // Every refusal of the list (a taken or repeated name, a too long one) is about the list itself.
      if (error instanceof ApiError && error.code === 'VALIDATION')
        form.setFields([{ name: 'names', errors: [errorMessage(error)] }]);
      else message.error(errorMessage(error));
    }
  }, [form, add, message, onClose]);
  useSaveShortcut(submit);

  return (
    <Modal
      open
      title="Thêm nhiều đơn vị"
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={add.isPending}
      onOk={submit}
      onCancel={onClose}
    >
      <Form
        form={form}
        name="catalogue-units-batch"
        layout="vertical"
        initialValues={{ names: '' }}
        onValuesChange={(changed: object) => clearChangedErrors(form, changed)}
      >
        <Form.Item
          name="type"
          label="Loại đơn vị"
          rules={[{ required: true, message: 'Loại đơn vị: không được để trống.' }]}
        >
          <Select options={unitTypes.map((value) => ({ value, label: value }))} autoFocus />
        </Form.Item>
        <Form.Item
          name="names"
          label="Tên đơn vị (mỗi dòng một tên)"
          rules={[
            {
              validator: (_, value: string) =>
                pastedNames(value ?? '').length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error('Hãy nhập ít nhất một tên đơn vị.')),
            },
          ]}
        >
          <Input.TextArea rows={10} placeholder={'Xã Nam Mẫu\nXã Quảng Khê\nXã Hà Hiệu'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
