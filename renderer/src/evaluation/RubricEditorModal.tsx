import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { kindLabels, modelKinds } from '../../../shared/domain/model';
import {
  MAX_CRITERIA,
  RUBRIC_TOTAL,
  rubricTotal,
  type Rubric,
  type RubricSaveInput,
} from '../../../shared/domain/rubric';
import { formatNumber } from '../../../shared/format/number';
import { errorMessage } from '../api/api-error';
import { useSaveRubric } from '../api/queries/evaluation';
import { showFieldErrors } from '../forms/server-errors';
import { useSaveShortcut } from '../forms/use-save-shortcut';
import { NumberInput, numberRule } from '../forms/NumberInput';
import './evaluation.css';

type Values = RubricSaveInput;

const blank: Values = { name: '', kind: 'collective', criteria: [{ text: '', maxPoints: RUBRIC_TOTAL }] };

const valuesOf = (rubric: Rubric): Values => ({
  id: rubric.id,
  name: rubric.name,
  kind: rubric.kind,
  criteria: rubric.criteria.map(({ id, text, maxPoints }) => ({ id, text, maxPoints })),
});

/**
 * The backend checks every field (its messages are put beside the inputs), so the form has no rules of its own.
 * Adds or edits a "Bộ tiêu chí": its criteria in order and their maximum points, which must add up to 100.
 * The running total is shown as the points are typed, so the staff see where the 100 points went.
 */
export function RubricEditorModal({ rubric, onClose }: { rubric: Rubric | 'new'; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveRubric();
  const criteria = Form.useWatch('criteria', form) ?? [];
  const total = rubricTotal({ criteria: criteria.map((c) => ({ maxPoints: Number(c?.maxPoints) || 0 })) });

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await save.mutateAsync(values);
      message.success(`Đã lưu bộ tiêu chí “${values.name.trim()}”.`);
      onClose();
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(errorMessage(error));
    }
  };
  useSaveShortcut(submit);

  return (
    <Modal
      open
      width={860}
      title={rubric === 'new' ? 'Thêm bộ tiêu chí' : 'Sửa bộ tiêu chí'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        className="detail-alert"
        title="Các đợt đánh giá đã tạo giữ nguyên bộ tiêu chí của mình; thay đổi ở đây áp dụng cho các đợt tạo sau."
      />
      <Form form={form} layout="vertical" initialValues={rubric === 'new' ? blank : valuesOf(rubric)}>
        <Form.Item name="id" hidden>
          <Input />
        </Form.Item>
        <Space align="start" size="large" wrap>
          <Form.Item name="name" label="Tên bộ tiêu chí">
            <Input style={{ width: 460 }} maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label="Áp dụng cho">
            <Radio.Group
              aria-label="Áp dụng cho"
              optionType="button"
              options={modelKinds.map((kind) => ({
                value: kind,
                label: `Mô hình ${kindLabels[kind].toLocaleLowerCase('vi')}`,
              }))}
            />
          </Form.Item>
        </Space>
        <Form.List name="criteria">
          {(fields, { add, remove, move }, { errors }) => (
            <>
              <table className="rubric-editor">
                <thead>
                  <tr>
                    <th className="rubric-number">STT</th>
                    <th>Nội dung tiêu chí</th>
                    <th className="rubric-points">Điểm tối đa</th>
                    <th className="rubric-actions" aria-label="Thao tác" />
                  </tr>
                </thead>
                <tbody>
                  {fields.map((field, index) => (
                    <tr key={field.key}>
                      <td className="rubric-number">{index + 1}</td>
                      <td>
                        <Form.Item name={[field.name, 'id']} hidden>
                          <Input />
                        </Form.Item>
                        <Form.Item name={[field.name, 'text']}>
                          <Input.TextArea
                            aria-label={`Nội dung tiêu chí ${index + 1}`}
                            autoSize={{ minRows: 1, maxRows: 4 }}
                            maxLength={1000}
                          />
                        </Form.Item>
                      </td>
                      <td className="rubric-points">
                        <Form.Item
                          name={[field.name, 'maxPoints']}
                          rules={[numberRule(`Điểm tối đa của tiêu chí ${index + 1}`, true)]}
                        >
                          <NumberInput decimals aria-label={`Điểm tối đa của tiêu chí ${index + 1}`} />
                        </Form.Item>
                      </td>
                      <td className="rubric-actions">
                        <Space size={0}>
                          <Button
                            type="text"
                            icon={<ArrowUpOutlined />}
                            aria-label="Chuyển lên"
                            disabled={index === 0}
                            onClick={() => move(index, index - 1)}
                          />
                          <Button
                            type="text"
                            icon={<ArrowDownOutlined />}
                            aria-label="Chuyển xuống"
                            disabled={index === fields.length - 1}
                            onClick={() => move(index, index + 1)}
                          />
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`Xóa tiêu chí ${index + 1}`}
                            disabled={fields.length === 1}
                            onClick={() => remove(field.name)}
                          />
                        </Space>
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td />
                    <td className="rubric-total-label">Tổng điểm tối đa</td>
                    <td className="rubric-points">
                      <Typography.Text
                        strong
                        type={total === RUBRIC_TOTAL ? 'success' : 'danger'}
                        aria-live="polite"
                      >
                        {formatNumber(total)}/{RUBRIC_TOTAL}
                      </Typography.Text>
                    </td>
                    <td />
                  </tr>
                </tfoot>
              </table>
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ text: '', maxPoints: Math.max(0.5, RUBRIC_TOTAL - total) })}
                disabled={fields.length >= MAX_CRITERIA}
              >
                Thêm tiêu chí
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
