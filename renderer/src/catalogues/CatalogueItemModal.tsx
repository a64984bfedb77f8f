import { Form, Input, Select } from 'antd';
import type { InputOf } from '../../../shared/contract/channels';
import { catalogueLabels, type CatalogueItem, type CatalogueKind } from '../../../shared/domain/catalogues';
import { useSaveCatalogueItem } from '../api/queries/catalogues';
import { FormModal } from '../forms/FormModal';
import { showFieldErrors } from '../forms/server-errors';
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
  const [form] = Form.useForm<Values>();
  const save = useSaveCatalogueItem();
  const fields = catalogueFields[kind];
  const { one } = catalogueLabels[kind];
  const initialValues = Object.fromEntries(fields.map((f) => [f.name, item ? fieldText(item, f.name) : '']));

  const saveItem = async (values: Values) => {
    const input = { kind, id: item?.id, item: catalogueItemInput(kind, values, item?.active ?? true) };
    // The item is built from this kind's own column list, and the backend validates it against it.
    await save.mutateAsync(input as InputOf<'catalogues.save'>);
    return item ? `Đã lưu ${one} “${values.name}”.` : `Đã thêm ${one} “${values.name}”.`;
  };

  return (
    <FormModal<Values>
      title={item ? `Sửa ${one}` : `Thêm ${one}`}
      form={form}
      name={`catalogue-${kind}`}
      initialValues={initialValues}
      pending={save.isPending}
      save={saveItem}
      showError={(error) => showFieldErrors(form, error, ['item'])}
      submitOnEnter
      onClose={onClose}
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
    </FormModal>
  );
}
