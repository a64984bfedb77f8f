import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { CommendationGrantInput } from '../../../shared/contract/evaluation';
import type { Commendation } from '../../../shared/domain/commendation';
import { errorMessage } from '../api/api-error';
import { useGrantCommendation } from '../api/queries/commendations';
import { DATE_FORMAT, isoDateItem } from '../forms/iso-date';
import { showFieldErrors } from '../forms/server-errors';
import { CommendationFields } from './CommendationFields';
import '../evaluation/evaluation.css';

type Values = Omit<CommendationGrantInput, 'year' | 'id' | 'decisionDate'> & { decisionDate: string | null };

/**
 * Records the decision ("Quyết định khen thưởng") on a proposal, or corrects a decision already recorded:
 * the history keeps each version. The backend checks the fields; its messages go beside the inputs.
 */
export function GrantModal({
  year,
  commendation,
  modelTitle,
  onClose,
}: {
  year: number;
  commendation: Commendation;
  modelTitle: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const grant = useGrantCommendation();

  const submit = async () => {
    const values = form.getFieldsValue(true) as Values;
    try {
      await grant.mutateAsync({
        ...values,
        decisionDate: values.decisionDate ?? '',
        year,
        id: commendation.id,
      });
      message.success(`Đã ghi quyết định khen thưởng cho “${modelTitle}”.`);
      onClose();
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open
      title={commendation.status === 'granted' ? 'Sửa quyết định khen thưởng' : 'Ghi quyết định khen thưởng'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={grant.isPending}
      destroyOnHidden
    >
      <p className="grant-model">
        Mô hình: <strong>{modelTitle}</strong>
      </p>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          form: commendation.form,
          formOther: commendation.formOther,
          issuer: commendation.issuer,
          decisionNumber: commendation.decisionNumber,
          decisionDate: commendation.decisionDate,
          note: '',
        }}
      >
        <CommendationFields issuerRequired />
        <Form.Item name="decisionNumber" label="Số quyết định">
          <Input placeholder="Ví dụ: 125-QĐ/HU" maxLength={50} />
        </Form.Item>
        <Form.Item name="decisionDate" label="Ngày quyết định" {...isoDateItem}>
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
