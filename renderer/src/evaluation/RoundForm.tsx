import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import type { RoundRef } from '../../../shared/contract/evaluation';
import { kindLabels, modelKinds, type ModelKind } from '../../../shared/domain/model';
import { defaultThresholds, type Round, type Thresholds } from '../../../shared/domain/round';
import { errorMessage } from '../api/api-error';
import { useCatalogues } from '../api/queries/catalogues';
import { useCreateRound, useRubrics, useUpdateRound } from '../api/queries/evaluation';
import { DATE_FORMAT, isoDateItem } from '../forms/iso-date';
import { NumberInput, numberRule } from '../forms/NumberInput';
import { showFieldErrors } from '../forms/server-errors';
import { useCancelShortcut } from '../forms/use-cancel-shortcut';
import { useSaveShortcut } from '../forms/use-save-shortcut';
import { ModelsChooser } from './ModelsChooser';
import { yearOptions } from './YearSelect';
import './evaluation.css';

/** The form's values: the channel's input, with the choice of models as a switch and a list. */
interface RoundFormValues {
  year: number;
  name: string;
  date: string | null;
  memberIds: string[];
  thresholds: Thresholds;
  dropExtremes: boolean;
  allOfYear: boolean;
  modelIds: string[];
  rubricIds: Partial<Record<ModelKind, string>>;
}

interface RoundFormProps {
  /** The round being edited, or null to create one. */
  editing: Round | null;
  initialYear: number;
  yearInUse: number;
  onLeave: () => void;
  onSaved: (ref: RoundRef) => void;
}

/**
 * "Tạo đợt đánh giá" and "Sửa đợt đánh giá": name, date, members, thresholds, the models scored. A new round
 * takes every model of the year still waiting for its evaluation, or the ones picked in the model list.
 * The backend checks every field; its messages are put beside the inputs. The page renders the form once
 * the catalogues and rubrics are loaded, since a form reads its initial values only once.
 */
export function RoundForm({ editing, initialYear, yearInUse, onLeave, onSaved }: RoundFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RoundFormValues>();
  const catalogues = useCatalogues();
  const rubrics = useRubrics();
  const create = useCreateRound();
  const update = useUpdateRound();
  const year = Form.useWatch('year', form) ?? initialYear;
  const allOfYear = Form.useWatch('allOfYear', form) ?? !editing;

  const initialValues = useMemo<RoundFormValues>(
    () =>
      editing
        ? {
            year: editing.year,
            name: editing.name,
            date: editing.date,
            memberIds: editing.memberIds,
            thresholds: editing.thresholds,
            dropExtremes: editing.dropExtremes,
            allOfYear: false,
            modelIds: editing.modelIds,
            rubricIds: {},
          }
        : {
            year: initialYear,
            name: '',
            date: dayjs().format('YYYY-MM-DD'),
            // Usually the whole committee scores: start with every active member ticked.
            memberIds: (catalogues.data?.members ?? []).filter((m) => m.active).map((m) => m.id),
            thresholds: defaultThresholds,
            dropExtremes: false,
            allOfYear: true,
            modelIds: [],
            // The backend's default too: the first rubric of each kind.
            rubricIds: Object.fromEntries(
              modelKinds.map((kind) => [kind, rubrics.data?.find((r) => r.kind === kind)?.id]),
            ),
          },
    [editing, initialYear, catalogues.data, rubrics.data],
  );

  const memberOptions = (catalogues.data?.members ?? [])
    .filter((m) => m.active || editing?.memberIds.includes(m.id))
    .map((m) => ({ value: m.id, label: m.position ? `${m.name} – ${m.position}` : m.name }));

  const save = useCallback(async () => {
    const v = form.getFieldsValue(true) as RoundFormValues;
    const fields = {
      year: v.year,
      name: v.name,
      date: v.date ?? '',
      memberIds: v.memberIds,
      thresholds: v.thresholds,
      dropExtremes: v.dropExtremes,
    };
    try {
      const saved = editing
        ? await update.mutateAsync({ ...fields, modelIds: v.modelIds, roundId: editing.id })
        : await create.mutateAsync({
            ...fields,
            rubricIds: v.rubricIds,
            ...(v.allOfYear ? { allOfYear: true } : { modelIds: v.modelIds }),
          });
      message.success(`Đã lưu đợt đánh giá “${saved.name}”.`);
      onSaved({ year: saved.year, roundId: saved.id });
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(errorMessage(error));
    }
  }, [form, editing, create, update, message, onSaved]);
  useSaveShortcut(save);
  useCancelShortcut(onLeave);

  if (catalogues.data && memberOptions.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        title="Chưa có thành viên Ban Chỉ đạo"
        description="Hãy thêm các thành viên chấm điểm trong “Danh mục” → “Thành viên Ban Chỉ đạo” trước khi tạo đợt đánh giá."
      />
    );
  }

  return (
    <Form<RoundFormValues> form={form} layout="vertical" initialValues={initialValues} requiredMark={false}>
      <Card title="Thông tin đợt đánh giá">
        <Row gutter={16}>
          <Col xs={24} md={4}>
            <Form.Item name="year" label="Năm">
              <Select
                options={yearOptions(yearInUse)}
                disabled={editing !== null}
                onChange={() => form.setFieldValue('modelIds', [])}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="name" label="Tên đợt đánh giá">
              <Input placeholder={`Ví dụ: Tổng kết năm ${year}`} maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="date" label="Ngày đánh giá" {...isoDateItem}>
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="memberIds" label="Thành viên chấm điểm">
              <Checkbox.Group options={memberOptions} className="member-checkboxes" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name={['thresholds', 'exemplary']}
              label="Ngưỡng “Tiêu biểu” (từ … điểm)"
              rules={[numberRule('Ngưỡng “Tiêu biểu”', true)]}
            >
              <NumberInput decimals />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name={['thresholds', 'recognised']}
              label="Ngưỡng “Công nhận” (từ … điểm)"
              rules={[numberRule('Ngưỡng “Công nhận”', true)]}
            >
              <NumberInput decimals />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="dropExtremes"
              label="Loại điểm cao nhất và thấp nhất"
              valuePropName="checked"
              extra="Khi tính điểm trung bình của mô hình có từ 5 phiếu trở lên."
            >
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <RubricChoice editing={editing} rubrics={rubrics.data} />
      </Card>
      <Card title="Mô hình được đánh giá" className="round-models-card">
        {!editing && (
          <Form.Item name="allOfYear">
            <Radio.Group
              aria-label="Mô hình được đánh giá"
              options={[
                { value: true, label: `Tất cả mô hình của năm ${year} (đã đăng ký, đang thực hiện)` },
                { value: false, label: 'Chọn mô hình' },
              ]}
            />
          </Form.Item>
        )}
        {!allOfYear && (
          <Form.Item name="modelIds">
            <ModelsChooser
              year={year}
              yearInUse={yearInUse}
              onYearChange={
                editing ? undefined : (picked) => form.setFieldsValue({ year: picked, modelIds: [] })
              }
            />
          </Form.Item>
        )}
      </Card>
      <div className="form-actions">
        <Space>
          {/* Not a submit button: Enter in a field (picking a date) must not save the form; Ctrl+Enter does. */}
          <Button type="primary" onClick={save} loading={create.isPending || update.isPending}>
            Lưu
          </Button>
          <Button onClick={onLeave}>Hủy</Button>
          <span className="form-hint">Ctrl+Enter để lưu, Esc để hủy</span>
        </Space>
      </div>
    </Form>
  );
}

/**
 * Which rubric each kind of model is scored on. A round keeps its own copy from creation on, so an edited
 * round shows the copy it has; a new one offers a choice only where there is one to make.
 */
function RubricChoice({
  editing,
  rubrics,
}: {
  editing: Round | null;
  rubrics: ReturnType<typeof useRubrics>['data'];
}) {
  return (
    <Row gutter={16}>
      {modelKinds.map((kind) => {
        const label = `Bộ tiêu chí cho mô hình ${kindLabels[kind].toLocaleLowerCase('vi')}`;
        if (editing) {
          return (
            <Col xs={24} md={12} key={kind}>
              {/* Not a field of the form (no name): its label names the box through its id. */}
              <Form.Item label={label} htmlFor={`round-rubric-${kind}`}>
                <Input id={`round-rubric-${kind}`} value={editing.rubrics[kind].name} disabled />
              </Form.Item>
            </Col>
          );
        }
        const options = (rubrics ?? [])
          .filter((r) => r.kind === kind)
          .map((r) => ({ value: r.id, label: r.name }));
        return (
          <Col xs={24} md={12} key={kind}>
            <Form.Item name={['rubricIds', kind]} label={label}>
              <Select options={options} placeholder="Chưa có bộ tiêu chí" />
            </Form.Item>
          </Col>
        );
      })}
    </Row>
  );
}
