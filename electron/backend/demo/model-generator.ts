import { randomUUID } from 'node:crypto';
import type { Field, Indicator, Unit } from '../../../shared/domain/catalogues';
import type { ModelStatus } from '../../../shared/domain/lifecycle';
import type { Model, StatusChange } from '../../../shared/domain/model';
import { INDIVIDUAL_TITLES, TITLES_BY_FIELD, TOWN_HAMLETS, VILLAGE_HAMLETS } from './ba-be';
import { between, pick, type Random } from './random';

export interface GenerateYearOptions {
  year: number;
  count: number;
  individuals: number;
  /** Models of the year before, some of which this year continues. */
  previous: readonly Model[];
  continuedShare: number;
  /** Whether the year's evaluation is over (statuses carry results) or still running. */
  evaluated: boolean;
  units: readonly Unit[];
  fields: readonly Field[];
  indicators: readonly Indicator[];
  communes: readonly string[];
  rng: Random;
  actor: string;
}

const SURNAMES = ['Nguyễn', 'Hoàng', 'Nông', 'Triệu', 'Lý', 'Ma', 'Đàm', 'Hà'];
const LETTERS = ['A', 'B', 'C', 'D', 'E', 'G', 'H', 'K', 'L', 'M', 'N'];
const SENTENCES = {
  situation: [
    'Trước đây, đường vào thôn nhỏ hẹp, lầy lội vào mùa mưa, việc đi lại và vận chuyển nông sản của nhân dân gặp nhiều khó khăn.',
    'Ý thức giữ gìn vệ sinh môi trường của một bộ phận nhân dân chưa cao, rác thải sinh hoạt còn vứt bừa bãi ven đường, bờ suối.',
    'Tỷ lệ hộ nghèo trên địa bàn còn cao, nhiều hộ thiếu vốn, thiếu kinh nghiệm sản xuất, chưa mạnh dạn chuyển đổi cây trồng, vật nuôi.',
    'Tình hình an ninh trật tự ở một số thôn còn tiềm ẩn phức tạp, tranh chấp nhỏ trong nhân dân chưa được hòa giải kịp thời.',
    'Công tác dân vận của chính quyền ở cơ sở có lúc chưa sâu sát, việc lắng nghe ý kiến nhân dân chưa thường xuyên.',
  ],
  goals: [
    'Phát huy vai trò chủ thể của nhân dân, huy động mọi nguồn lực cùng chung tay thực hiện.',
    'Nâng cao đời sống vật chất, tinh thần của nhân dân, góp phần xây dựng nông thôn mới.',
    'Củng cố niềm tin của nhân dân đối với Đảng, chính quyền; tăng cường khối đại đoàn kết toàn dân.',
  ],
  content: [
    'Chi bộ ban hành nghị quyết chuyên đề, phân công đảng viên phụ trách từng nhóm hộ.',
    'Tổ chức họp thôn, công khai chủ trương, lấy ý kiến nhân dân theo phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.',
    'Cán bộ, đảng viên gương mẫu đi đầu, vận động gia đình và người thân cùng thực hiện.',
    'Phối hợp với Mặt trận Tổ quốc và các đoàn thể tuyên truyền sâu rộng bằng nhiều hình thức phù hợp với đồng bào dân tộc thiểu số.',
    'Định kỳ sơ kết, biểu dương kịp thời tập thể, cá nhân tiêu biểu; nhân rộng cách làm hay.',
  ],
};

const sentences = (rng: Random, list: readonly string[], n: number) =>
  Array.from({ length: n }, () => pick(rng, list)).join(' ');

function sampleName(rng: Random): string {
  return `${pick(rng, SURNAMES)} ${rng() < 0.5 ? 'Văn' : 'Thị'} ${pick(rng, LETTERS)}`;
}

/** The path a finished year's model took: registered, carried out, then judged (or dropped). */
function yearEndStatus(rng: Random): ModelStatus {
  const r = rng();
  if (r < 0.065) return 'exemplary';
  if (r < 0.44) return 'recognised';
  if (r < 0.97) return 'not_recognised';
  return 'stopped';
}

function historyTo(status: ModelStatus, year: number, actor: string, rng: Random): StatusChange[] {
  const at = (month: number) => new Date(Date.UTC(year, month - 1, between(rng, 1, 28), 2)).toISOString();
  const steps: StatusChange[] = [
    { at: at(1), from: null, to: 'registered', note: 'Đăng ký mô hình', by: actor },
  ];
  if (status === 'registered') return steps;
  steps.push({ at: at(3), from: 'registered', to: 'in_progress', note: 'Triển khai thực hiện', by: actor });
  if (status === 'in_progress') return steps;
  const note =
    status === 'stopped' ? 'Dừng thực hiện khi rà soát cuối năm' : `Kết quả đánh giá Tổng kết năm ${year}`;
  steps.push({ at: at(12), from: 'in_progress', to: status, note, by: actor });
  return steps;
}

/** One year of plausible models, with realistic text lengths, deterministic for a given `rng`. */
export function generateYearModels(o: GenerateYearOptions): Model[] {
  const { rng, year } = o;
  const activeIndicators = o.indicators.filter((i) => i.active);
  const candidates = [...o.previous.filter((m) => m.status !== 'stopped')];
  const models: Model[] = [];

  for (let i = 0; i < o.count; i++) {
    const individual = i < o.individuals;
    const source =
      !individual && candidates.length > 0 && rng() < o.continuedShare
        ? candidates.splice(Math.floor(rng() * candidates.length), 1)[0]
        : undefined;
    const field = source ? o.fields.find((f) => f.id === source.fieldId)! : pick(rng, o.fields);
    const unit = source ? o.units.find((u) => u.id === source.unitId)! : pick(rng, o.units);
    const commune = source?.commune ?? (unit.type === 'Xã, thị trấn' ? unit.name : pick(rng, o.communes));
    const hamlet =
      source?.hamlet ?? pick(rng, commune.startsWith('Thị trấn') ? TOWN_HAMLETS : VILLAGE_HAMLETS);
    const title =
      source?.title ??
      (individual
        ? pick(rng, INDIVIDUAL_TITLES)
        : `${pick(rng, TITLES_BY_FIELD[field.name] ?? TITLES_BY_FIELD['Kinh tế']!)} tại ${hamlet.charAt(0).toLowerCase()}${hamlet.slice(1)}`);
    const status: ModelStatus = o.evaluated ? yearEndStatus(rng) : rng() < 0.3 ? 'registered' : 'in_progress';
    const history = historyTo(status, year, o.actor, rng);
    const values: Record<string, number> = {};
    if (status !== 'registered') {
      for (const ind of activeIndicators) {
        if (rng() < 0.45) values[ind.id] = outcomeAmount(rng, ind.measure);
      }
    }
    models.push({
      id: randomUUID(),
      createdAt: history[0]!.at,
      updatedAt: history.at(-1)!.at,
      updatedBy: o.actor,
      year,
      title,
      kind: individual ? 'individual' : 'collective',
      unitId: unit.id,
      personName: individual ? sampleName(rng) : '',
      personPosition: individual
        ? pick(rng, ['Trưởng thôn', 'Bí thư chi bộ', 'Chi hội trưởng phụ nữ', 'Người có uy tín'])
        : '',
      fieldId: field.id,
      registration: source ? 'continued' : 'new',
      previousId: source?.id ?? null,
      replicatesId: null,
      commune,
      hamlet,
      situation: sentences(rng, SENTENCES.situation, 3),
      goals: sentences(rng, SENTENCES.goals, 2),
      content: sentences(rng, SENTENCES.content, 4),
      participants: 'Cán bộ, đảng viên và nhân dân trong thôn',
      forces: `Chủ trì: ${unit.name}; phối hợp: Mặt trận Tổ quốc và các đoàn thể`,
      resources: 'Kinh phí do nhân dân đóng góp và xã hội hóa; ngày công của nhân dân',
      startDate: `${year}-0${between(rng, 1, 3)}-15`,
      endDate: `${year}-12-31`,
      expectedResults: sentences(rng, SENTENCES.goals, 1),
      sustainability: 'Mô hình dễ làm, chi phí thấp, có thể duy trì lâu dài và nhân rộng ra các thôn khác.',
      contactName: sampleName(rng),
      contactPhone: `0209 38${between(rng, 10000, 99999)}`,
      status,
      history,
      outcomes: {
        narrative: status === 'registered' ? '' : sentences(rng, SENTENCES.goals, 1),
        values,
      },
      attachments: [],
      deletedAt: null,
    });
  }
  return models;
}

function outcomeAmount(rng: Random, measure: string): number {
  switch (measure) {
    case 'đồng':
      return between(rng, 5, 400) * 1_000_000;
    case 'm²':
      return between(rng, 50, 3000);
    case 'km':
      return between(rng, 1, 60) / 10;
    case 'ngày công':
      return between(rng, 20, 1500);
    case 'lượt':
      return between(rng, 50, 2000);
    default:
      return between(rng, 1, 40);
  }
}
