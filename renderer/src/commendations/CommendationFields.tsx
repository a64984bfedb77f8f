import { Form, Input, Radio } from 'antd';
import { commendationForms, type CommendationForm } from '../../../shared/domain/commendation';

/**
 * "Hình thức khen thưởng" (with its name when "Khác") and "Cơ quan khen thưởng": asked when proposing and
 * again when the decision is recorded. Must sit inside a Form whose values have `form`, `formOther`, `issuer`.
 */
export function CommendationFields({ issuerRequired }: { issuerRequired: boolean }) {
  const form = Form.useWatch<CommendationForm | undefined>('form');
  return (
    <>
      <Form.Item name="form" label="Hình thức khen thưởng">
        <Radio.Group
          aria-label="Hình thức khen thưởng"
          options={commendationForms.map((value) => ({ value, label: value }))}
        />
      </Form.Item>
      {form === 'Khác' && (
        <Form.Item name="formOther" label="Hình thức khen thưởng khác">
          <Input placeholder="Ví dụ: Kỷ niệm chương" maxLength={200} />
        </Form.Item>
      )}
      <Form.Item
        name="issuer"
        label="Cơ quan khen thưởng"
        extra={issuerRequired ? undefined : 'Có thể để trống và ghi khi có quyết định.'}
      >
        <Input placeholder="Ví dụ: Ban Thường vụ Huyện ủy" maxLength={200} />
      </Form.Item>
    </>
  );
}
