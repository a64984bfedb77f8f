import { describe, expect, it } from 'vitest';
import { lastChangedBy, recordDifferences } from '../../../shared/domain/record-diff';
import { modelRecord } from '../../helpers/model-records';

const UNIT_A = '00000000-0000-4000-8000-0000000000a1';
const UNIT_B = '00000000-0000-4000-8000-0000000000b2';
const FIELD = '00000000-0000-4000-8000-000000000101';
const DAYS = '00000000-0000-4000-8000-000000000201';
const names = new Map([
  [UNIT_A, 'Hội Nông dân xã'],
  [UNIT_B, 'Chi bộ thôn Bản Xả'],
  [FIELD, 'Kinh tế'],
  [DAYS, 'Ngày công lao động'],
]);
const nameOf = (id: string) => names.get(id);

describe('what differs between two copies of a record (the conflict list)', () => {
  it('lists each differing field of a model in the form’s order, with both values as the office reads them', () => {
    const ours = modelRecord({ unitId: UNIT_A, fieldId: FIELD, title: 'Đường liên thôn (huyện sửa)' });
    const theirs = {
      ...ours,
      title: 'Đường liên thôn (xã sửa)',
      unitId: UNIT_B,
      kind: 'individual' as const,
      personName: 'Nguyễn Văn A',
      startDate: '2023-03-05',
      status: 'recognised' as const,
      outcomes: { narrative: '', values: { [DAYS]: 1250 } },
      attachments: [{ id: FIELD, name: 'Biên bản.pdf', size: 10, addedAt: ours.createdAt }],
      updatedAt: '2023-04-01T00:00:00.000Z',
      history: [{ at: ours.createdAt, from: null, to: 'recognised' as const, note: '', by: 'xa' }],
    };
    expect(recordDifferences('models', ours, theirs, nameOf)).toEqual([
      { label: 'Tên mô hình', local: 'Đường liên thôn (huyện sửa)', incoming: 'Đường liên thôn (xã sửa)' },
      { label: 'Hình thức', local: 'Tập thể', incoming: 'Cá nhân' },
      { label: 'Đơn vị đăng ký', local: 'Hội Nông dân xã', incoming: 'Chi bộ thôn Bản Xả' },
      { label: 'Họ và tên', local: '—', incoming: 'Nguyễn Văn A' },
      { label: 'Thời gian bắt đầu', local: '—', incoming: '05/03/2023' },
      { label: 'Trạng thái', local: 'Đã đăng ký', incoming: 'Công nhận' },
      { label: 'Kết quả đạt được (số liệu)', local: '—', incoming: 'Ngày công lao động: 1.250' },
      { label: 'Tệp đính kèm', local: '—', incoming: 'Biên bản.pdf' },
    ]);
    // Times and history are bookkeeping: the conflict shows when each side changed it.
    expect(recordDifferences('models', ours, { ...ours, updatedAt: theirs.updatedAt }, nameOf)).toEqual([]);
  });

  it('shortens a long text, names a link neither side knows, and never leaves a difference unmentioned', () => {
    const ours = modelRecord({ unitId: UNIT_A, fieldId: FIELD, content: 'a'.repeat(400) });
    const theirs = { ...ours, content: 'b'.repeat(400), fieldId: '00000000-0000-4000-8000-00000000ffff' };
    const [field, content] = recordDifferences('models', ours, theirs, nameOf);
    expect(field).toEqual({ label: 'Lĩnh vực', local: 'Kinh tế', incoming: 'không rõ' });
    expect(content!.label).toBe('Nội dung, cách thức thực hiện');
    expect(content!.local).toBe(`${'a'.repeat(300)}…`);

    const unit = { id: UNIT_A, name: 'Xã Nam Mẫu', type: 'Xã, thị trấn', commune: '', active: true };
    expect(recordDifferences('units', unit, { ...unit, active: false, extra: 1 }, nameOf)).toEqual([
      { label: 'Sử dụng', local: 'Đang dùng', incoming: 'Ngừng dùng' },
      { label: 'Nội dung khác', local: 'khác bản trong gói', incoming: 'khác bản ở đây' },
    ]);
  });

  it('names who made the last change: the record’s own stamp, else in older records a history entry', () => {
    const registered = modelRecord({ unitId: UNIT_A, fieldId: FIELD });
    const recognised = {
      ...registered,
      status: 'recognised' as const,
      updatedAt: '2023-05-02T03:00:00.000Z',
      history: [
        { at: registered.createdAt, from: null, to: 'registered' as const, note: '', by: 'chuyenvien' },
        {
          at: '2023-05-02T03:00:00.000Z',
          from: 'registered' as const,
          to: 'recognised' as const,
          note: '',
          by: 'truongban',
        },
      ],
    };
    expect(lastChangedBy(recognised)).toBe('truongban');
    expect(
      lastChangedBy({ ...recognised, title: 'Sửa tên', updatedAt: '2023-05-03T03:00:00.000Z' }),
    ).toBeNull();
    expect(lastChangedBy({ id: UNIT_A, name: 'Xã Nam Mẫu', updatedAt: registered.updatedAt })).toBeNull();
    // Written since every change is stamped: an edit names its author, and the stamp is no difference.
    const edited = {
      ...recognised,
      title: 'Sửa tên',
      updatedAt: '2023-05-03T03:00:00.000Z',
      updatedBy: 'xa',
    };
    expect(lastChangedBy(edited)).toBe('xa');
    expect(lastChangedBy({ id: UNIT_A, name: 'Xã Nam Mẫu', updatedBy: 'huyen' })).toBe('huyen');
    expect(recordDifferences('models', edited, { ...edited, updatedBy: 'huyen' }, nameOf)).toEqual([]);
  });
});
