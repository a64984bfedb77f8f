import { describe, expect, it } from 'vitest';
import { registrationLines } from '../../../shared/documents/registration-form';
import { importColumns } from '../../../shared/domain/import-columns';
import { blankModelForm, modelFormSchema, modelLabels } from '../../../shared/domain/model';
import { recordDifferences } from '../../../shared/domain/record-diff';
import { FORM_LABELS } from '../../helpers/form-labels';
import { modelRecord } from '../../helpers/model-records';

const UNIT = '00000000-0000-4000-8000-0000000000a1';
const FIELD = '00000000-0000-4000-8000-000000000101';

describe('the model’s field labels, one table for every place that names a field', () => {
  it('holds the registration form’s labels exactly as domain.md §4 spells them, in its order', () => {
    expect(Object.values(modelLabels).slice(0, FORM_LABELS.length)).toEqual(FORM_LABELS);
  });

  it('names the Excel columns, the printed registration, the conflict list and the messages by it', () => {
    expect(importColumns.map((c) => c.label)).toEqual([
      ...FORM_LABELS.filter((l) => l !== 'Nhân rộng từ'),
      'STT',
    ]);

    const form = { ...blankModelForm(2023), unitId: UNIT, fieldId: FIELD, kind: 'individual' as const };
    expect(
      registrationLines(form, { unit: 'Xã Nam Mẫu', field: 'Kinh tế', previous: null }).map((l) => l.label),
    ).toEqual([
      ...FORM_LABELS.slice(0, FORM_LABELS.indexOf('Mô hình năm trước')),
      'Địa bàn',
      ...FORM_LABELS.slice(FORM_LABELS.indexOf('Thực trạng, lý do xây dựng')),
    ]);

    const ours = modelRecord({ unitId: UNIT, fieldId: FIELD });
    const changed = Object.fromEntries(
      ['situation', 'contactName', 'origin'].map((key) => [key, `${key} khác`]),
    );
    expect(
      recordDifferences('models', ours, { ...ours, ...changed }, () => undefined).map((d) => d.label),
    ).toEqual(['Thực trạng, lý do xây dựng', 'Người phụ trách', 'Đơn vị gửi']);

    const refused = modelFormSchema.safeParse({ ...form, title: '', contactPhone: 'abc', personName: '' });
    expect(refused.error?.issues.map((i) => i.message)).toEqual([
      'Tên mô hình: không được để trống.',
      'Số điện thoại chỉ gồm chữ số, dấu cách và + . ( ) -.',
      'Họ và tên: bắt buộc khi hình thức là “Cá nhân”.',
      'Chức vụ: bắt buộc khi hình thức là “Cá nhân”.',
    ]);
  });
});
