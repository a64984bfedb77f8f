import { formatDate } from '../format/date';
import { formatNumber } from '../format/number';
import { commendationStatusLabels, type CommendationStatus } from './commendation';
import { statusLabels, type ModelStatus } from './lifecycle';
import { sameRecord } from './merge-plan';
import { kindLabels, modelLabels, registrationLabels, type ModelKind, type RegistrationType } from './model';
import type { RecordKind } from './office-data';
import { roundStatusLabels, type RoundStatus } from './round';

/**
 * What differs between this office's copy of a record and a package's copy (issue 13 §3), field by field in
 * the words of the forms, so that a conflict can be settled knowingly: "Tên mô hình: Đường liên thôn (huyện
 * sửa) ↔ Đường liên thôn (xã sửa)". Pure: the names of linked records come from `nameOf`.
 */
export interface FieldDifference {
  label: string;
  local: string;
  incoming: string;
}

/** The name of a catalogue item, rubric or model by id; undefined when neither side knows it. */
export type NameOf = (id: string) => string | undefined;

type Shown = (value: unknown, nameOf: NameOf) => string;
interface FieldSpec {
  /** The stored field it reads (so the fields no spec covers can be told apart). */
  field: string;
  label: string;
  read?: (record: Record<string, unknown>) => unknown;
  show?: Shown;
}

const EMPTY = '—';
const LONG = 300;

const text = (v: unknown): string => {
  const s = typeof v === 'string' ? v.trim() : '';
  if (!s) return EMPTY;
  return s.length > LONG ? `${s.slice(0, LONG)}…` : s;
};
const label =
  <K extends string>(labels: Record<K, string>): Shown =>
  (v) =>
    labels[v as K] ?? text(v);
const date: Shown = (v) => (typeof v === 'string' && v ? formatDate(v) : EMPTY);
const named: Shown = (v, nameOf) => (typeof v === 'string' ? (nameOf(v) ?? 'không rõ') : EMPTY);
const names: Shown = (v, nameOf) => {
  const ids = Array.isArray(v) ? (v as string[]) : [];
  if (ids.length === 0) return EMPTY;
  return text(`${formatNumber(ids.length)}: ${ids.map((id) => nameOf(id) ?? 'không rõ').join('; ')}`);
};
const number: Shown = (v) => (typeof v === 'number' ? formatNumber(v) : EMPTY);
const yesNo: Shown = (v) => (v ? 'Có' : 'Không');
const inUse: Shown = (v) => (v ? 'Đang dùng' : 'Ngừng dùng');

/** A model's field, labelled from the model's one label table. */
const model = (field: keyof typeof modelLabels, show?: Shown): FieldSpec => ({
  field,
  label: modelLabels[field],
  show,
});

const modelSpecs: FieldSpec[] = [
  model('year', (v) => String(v)),
  model('title'),
  model('kind', label<ModelKind>(kindLabels)),
  model('unitId', named),
  model('personName'),
  model('personPosition'),
  model('fieldId', named),
  model('registration', label<RegistrationType>(registrationLabels)),
  model('previousId', named),
  model('replicatesId', named),
  model('commune'),
  model('hamlet'),
  model('situation'),
  model('goals'),
  model('content'),
  model('participants'),
  model('forces'),
  model('resources'),
  model('startDate', date),
  model('endDate', date),
  model('expectedResults'),
  model('sustainability'),
  model('contactName'),
  model('contactPhone'),
  model('status', label<ModelStatus>(statusLabels)),
  {
    field: 'outcomes',
    label: modelLabels.outcomes,
    read: (r) => (r.outcomes as { narrative?: unknown } | undefined)?.narrative,
  },
  {
    field: 'outcomes',
    label: `${modelLabels.outcomes} (số liệu)`,
    read: (r) => (r.outcomes as { values?: unknown } | undefined)?.values,
    show: (v, nameOf) => {
      const entries = Object.entries((v ?? {}) as Record<string, number>);
      if (entries.length === 0) return EMPTY;
      return entries.map(([id, n]) => `${nameOf(id) ?? 'không rõ'}: ${formatNumber(n)}`).join('; ');
    },
  },
  {
    field: 'attachments',
    label: modelLabels.attachments,
    show: (v) => {
      const files = (v ?? []) as { name: string }[];
      return files.length === 0 ? EMPTY : text(files.map((f) => f.name).join('; '));
    },
  },
  {
    field: 'deletedAt',
    label: 'Thùng rác',
    show: (v) => (typeof v === 'string' ? `Đã chuyển vào thùng rác ngày ${formatDate(v)}` : EMPTY),
  },
  model('origin'),
];

const specs: Record<RecordKind, FieldSpec[]> = {
  models: modelSpecs,
  units: [
    { field: 'name', label: 'Tên đơn vị' },
    { field: 'type', label: 'Loại đơn vị' },
    { field: 'commune', label: 'Thuộc xã, thị trấn' },
    { field: 'active', label: 'Sử dụng', show: inUse },
  ],
  fields: [
    { field: 'name', label: 'Tên lĩnh vực' },
    { field: 'active', label: 'Sử dụng', show: inUse },
  ],
  indicators: [
    { field: 'name', label: 'Tên chỉ tiêu' },
    { field: 'measure', label: 'Đơn vị tính' },
    { field: 'active', label: 'Sử dụng', show: inUse },
  ],
  members: [
    { field: 'name', label: 'Họ và tên' },
    { field: 'position', label: 'Chức vụ' },
    { field: 'active', label: 'Sử dụng', show: inUse },
  ],
  rubrics: [
    { field: 'name', label: 'Tên bộ tiêu chí' },
    { field: 'kind', label: 'Áp dụng cho', show: label<ModelKind>(kindLabels) },
    {
      field: 'criteria',
      label: 'Các tiêu chí',
      show: (v) =>
        text(
          ((v ?? []) as { text: string; maxPoints: number }[])
            .map((c) => `${c.text} (${formatNumber(c.maxPoints)} điểm)`)
            .join('; '),
        ),
    },
  ],
  rounds: [
    { field: 'name', label: 'Tên đợt đánh giá' },
    { field: 'date', label: 'Ngày đánh giá', show: date },
    { field: 'status', label: 'Trạng thái', show: label<RoundStatus>(roundStatusLabels) },
    { field: 'memberIds', label: 'Thành viên chấm điểm', show: names },
    { field: 'modelIds', label: 'Mô hình được đánh giá', show: names },
    {
      field: 'thresholds',
      label: 'Ngưỡng xếp loại',
      show: (v) => {
        const t = v as { exemplary: number; recognised: number } | undefined;
        return t
          ? `Tiêu biểu từ ${formatNumber(t.exemplary)}; Công nhận từ ${formatNumber(t.recognised)}`
          : EMPTY;
      },
    },
    { field: 'dropExtremes', label: 'Loại điểm cao nhất, thấp nhất', show: yesNo },
    {
      field: 'rubrics',
      label: 'Bộ tiêu chí',
      show: (v) => {
        const r = v as Record<string, { name: string }> | undefined;
        return r
          ? Object.values(r)
              .map((x) => x.name)
              .join('; ')
          : EMPTY;
      },
    },
    {
      field: 'applied',
      label: 'Kết quả đã áp dụng cho mô hình',
      show: (v) => `${formatNumber(((v ?? []) as unknown[]).length)} mô hình`,
    },
  ],
  sheets: [
    { field: 'memberId', label: 'Thành viên', show: named },
    { field: 'modelId', label: 'Mô hình', show: named },
    {
      field: 'scores',
      label: 'Điểm từng tiêu chí',
      show: (v) =>
        ((v ?? []) as (number | null)[]).map((n) => (n === null ? EMPTY : formatNumber(n))).join('; '),
    },
    { field: 'total', label: 'Tổng điểm', show: number },
  ],
  commendations: [
    { field: 'modelId', label: 'Mô hình', show: named },
    { field: 'status', label: 'Trạng thái', show: label<CommendationStatus>(commendationStatusLabels) },
    { field: 'form', label: 'Hình thức khen thưởng' },
    { field: 'formOther', label: 'Hình thức khen thưởng khác' },
    { field: 'issuer', label: 'Cơ quan khen thưởng' },
    { field: 'decisionNumber', label: 'Số quyết định' },
    { field: 'decisionDate', label: 'Ngày quyết định', show: date },
    { field: 'note', label: 'Ghi chú' },
  ],
};

/** Kept beside every record, or shown elsewhere: when each side last changed it is shown with the conflict. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy', 'history', 'roundId']);

/**
 * The fields in which the two copies differ, in the form's order, each with both values as the office reads
 * them. Fields no form shows are summed up in one line, so no difference goes unmentioned.
 */
export function recordDifferences(
  kind: RecordKind,
  local: object,
  incoming: object,
  nameOf: NameOf,
): FieldDifference[] {
  const l = local as Record<string, unknown>;
  const i = incoming as Record<string, unknown>;
  const list = specs[kind];
  const differences: FieldDifference[] = [];
  for (const spec of list) {
    const read = spec.read ?? ((r: Record<string, unknown>) => r[spec.field]);
    const [a, b] = [read(l), read(i)];
    if (sameRecord(a ?? null, b ?? null)) continue;
    const show = spec.show ?? text;
    differences.push({ label: spec.label, local: show(a, nameOf), incoming: show(b, nameOf) });
  }
  const covered = new Set(list.map((s) => s.field));
  const others = [...new Set([...Object.keys(l), ...Object.keys(i)])].filter(
    (key) => !covered.has(key) && !BOOKKEEPING.has(key) && !sameRecord(l[key] ?? null, i[key] ?? null),
  );
  if (others.length > 0)
    differences.push({ label: 'Nội dung khác', local: 'khác bản trong gói', incoming: 'khác bản ở đây' });
  return differences;
}

/**
 * Who made a record's last change: its `updatedBy`, or, in a record written before that was kept, the author
 * of a history entry made at the same moment (a change of status, a decision, a round's closing); else null.
 */
export function lastChangedBy(record: object): string | null {
  const { history, updatedAt, updatedBy } = record as {
    history?: unknown;
    updatedAt?: unknown;
    updatedBy?: unknown;
  };
  if (typeof updatedBy === 'string' && updatedBy) return updatedBy;
  if (!Array.isArray(history)) return null;
  const last = history.at(-1) as { at?: unknown; by?: unknown } | undefined;
  return last && last.at === updatedAt && typeof last.by === 'string' && last.by ? last.by : null;
}
