import { App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useCallback } from 'react';
import type { ModelDetail, ModelLink } from '../../../shared/contract/models';
import {
  kindLabels,
  modelKinds,
  modelLabels as L,
  registrationLabels,
  registrationTypes,
  type Model,
  type ModelKind,
  type ModelRef,
  type RegistrationType,
} from '../../../shared/domain/model';
import { errorMessage } from '../api/api-error';
import { modelQuery, useCreateModel, useUpdateModel } from '../api/queries/models';
import { useCatalogueOptions, type NamedOption } from '../catalogues/use-catalogue-options';
import { foldedFilter } from '../forms/folded-filter';
import { focusFirstError } from '../forms/focus-first-error';
import { DATE_FORMAT, isoDateItem } from '../forms/iso-date';
import { clearChangedErrors, showFieldErrors } from '../forms/server-errors';
import { NumberInput, numberRule } from '../forms/NumberInput';
import { useCancelShortcut } from '../forms/use-cancel-shortcut';
import { useUnsavedChanges } from '../forms/use-unsaved-changes';
import { useSaveShortcut } from '../forms/use-save-shortcut';
import { carryOver, toModelInput, type ModelFormValues } from './model-form-values';
import { modelRule } from './model-rules';
import { ModelPicker } from './ModelPicker';

const textArea = (placeholder?: string) => (
  <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} placeholder={placeholder} />
);

interface ModelFormProps {
  initial: ModelFormValues;
  /** The model being edited, with its links (named in the pickers); absent when registering. */
  editing?: ModelDetail;
  /** Leaves without saving ("Hủy", Esc), once any typing has been confirmed as dropped. */
  onLeave: () => void;
  onSaved: (model: Model) => void;
}

/** "Đăng ký mô hình" (domain.md §4): the labels and their order are the office's own. */
export function ModelForm({ initial, editing, onLeave, onSaved }: ModelFormProps) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<ModelFormValues>();
  const create = useCreateModel();
  const update = useUpdateModel();
  const saving = create.isPending || update.isPending;
  const guard = useUnsavedChanges();

  const year = Form.useWatch('year', form) ?? initial.year;
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const registration = Form.useWatch('registration', form) ?? initial.registration;
  const previousId = Form.useWatch('previousId', form) as string | null | undefined;
  const unitOptions = useCatalogueOptions('units', initial.unitId);
  const fieldOptions = useCatalogueOptions('fields', initial.fieldId);

  const save = useCallback(async () => {
    // A second Ctrl+Enter while the first save runs must not register the model twice.
    if (saving) return;
    try {
      // Checked without redrawing: a form that passes (the usual case) is not drawn twice more before saving.
      await form.validateFields({ validateOnly: true }).catch(() => form.validateFields());
    } catch {
      focusFirstError(form);
      return;
    }
    // Hidden fields keep their values in the store; toModelInput decides which of them count.
    const input = toModelInput(form.getFieldsValue(true) as ModelFormValues);
    try {
      const saved = editing
        ? await update.mutateAsync({ ref: { year: editing.model.year, id: editing.model.id }, form: input })
        : await create.mutateAsync(input);
      message.success(editing ? 'Đã lưu mô hình.' : `Đã đăng ký mô hình “${saved.title}”.`);
      guard.saved();
      onSaved(saved);
    } catch (error) {
      if (showFieldErrors(form, error, editing ? ['form'] : [])) focusFirstError(form);
      else message.error(errorMessage(error));
    }
  }, [form, editing, update, create, message, onSaved, saving, guard]);

  const cancel = useCallback(() => guard.leave(onLeave), [guard, onLeave]);

  useSaveShortcut(save);
  useCancelShortcut(cancel);

  /** Choosing last year's model fills what is still empty from it. */
  const takeOver = useCallback(
    async (ref: ModelRef) => {
      try {
        const { model } = await client.fetchQuery(modelQuery(ref));
        const current = form.getFieldsValue(true) as ModelFormValues;
        form.setFieldsValue({
          ...carryOver(current, model),
          ...(form.isFieldTouched('kind') ? {} : { kind: model.kind }),
        });
      } catch (error) {
        message.error(errorMessage(error));
      }
    },
    [client, form, message],
  );

  return (
    <Form<ModelFormValues>
      form={form}
      name="model"
      layout="vertical"
      initialValues={initial}
      onValuesChange={(changed: object) => {
        guard.changed();
        clearChangedErrors(form, changed);
      }}
      requiredMark
    >
      <ModelFields
        year={year}
        kind={kind}
        registration={registration}
        previousId={previousId}
        unitOptions={unitOptions}
        fieldOptions={fieldOptions}
        editedId={editing?.model.id}
        continuedFrom={editing?.links.continuedFrom}
        replicates={editing?.links.replicates}
        takeOver={takeOver}
      />
      <div className="form-actions">
        <Space>
          {/* Not a submit button: Enter in a field of this long form must not save it half-filled. */}
          <Button type="primary" onClick={save} loading={saving}>
            Lưu
          </Button>
          <Button onClick={cancel}>Hủy</Button>
        </Space>
        <span className="form-hint">Phím tắt: Ctrl+Enter để lưu, Esc để hủy</span>
      </div>
    </Form>
  );
}

interface ModelFieldsProps {
  year: number;
  kind: ModelKind;
  registration: RegistrationType;
  previousId: string | null | undefined;
  unitOptions: NamedOption[];
  fieldOptions: NamedOption[];
  /** The model being edited (never offered as the one it replicates), and its links as named in the pickers. */
  editedId: string | undefined;
  continuedFrom: ModelLink | null | undefined;
  replicates: ModelLink | null | undefined;
  takeOver: (ref: ModelRef) => Promise<void>;
}

/**
 * The form's fields. Drawn again only when what they show changes: saving ("Lưu" turning busy, the saved
 * model coming back) redraws the buttons, not thirty inputs.
 */
const ModelFields = memo(function ModelFields({
  year,
  kind,
  registration,
  previousId,
  unitOptions,
  fieldOptions,
  editedId,
  continuedFrom,
  replicates,
  takeOver,
}: ModelFieldsProps) {
  return (
    <Card>
      <Row gutter={16}>
        <Col xs={24} md={4}>
          <Form.Item
            name="year"
            label={L.year}
            rules={[
              { required: true, message: `${L.year}: không được để trống.` },
              numberRule(L.year, false),
            ]}
          >
            <NumberInput decimals={false} year autoFocus />
          </Form.Item>
        </Col>
        <Col xs={24} md={20}>
          <Form.Item name="title" label={L.title} required rules={[modelRule('title')]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={L.kind} rules={[{ required: true }]}>
            <Radio.Group
              aria-label={L.kind}
              options={modelKinds.map((value) => ({ value, label: kindLabels[value] }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="unitId" label={L.unitId} required rules={[modelRule('unitId')]}>
            <Select
              options={unitOptions}
              showSearch={{ filterOption: foldedFilter }}
              placeholder="Gõ để tìm đơn vị"
              notFoundContent="Không có đơn vị đang sử dụng nào khớp."
            />
          </Form.Item>
        </Col>
        {kind === 'individual' && (
          <>
            <Col xs={24} md={12}>
              <Form.Item name="personName" label={L.personName} required rules={[modelRule('personName')]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="personPosition"
                label={L.personPosition}
                required
                rules={[modelRule('personPosition')]}
              >
                <Input />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="fieldId" label={L.fieldId} required rules={[modelRule('fieldId')]}>
            <Select
              options={fieldOptions}
              showSearch={{ filterOption: foldedFilter }}
              placeholder="Chọn lĩnh vực"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="registration" label={L.registration} rules={[{ required: true }]}>
            <Radio.Group
              aria-label={L.registration}
              options={registrationTypes.map((value) => ({ value, label: registrationLabels[value] }))}
            />
          </Form.Item>
        </Col>
        {registration === 'continued' && (
          <Col span={24}>
            <Form.Item
              name="previousId"
              label={L.previousId}
              rules={[modelRule('previousId')]}
              extra={
                previousId
                  ? 'Các ô còn trống sẽ được điền theo mô hình được duy trì.'
                  : 'Mô hình năm trước chưa có trong dữ liệu thì để trống. Nếu có, hãy chọn mô hình được ' +
                    'duy trì; các ô còn trống sẽ được điền theo mô hình đó.'
              }
            >
              <ModelPicker
                year={year - 1}
                current={continuedFrom}
                onPick={takeOver}
                placeholder={`Gõ tên mô hình năm ${year - 1} để tìm`}
              />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item
            name="replicatesId"
            label={L.replicatesId}
            extra="Nếu mô hình này làm theo một mô hình đã có (ở nơi khác hoặc năm trước), hãy chọn mô hình đó."
          >
            <ModelPicker
              year={null}
              current={replicates}
              excludeId={editedId}
              placeholder="Gõ tên mô hình để tìm (không bắt buộc)"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="commune" label={L.commune}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="hamlet" label={L.hamlet}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="situation" label={L.situation}>
            {textArea()}
          </Form.Item>
          <Form.Item name="goals" label={L.goals}>
            {textArea()}
          </Form.Item>
          <Form.Item name="content" label={L.content}>
            {textArea()}
          </Form.Item>
          <Form.Item name="participants" label={L.participants}>
            {textArea()}
          </Form.Item>
          <Form.Item name="forces" label={L.forces}>
            {textArea('chủ trì, phối hợp')}
          </Form.Item>
          <Form.Item name="resources" label={L.resources}>
            {textArea('kinh phí, ngày công, xã hội hóa')}
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="startDate" label={L.startDate} {...isoDateItem}>
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="endDate"
            label={L.endDate}
            dependencies={['startDate']}
            rules={[modelRule('endDate')]}
            {...isoDateItem}
          >
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="expectedResults" label={L.expectedResults}>
            {textArea()}
          </Form.Item>
          <Form.Item name="sustainability" label={L.sustainability}>
            {textArea()}
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="contactName" label={L.contactName}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="contactPhone" label={L.contactPhone} rules={[modelRule('contactPhone')]}>
            <Input inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
});
