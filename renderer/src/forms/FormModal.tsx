import { App, Form, Modal, type FormInstance, type FormProps } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { errorMessage } from '../api/api-error';
import { clearChangedErrors } from './server-errors';
import { useSaveShortcut } from './use-save-shortcut';

/**
 * A dialog holding one form that the backend saves: "Lưu" (or Ctrl+Enter) checks the fields, saves, says so
 * and closes; a refusal goes beside the fields it concerns, or else in a message, and what was typed stays.
 * A field's server message goes as soon as the field changes. Mounted only while open.
 */
export function FormModal<V extends object>({
  title,
  form,
  name,
  initialValues,
  pending,
  save,
  showError,
  submitOnEnter = false,
  okText = 'Lưu',
  onClose,
  onSaved = onClose,
  children,
}: {
  title: string;
  form: FormInstance<V>;
  name: string;
  initialValues: FormProps<V>['initialValues'];
  pending: boolean;
  /** Saves the checked values; answers what the success message says. */
  save: (values: V) => Promise<ReactNode>;
  /** Shows a refusal beside the fields; false when it was not about them. */
  showError: (error: unknown) => boolean;
  /** Enter in a one-line box saves, as in the other forms (not where Enter is typed into the text). */
  submitOnEnter?: boolean;
  okText?: string;
  onClose: () => void;
  /** After a save; by default the dialog just closes. */
  onSaved?: () => void;
  children: ReactNode;
}) {
  const { message } = App.useApp();

  const submit = useCallback(async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      message.success(await save(values));
      onSaved();
    } catch (error) {
      if (!showError(error)) message.error(errorMessage(error));
    }
  }, [form, save, showError, message, onSaved]);
  useSaveShortcut(submit);

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="Hủy"
      confirmLoading={pending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submitOnEnter ? submit : undefined}
        onValuesChange={(changed: object) => clearChangedErrors(form, changed)}
      >
        {children}
        {submitOnEnter && <button type="submit" hidden />}
      </Form>
    </Modal>
  );
}
