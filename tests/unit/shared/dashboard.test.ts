import { describe, expect, it } from 'vitest';
import { buildDashboard, histogramBinLabel, TOP_UNITS } from '../../../shared/domain/dashboard';
import { defaultFields, defaultIndicators } from '../../../shared/domain/catalogues';
import { cataloguesOf, unitRecord } from '../../helpers/catalogue-records';
import { modelRecord } from '../../helpers/model-records';

const [economy, culture] = defaultFields;
const land = defaultIndicators.find((i) => i.name === 'Đất hiến')!;
const money = defaultIndicators.find((i) => i.measure === 'đồng')!;

describe('dashboard aggregation', () => {
  const choRa = unitRecord('Thị trấn Chợ Rã');
  const closed = unitRecord('Xã Cũ', false);
  const youth = unitRecord('Huyện đoàn', true, 'Mặt trận Tổ quốc và các đoàn thể');
  const cat = cataloguesOf([choRa, closed, youth]);
  const models = [
    modelRecord({
      unitId: choRa.id,
      fieldId: economy!.id,
      status: 'exemplary',
      outcomes: { narrative: '', values: { [land.id]: 1200, [money.id]: 250_000_000 } },
    }),
    modelRecord({
      unitId: choRa.id,
      fieldId: economy!.id,
      status: 'recognised',
      registration: 'continued',
      outcomes: { narrative: '', values: { [land.id]: 300 } },
    }),
    modelRecord({ unitId: closed.id, fieldId: culture!.id, status: 'not_recognised', kind: 'individual' }),
    modelRecord({ unitId: youth.id, fieldId: culture!.id, status: 'in_progress' }),
    modelRecord({ unitId: youth.id, fieldId: economy!.id, status: 'recognised', year: 2022 }),
  ];

  const build = (
    filter: Parameters<typeof buildDashboard>[0]['filter'],
    commendations = [] as { modelId: string; status: 'proposed' | 'granted' }[],
  ) => buildDashboard({ filter, models, catalogues: cat, commendations, latestRound: null });

  it('counts the year: registered, new/continued, kinds, recognised (exemplary included), commendations', () => {
    const d = build({ year: 2023 }, [
      { modelId: models[0]!.id, status: 'granted' },
      { modelId: models[1]!.id, status: 'proposed' },
    ]);
    expect(d.figures).toEqual({
      registered: 4,
      new: 3,
      continued: 1,
      collective: 3,
      individual: 1,
      recognised: 2,
      exemplary: 1,
      proposed: 2,
      granted: 1,
    });
  });

  it('totals outcomes per indicator with their measures, zero where nothing was reported', () => {
    const d = build({ year: 2023 });
    expect(d.outcomes.find((o) => o.indicatorId === land.id)).toEqual({
      indicatorId: land.id,
      name: 'Đất hiến',
      measure: 'm²',
      total: 1500,
    });
    expect(d.outcomes.find((o) => o.indicatorId === money.id)!.total).toBe(250_000_000);
    expect(d.outcomes.find((o) => o.name === 'Hộ thoát nghèo')!.total).toBe(0);
  });

  it('lists every field, a field with no models at zero', () => {
    const d = build({ year: 2023 });
    expect(d.byField.map((f) => [f.name, f.count])).toEqual([
      ['Kinh tế', 2],
      ['Văn hóa - xã hội', 2],
      ['Quốc phòng - an ninh', 0],
      ['Xây dựng hệ thống chính trị', 0],
    ]);
  });

  it('keeps a deactivated unit with its models, and sorts units by count', () => {
    const d = build({ year: 2023 });
    expect(d.byUnit).toEqual([
      { id: choRa.id, name: 'Thị trấn Chợ Rã', count: 2 },
      { id: youth.id, name: 'Huyện đoàn', count: 1 },
      { id: closed.id, name: 'Xã Cũ', count: 1 },
    ]);
  });

  it('groups units beyond the top 15 as "Khác"', () => {
    const many = Array.from({ length: TOP_UNITS + 3 }, (_, i) =>
      unitRecord(`Xã ${String(i).padStart(2, '0')}`),
    );
    const ms = many.map((u, i) => modelRecord({ unitId: u.id, fieldId: economy!.id, title: String(i) }));
    const d = buildDashboard({
      filter: { year: 2023 },
      models: ms,
      catalogues: cataloguesOf(many),
      commendations: [],
      latestRound: null,
    });
    expect(d.byUnit).toHaveLength(TOP_UNITS + 1);
    expect(d.byUnit.at(-1)).toEqual({ id: null, name: 'Khác', count: 3 });
  });

  it('counts statuses in lifecycle order and splits kinds per field', () => {
    const d = build({ year: 2023 });
    expect(d.byStatus.map((s) => `${s.label}: ${s.count}`)).toEqual([
      'Đã đăng ký: 0',
      'Đang thực hiện: 1',
      'Công nhận: 1',
      'Không công nhận: 1',
      'Tiêu biểu: 1',
      'Dừng thực hiện: 0',
    ]);
    expect(d.kindByField.find((f) => f.name === 'Văn hóa - xã hội')).toMatchObject({
      collective: 1,
      individual: 1,
    });
  });

  it('draws the trend across years, and narrows everything by field, unit type and kind', () => {
    expect(build({ year: 2023 }).trend).toEqual([
      { year: 2022, registered: 1, recognised: 1, exemplary: 0, new: 1, continued: 0 },
      { year: 2023, registered: 4, recognised: 2, exemplary: 1, new: 3, continued: 1 },
    ]);
    expect(build({ year: 2023, fieldId: economy!.id }).figures.registered).toBe(2);
    expect(build({ year: 2023, unitType: 'Mặt trận Tổ quốc và các đoàn thể' }).figures.registered).toBe(1);
    expect(
      build({ year: 2023, kind: 'individual' }).byField.find((f) => f.name === 'Văn hóa - xã hội')!.count,
    ).toBe(1);
  });

  it('answers an empty year with zeros, not errors', () => {
    const d = build({ year: 2030 });
    expect(d.figures.registered).toBe(0);
    expect(d.byUnit).toEqual([]);
    expect(d.byField.every((f) => f.count === 0)).toBe(true);
    expect(d.latestRound).toBeNull();
  });

  it('names histogram bins as the office writes them', () => {
    expect(histogramBinLabel({ from: 60, to: 70 })).toBe('60–69 điểm');
    expect(histogramBinLabel({ from: 0, to: 10 })).toBe('0–9 điểm');
    expect(histogramBinLabel({ from: 90, to: 100 })).toBe('90–100 điểm');
  });

  it('summarises the latest round: classifications and a histogram of averages', () => {
    const d = buildDashboard({
      filter: { year: 2023 },
      models,
      catalogues: cat,
      commendations: [],
      latestRound: {
        id: 'r',
        name: 'Tổng kết năm 2023',
        date: '2023-12-20',
        results: [
          { modelId: models[0]!.id, average: 92.5, classification: 'exemplary' },
          { modelId: models[1]!.id, average: 75, classification: 'recognised' },
          { modelId: models[2]!.id, average: 100, classification: 'exemplary' },
          { modelId: models[3]!.id, average: null, classification: null },
        ],
      },
    });
    expect(d.latestRound!.classifications).toEqual([
      { classification: 'exemplary', count: 2 },
      { classification: 'recognised', count: 1 },
      { classification: 'not_recognised', count: 0 },
    ]);
    expect(d.latestRound!.histogram.filter((b) => b.count > 0)).toEqual([
      { from: 70, to: 80, count: 1 },
      { from: 90, to: 100, count: 2 },
    ]);
  });
});
