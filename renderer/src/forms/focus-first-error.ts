import type { FormInstance } from 'antd';

/** Brings the first field with a message into view and puts the cursor in it, so a long form says where. */
export function focusFirstError(form: FormInstance): void {
  const first = form.getFieldsError().find((field) => field.errors.length > 0);
  if (first) form.scrollToField(first.name, { block: 'center', focus: true });
}
