import { App, Form, Input, Modal, Select } from 'antd';
import { useCallback } from 'react';
import type { InputOf } from '../../../shared/contract/channels';
import { catalogueLabels, type CatalogueItem, type CatalogueKind } from '../../../shared/domain/catalogues';
import { errorMessage } from '../api/api-error';
import { useSaveCatalogueItem } from '../api/queries/catalogues';
import { showFieldErrors } from '../forms/server-errors';
import { useSaveShortcut } from '../forms/use-save-shortcut';
import { catalogueFields, catalogueItemInput, fieldText } from './catalogue-fields';

type Values = Record<string, string>;

/** Adds an item to a catalogue (`item` null) or edits one; mounted only while open. */
export function CatalogueItemModal({
  kind,
  item,
  onClose,
}: {
  kind: CatalogueKind;
  item: CatalogueItem<CatalogueKind> | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveCatalogueItem();
  const fields = catalogueFields[kind];
  const { one } = catalogueLabels[kind];
  const initialValues = Object.fromEntries(fields.map((f) => [f.name, item ? fieldText(item, f.name) : '']));

  const submit = useCallback(async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input = { kind, id: item?.id, item: catalogueItemInput(kind, values, item?.active ?? true) };
    try {
      // The item is built from this kind's own column list, and the backend validates it against it.
      await save.mutateAsync(input as InputOf<'catalogues.save'>);
      message.success(item ? `Đã lưu ${one} “${values.name}”.` : `Đã thêm ${one} “${values.name}”.`);
      onClose();
    } catch (error) {
      if (!showFieldErrors(form, error, ['item'])) message.error(errorMessage(error));
    }
  }, [form, kind, item, save, message, one, onClose]);
  useSaveShortcut(submit);

  return (
    <Modal
      open
      title={item ? `Sửa ${one}` : `Thêm ${one}`}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={save.isPending}
      onOk={submit}
      onCancel={onClose}
    >
      <Form
        form={form}
        name={`catalogue-${kind}`}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
      >
        {fields.map((field, i) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            rules={
              field.required
                ? [{ required: true, whitespace: true, message: `${field.label}: không được để trống.` }]
                : []
            }
          >
            {field.options ? (
              <Select options={field.options.map((value) => ({ value, label: value }))} autoFocus={i === 0} />
            ) : (
              <Input autoFocus={i === 0} />
            )}
          </Form.Item>
        ))}
        {/* Enter in a text box submits the form, as in the other forms. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
