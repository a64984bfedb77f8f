import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport, type AnnualReport } from '../../../shared/documents/annual-report';
import { cellText, documentAverage, documentRows } from '../../../shared/documents/list-document';
import {
  buildCommendationList,
  buildModelList,
  buildRecognisedList,
} from '../../../shared/documents/model-lists';
import { buildRoundSummary, finalisedAverages } from '../../../shared/documents/round-summary';
import { defaultFields, defaultIndicators } from '../../../shared/domain/catalogues';
import type { Commendation } from '../../../shared/domain/commendation';
import { buildDashboard } from '../../../shared/domain/dashboard';
import type { Model } from '../../../shared/domain/model';
import { defaultOfficeSettings, type OfficeSettings } from '../../../shared/domain/office-settings';
import { defaultThresholds, type Round } from '../../../shared/domain/round';
import { defaultRubrics } from '../../../shared/domain/rubric';
import { roundResults } from '../../../shared/domain/scoring';
import type { Sheet } from '../../../shared/domain/sheet';
import { cataloguesOf, memberRecord, unitRecord } from '../../helpers/catalogue-records';
import { modelRecord } from '../../helpers/model-records';

const AT = '2023-01-01T00:00:00.000Z';
const choRa = unitRecord('Thị trấn Chợ Rã');
const closed = unitRecord('Xã Cũ', false);
const youth = unitRecord('Huyện đoàn', true, 'Mặt trận Tổ quốc và các đoàn thể');
const [economy, culture] = defaultFields;
const land = defaultIndicators.find((i) => i.name === 'Đất hiến')!;
const members = [memberRecord('Nguyễn Văn A'), memberRecord('Trần Thị B')];
const catalogues = cataloguesOf([choRa, closed, youth], members);
const settings: OfficeSettings = {
  ...defaultOfficeSettings(new Date('2024-01-10')),
  parentName: 'Huyện ủy Ba Bể',
  orgName: 'Ban Dân vận',
  orgSymbol: 'BDVHU',
  placeName: 'Ba Bể',
  signerName: 'Hoàng Văn C',
  signerTitle: 'Trưởng ban',
  signingBody: 'Ban Thường vụ',
};
const ctx = { settings, catalogues, date: new Date(2024, 0, 10) };

const models: Model[] = [
  modelRecord({
    unitId: choRa.id,
    fieldId: economy!.id,
    title: 'Đoạn đường tự quản',
    status: 'exemplary',
    outcomes: { narrative: 'Làm mới 2 km đường bê tông.', values: { [land.id]: 1200 } },
  }),
  modelRecord({
    unitId: closed.id,
    fieldId: culture!.id,
    title: 'Dòng họ văn hóa',
    status: 'recognised',
    registration: 'continued',
  }),
  modelRecord({
    unitId: closed.id,
    fieldId: culture!.id,
    title: 'Gương mẫu hiến đất',
    kind: 'individual',
    personName: 'Nguyễn Văn A',
    personPosition: 'Trưởng thôn',
    status: 'not_recognised',
    outcomes: { narrative: '', values: { [land.id]: 300 } },
  }),
  modelRecord({
    unitId: youth.id,
    fieldId: economy!.id,
    title: 'Thanh niên lập nghiệp',
    status: 'in_progress',
  }),
  modelRecord({ unitId: youth.id, fieldId: economy!.id, year: 2022, status: 'recognised' }),
  modelRecord({ unitId: youth.id, fieldId: economy!.id, year: 2022 }),
];
const year2023 = models.filter((m) => m.year === 2023);

const round: Round = {
  id: randomUUID(),
  year: 2023,
  name: 'Tổng kết năm 2023',
  date: '2023-12-20',
  memberIds: members.map((m) => m.id),
  thresholds: defaultThresholds,
  dropExtremes: false,
  modelIds: year2023.slice(0, 3).map((m) => m.id),
  rubrics: { collective: defaultRubrics[0]!, individual: defaultRubrics[1]! },
  status: 'finalised',
  applied: [],
  history: [],
  createdAt: AT,
  updatedAt: AT,
};
const sheet = (modelId: string, memberId: string, total: number): Sheet => ({
  id: randomUUID(),
  roundId: round.id,
  modelId,
  memberId,
  scores: [],
  total,
  createdAt: AT,
  updatedAt: AT,
});
const sheets = [
  sheet(models[0]!.id, members[0]!.id, 95),
  sheet(models[0]!.id, members[1]!.id, 92.5),
  sheet(models[1]!.id, members[0]!.id, 80),
  sheet(models[1]!.id, members[1]!.id, 75),
  sheet(models[2]!.id, members[0]!.id, 60),
];
const results = roundResults(round, year2023.slice(0, 3), sheets).models;

const commendation = (modelId: string, change: Partial<Commendation>): Commendation => ({
  id: randomUUID(),
  modelId,
  roundId: null,
  status: 'proposed',
  form: 'Giấy khen',
  formOther: '',
  issuer: 'Huyện ủy Ba Bể',
  note: '',
  decisionNumber: '',
  decisionDate: null,
  history: [],
  createdAt: AT,
  updatedAt: AT,
  ...change,
});

const report = (year: number, withRounds: boolean, commendations: Commendation[] = []): AnnualReport => {
  const live = models.filter((m) => m.year === year);
  const rounds = withRounds ? [{ round, results }] : [];
  return buildAnnualReport({
    ctx,
    year,
    dashboard: buildDashboard({
      filter: { year },
      models,
      catalogues,
      commendations,
      latestRound: withRounds ? { id: round.id, name: round.name, date: round.date, results } : null,
    }),
    models: live,
    rounds,
    commendations,
  });
};
const bodyText = (r: AnnualReport) =>
  r.body.map((b) =>
    b.type === 'heading' ? b.text : b.type === 'paragraph' ? b.runs.map((x) => x.text).join('') : '',
  );
const table = (r: AnnualReport, caption: string) => {
  const t = r.appendix.find((b) => b.type === 'table' && b.caption.startsWith(caption));
  if (t?.type !== 'table') throw new Error(`no table ${caption}`);
  return t.rows.map((row) => row.cells);
};

describe('the yearly report', () => {
  it('states the year’s figures as the dashboard counts them, with the change from last year', () => {
    const text = bodyText(report(2023, true, [commendation(models[0]!.id, { status: 'granted' })]));
    expect(text).toContain(
      'Năm 2023, có 4 mô hình đăng ký (3 mô hình đăng ký mới, 1 mô hình duy trì); trong đó 3 mô hình tập thể, 1 mô hình cá nhân.',
    );
    expect(text).toContain('So với năm 2022: tăng 2 mô hình (tăng 100%) so với năm trước (2 mô hình).');
    expect(text).toContain('Theo lĩnh vực: Kinh tế 2 mô hình; Văn hóa - xã hội 2 mô hình.');
    expect(text).toContain(
      'Theo loại đơn vị: Xã, thị trấn 3 mô hình; Mặt trận Tổ quốc và các đoàn thể 1 mô hình.',
    );
    expect(text).toContain(
      'Trong năm đã tổ chức 1 đợt đánh giá: Tổng kết năm 2023 (ngày 20/12/2023, 3 mô hình, đã chốt kết quả).',
    );
    expect(text).toContain(
      'Kết quả: 2 mô hình được công nhận (trong đó 1 mô hình tiêu biểu), 1 mô hình không được công nhận.',
    );
    // (93,75 + 77,5 + 60) / 3 = 77,083…
    expect(text).toContain('Điểm trung bình của các mô hình trong đợt “Tổng kết năm 2023”: 77,08 điểm.');
    expect(text).toContain('- Đất hiến: 1.500 m².');
    expect(text).toContain(
      '- Mô hình “Đoạn đường tự quản” (Thị trấn Chợ Rã; lĩnh vực Kinh tế): Làm mới 2 km đường bê tông.',
    );
    expect(text).toContain('Đã đề nghị khen thưởng 1 mô hình; 1 mô hình đã được khen thưởng (Giấy khen: 1).');
    expect(text).toContain('8. Phương hướng, nhiệm vụ năm 2024');
  });

  it('counts a deactivated unit’s models under its name in the appendix, with a total row', () => {
    expect(table(report(2023, true), 'Biểu 1')).toEqual([
      [1, 'Huyện đoàn', 'Mặt trận Tổ quốc và các đoàn thể', 1, 1, 0, 1, 0, 0, 0],
      [2, 'Thị trấn Chợ Rã', 'Xã, thị trấn', 1, 1, 0, 1, 0, 1, 1],
      [3, 'Xã Cũ', 'Xã, thị trấn', 2, 1, 1, 1, 1, 1, 0],
      ['', 'Tổng cộng', '', 4, 3, 1, 3, 1, 2, 1],
    ]);
    expect(table(report(2023, true), 'Biểu 3')).toEqual([
      [1, 'Tổng kết năm 2023', '2023-12-20', 3, 1, 1, 1, 0, 77.08],
    ]);
  });

  it('says so in a year without rounds, and leaves the round table empty', () => {
    const r = report(2023, false);
    expect(bodyText(r)).toContain('Năm 2023 chưa tổ chức đợt đánh giá nào.');
    expect(bodyText(r).some((t) => t.startsWith('Điểm trung bình'))).toBe(false);
    expect(table(r, 'Biểu 3')).toEqual([]);
  });

  it('writes an empty year without inventing figures, placeholders still there', () => {
    const r = report(2030, false);
    const text = bodyText(r);
    expect(text).toContain('Năm 2030 chưa có mô hình nào đăng ký.');
    expect(text).toContain('Năm 2029 chưa có số liệu để so sánh.');
    expect(text).toContain(
      'Kết quả: 0 mô hình được công nhận (trong đó 0 mô hình tiêu biểu), 0 mô hình không được công nhận.',
    );
    expect(text).toContain('Chưa có số liệu kết quả đạt được của các mô hình.');
    expect(text).toContain('Trong năm chưa có mô hình được đề nghị khen thưởng.');
    expect(r.body.filter((b) => b.type === 'paragraph' && b.runs.some((x) => x.placeholder))).toHaveLength(3);
    expect(table(r, 'Biểu 1')).toEqual([]);
    expect(r.head).toEqual({
      parent: 'HUYỆN ỦY BA BỂ',
      issuer: 'BAN DÂN VẬN',
      number: 'Số     -BC/BDVHU',
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      placeAndDate: 'Ba Bể, ngày 10 tháng 01 năm 2024',
    });
    expect(r.signature).toEqual({ lines: ['T/M BAN THƯỜNG VỤ', 'TRƯỞNG BAN'], name: 'Hoàng Văn C' });
  });
});

describe('the lists', () => {
  it('lists the models the filter shows, with the filter in the subject and a count', () => {
    const doc = buildModelList(ctx, year2023.slice(1, 3), { year: 2023, fieldId: culture!.id });
    expect(doc.title).toBe('Danh sách mô hình đăng ký năm 2023');
    expect(doc.subject).toEqual(['Mô hình “Dân vận khéo”', '(Lĩnh vực: Văn hóa - xã hội)']);
    expect(doc.fileStem).toBe('Danh sách mô hình đăng ký năm 2023 (đã lọc)');
    expect(documentRows(doc).map((r) => r.cells)).toEqual([
      [1, 'Dòng họ văn hóa', 'Tập thể', '', 'Xã Cũ', 'Văn hóa - xã hội', 'Duy trì', '', 'Công nhận'],
      [
        2,
        'Gương mẫu hiến đất',
        'Cá nhân',
        'Nguyễn Văn A',
        'Xã Cũ',
        'Văn hóa - xã hội',
        'Đăng ký mới',
        '',
        'Không công nhận',
      ],
    ]);
    expect(doc.notes).toEqual(['Tổng cộng: 2 mô hình (1 tập thể, 1 cá nhân).']);
  });

  it('adds a year column when the list spans every year', () => {
    const doc = buildModelList(ctx, models, { year: null });
    expect(doc.title).toBe('Danh sách mô hình đăng ký');
    expect(doc.columns[1]).toEqual({ label: 'Năm', type: 'number', width: 7 });
    expect(documentRows(doc)).toHaveLength(6);
  });

  it('lists the recognised models, exemplary first, with their finalised averages', () => {
    const doc = buildRecognisedList(ctx, 2023, models, finalisedAverages([{ round, results }]));
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'I. MÔ HÌNH TIÊU BIỂU (1 mô hình)',
      'II. MÔ HÌNH CÔNG NHẬN (1 mô hình)',
    ]);
    expect(documentRows(doc).map((r) => [r.cells[0], r.cells[1], r.cells[6], r.cells[7]])).toEqual([
      [1, 'Đoạn đường tự quản', 93.75, 'Tiêu biểu'],
      [2, 'Dòng họ văn hóa', 77.5, 'Công nhận'],
    ]);
    expect(doc.notes).toEqual(['Tổng cộng: 2 mô hình (2 tập thể, 0 cá nhân); trong đó 1 mô hình tiêu biểu.']);
  });

  it('gives an empty year an empty recognised list and commendation list', () => {
    expect(buildRecognisedList(ctx, 2030, models, new Map()).sections).toEqual([]);
    const list = buildCommendationList(ctx, 2030, [], []);
    expect(documentRows(list)).toEqual([]);
    expect(list.notes).toEqual(['Tổng cộng: 0 mô hình; 0 đề nghị khen thưởng, 0 đã khen thưởng.']);
  });

  it('titles a summary printed before “Chốt kết quả” as a draft', () => {
    expect(buildRoundSummary(ctx, { ...round, status: 'open' }, year2023, results).title).toBe(
      'Bảng tổng hợp kết quả chấm điểm (dự thảo)',
    );
    expect(buildRoundSummary(ctx, { ...round, status: 'finalised' }, year2023, results).title).toBe(
      'Bảng tổng hợp kết quả chấm điểm',
    );
  });

  it('ranks the round summary per kind with each member’s total and the result', () => {
    const doc = buildRoundSummary(ctx, round, year2023, results);
    expect(doc.head.placeAndDate).toBe('Ba Bể, ngày 20 tháng 12 năm 2023');
    expect(doc.columns.map((c) => c.label)).toEqual([
      'STT',
      'Tên mô hình',
      'Đơn vị',
      'Nguyễn Văn A',
      'Trần Thị B',
      'Điểm trung bình',
      'Xếp hạng',
      'Kết quả',
    ]);
    expect(doc.sections.map((s) => [s.heading, s.rows.map((r) => r.cells)])).toEqual([
      [
        'I. MÔ HÌNH TẬP THỂ (2 mô hình)',
        [
          [1, 'Đoạn đường tự quản', 'Thị trấn Chợ Rã', 95, 92.5, 93.75, 1, 'Tiêu biểu'],
          [2, 'Dòng họ văn hóa', 'Xã Cũ', 80, 75, 77.5, 2, 'Công nhận'],
        ],
      ],
      [
        'II. MÔ HÌNH CÁ NHÂN (1 mô hình)',
        [[1, 'Gương mẫu hiến đất', 'Xã Cũ', 60, null, 60, 1, 'Không công nhận']],
      ],
    ]);
  });

  it('keeps a commendation whose model is gone, proposals first, decision date as a date', () => {
    const granted = commendation(models[0]!.id, {
      status: 'granted',
      form: 'Khác',
      formOther: 'Thư khen',
      decisionNumber: '12-QĐ/HU',
      decisionDate: '2024-01-05',
    });
    const lost = commendation(randomUUID(), {});
    const doc = buildCommendationList(ctx, 2023, [granted, lost], year2023);
    expect(documentRows(doc).map((r) => r.cells)).toEqual([
      [1, 'Mô hình đã xóa', '', '', '', 'Giấy khen', 'Huyện ủy Ba Bể', 'Đề nghị khen thưởng', '', null],
      [
        2,
        'Đoạn đường tự quản',
        '',
        'Thị trấn Chợ Rã',
        'Tiêu biểu',
        'Thư khen',
        'Huyện ủy Ba Bể',
        'Đã khen thưởng',
        '12-QĐ/HU',
        '2024-01-05',
      ],
    ]);
    expect(cellText('date', '2024-01-05')).toBe('05/01/2024');
  });

  it('shows averages to two decimals rounded half up, and numbers in the Vietnamese way', () => {
    expect(documentAverage(77.665)).toBe(77.67);
    expect(cellText('average', documentAverage(85.5))).toBe('85,50');
    expect(cellText('number', 13_612_000_000)).toBe('13.612.000.000');
    expect(cellText('number', null)).toBe('–');
  });
});
