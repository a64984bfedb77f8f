import { Form, Input, Select } from 'antd';
import { unitTypes, type UnitBatch } from '../../../shared/domain/catalogues';
import { ApiError, errorMessage } from '../api/api-error';
import { useAddUnits } from '../api/queries/catalogues';
import { FormModal } from '../forms/FormModal';

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
  const [form] = Form.useForm<Values>();
  const add = useAddUnits();

  const addUnits = async (values: Values) => {
    const names = pastedNames(values.names);
    await add.mutateAsync({ type: values.type!, names });
    return `Đã thêm ${names.length} đơn vị.`;
  };
  // Every refusal of the list (a taken or repeated name, a too long one) is about the list itself.
  const showError = (error: unknown) => {
    if (!(error instanceof ApiError && error.code === 'VALIDATION')) return false;
    form.setFields([{ name: 'names', errors: [errorMessage(error)] }]);
    return true;
  };

  return (
    <FormModal<Values>
      title="Thêm nhiều đơn vị"
      form={form}
      name="catalogue-units-batch"
      initialValues={{ names: '' }}
      pending={add.isPending}
      save={addUnits}
      showError={showError}
      onClose={onClose}
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
    </FormModal>
  );
}
