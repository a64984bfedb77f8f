import { Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { CommendationProposeInput } from '../../../shared/contract/evaluation';
import type { ModelRow } from '../../../shared/contract/models';
import { formatNumber } from '../../../shared/format/number';
import { useProposeCommendations } from '../api/queries/commendations';
import { FormModal } from '../forms/FormModal';
import { showFieldErrors } from '../forms/server-errors';
import { CommendationFields } from './CommendationFields';
import { ModelTitles } from './ModelTitles';
import { commendationsPath } from './paths';
import '../evaluation/evaluation.css';

type Values = Pick<CommendationProposeInput, 'form' | 'formOther' | 'issuer' | 'note'>;

/** "Đề nghị khen thưởng" for the models ticked in a round's results, all with the same form and issuer. */
export function ProposeModal({
  year,
  models,
  onClose,
  onDone,
}: {
  year: number;
  models: ModelRow[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const propose = useProposeCommendations();
  const navigate = useNavigate();

  const proposeAll = async (values: Values) => {
    const created = await propose.mutateAsync({ year, modelIds: models.map((m) => m.id), ...values });
    // The message shows outside the router: it links by calling this page's navigate, not with <Link>.
    return (
      <>
        Đã đề nghị khen thưởng {formatNumber(created.length)} mô hình.{' '}
        <Typography.Link onClick={() => navigate(commendationsPath(year))}>
          Xem danh sách khen thưởng
        </Typography.Link>
      </>
    );
  };

  return (
    <FormModal<Values>
      title={`Đề nghị khen thưởng ${formatNumber(models.length)} mô hình`}
      okText="Đề nghị khen thưởng"
      form={form}
      name="commendation-propose"
      initialValues={{ form: 'Giấy khen', formOther: '', issuer: '', note: '' }}
      pending={propose.isPending}
      save={proposeAll}
      showError={(error) => showFieldErrors(form, error)}
      onClose={onClose}
      onSaved={onDone}
    >
      <ModelTitles titles={models.map((m) => m.title)} />
      <CommendationFields issuerRequired={false} />
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
