import { App, Button, Card, Col, Form, Input, Row } from 'antd';
import type { Model } from '../../../../shared/domain/model';
import { errorMessage } from '../../api/api-error';
import { useCatalogues } from '../../api/queries/catalogues';
import { useSetOutcomes } from '../../api/queries/models';
import { clearChangedErrors, showFieldErrors } from '../../forms/server-errors';
import { NumberInput, numberRule } from '../../forms/NumberInput';
import { useUnsavedChanges } from '../../forms/use-unsaved-changes';

interface OutcomeValues {
  narrative: string;
  values: Record<string, number | string | null | undefined>;
}

/**
 * "Kết quả đạt được": the narrative and one number per indicator. Indicators in use are offered; a
 * deactivated one still shows where this model has a number for it.
 */
export function OutcomesCard({ model }: { model: Model }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OutcomeValues>();
  const catalogues = useCatalogues();
  const save = useSetOutcomes();
  const guard = useUnsavedChanges();
  const indicators = (catalogues.data?.indicators ?? []).filter(
    (i) => i.active || model.outcomes.values[i.id] !== undefined,
  );

  const submit = async (values: OutcomeValues) => {
    const numbers = Object.entries(values.values ?? {}).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    );
    try {
      await save.mutateAsync({
        ref: { year: model.year, id: model.id },
        outcomes: { narrative: values.narrative ?? '', values: Object.fromEntries(numbers) },
      });
      guard.saved();
      message.success('Đã lưu kết quả đạt được.');
    } catch (error) {
      if (!showFieldErrors(form, error, ['outcomes'])) message.error(errorMessage(error));
    }
  };

  return (
    <Card title="Kết quả đạt được">
      <Form<OutcomeValues>
        form={form}
        name="outcomes"
        layout="vertical"
        initialValues={model.outcomes}
        onFinish={submit}
        onValuesChange={(changed: object) => {
          guard.changed();
          clearChangedErrors(form, changed);
        }}
        requiredMark={false}
      >
        <Form.Item name="narrative" label="Mô tả kết quả">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} />
        </Form.Item>
        <Row gutter={16}>
          {indicators.map((indicator) => (
            <Col key={indicator.id} xs={24} md={12} xl={8}>
              <Form.Item
                name={['values', indicator.id]}
                label={indicator.name}
                rules={[
                  numberRule(indicator.name, true),
                  {
                    // Only a number read from the text can be negative; refused text has its own message.
                    validator: async (_, value: unknown) => {
                      if (typeof value === 'number' && value < 0)
                        throw new Error(`${indicator.name}: không được âm.`);
                    },
                  },
                ]}
              >
                <NumberInput decimals suffix={indicator.measure} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu kết quả
        </Button>
      </Form>
    </Card>
  );
}
