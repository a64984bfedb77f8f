import { DatePicker, Form, Input } from 'antd';
import type { CommendationGrantInput } from '../../../shared/contract/evaluation';
import type { Commendation } from '../../../shared/domain/commendation';
import { formatNumber } from '../../../shared/format/number';
import { useGrantCommendation, useGrantCommendations } from '../api/queries/commendations';
import { DATE_FORMAT, isoDateItem } from '../forms/iso-date';
import { FormModal } from '../forms/FormModal';
import { showFieldErrors } from '../forms/server-errors';
import { CommendationFields } from './CommendationFields';
import { ModelTitles } from './ModelTitles';
import '../evaluation/evaluation.css';

type Values = Omit<CommendationGrantInput, 'year' | 'id' | 'decisionDate'> & { decisionDate: string | null };

/** A proposal with the title of its model, as the dialog names it. */
export interface TitledCommendation {
  commendation: Commendation;
  title: string;
}

/**
 * What the form starts with: the decision recorded on one, or for several the form and issuer they were
 * proposed with when they all agree (proposals made together usually do).
 */
function initialValues(chosen: readonly Commendation[]): Values {
  const [first] = chosen as [Commendation, ...Commendation[]];
  const same = (key: 'form' | 'formOther' | 'issuer') => chosen.every((c) => c[key] === first[key]);
  const shared = same('form') && same('formOther') && same('issuer');
  return {
    form: shared ? first.form : 'Giấy khen',
    formOther: shared ? first.formOther : '',
    issuer: shared ? first.issuer : '',
    decisionNumber: chosen.length === 1 ? first.decisionNumber : '',
    decisionDate: chosen.length === 1 ? first.decisionDate : null,
    note: '',
  };
}

/**
 * Records the decision ("Quyết định khen thưởng") on one proposal or on several at once (one decision for
 * all of them, or none), or corrects a decision already recorded: the history keeps each version. The
 * backend checks the fields; its messages go beside the inputs.
 */
export function GrantModal({
  year,
  proposals,
  onClose,
  onDone = onClose,
}: {
  year: number;
  proposals: readonly TitledCommendation[];
  onClose: () => void;
  /** After the decision is saved; by default the dialog just closes. */
  onDone?: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const grantOne = useGrantCommendation();
  const grantMany = useGrantCommendations();
  const single = proposals.length === 1 ? proposals[0]! : null;

  const grant = async (values: Values) => {
    const decision = { ...values, decisionDate: values.decisionDate ?? '', year };
    if (single) {
      await grantOne.mutateAsync({ ...decision, id: single.commendation.id });
      return `Đã ghi quyết định khen thưởng cho “${single.title}”.`;
    }
    const granted = await grantMany.mutateAsync({
      ...decision,
      ids: proposals.map((p) => p.commendation.id),
    });
    return `Đã ghi quyết định khen thưởng cho ${formatNumber(granted.length)} mô hình.`;
  };

  const title = !single
    ? `Ghi quyết định khen thưởng ${formatNumber(proposals.length)} mô hình`
    : single.commendation.status === 'granted'
      ? 'Sửa quyết định khen thưởng'
      : 'Ghi quyết định khen thưởng';

  return (
    <FormModal<Values>
      title={title}
      form={form}
      name="commendation-grant"
      initialValues={initialValues(proposals.map((p) => p.commendation))}
      pending={grantOne.isPending || grantMany.isPending}
      save={grant}
      showError={(error) => showFieldErrors(form, error)}
      onClose={onClose}
      onSaved={onDone}
    >
      {single ? (
        <p className="grant-model">
          Mô hình: <strong>{single.title}</strong>
        </p>
      ) : (
        <ModelTitles titles={proposals.map((p) => p.title)} />
      )}
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
    </FormModal>
  );
}
