import { blankModelForm, type ModelKind } from '../../shared/domain/model';
import type { PreviewApp } from './preview-app';

/** What the evaluation and printing tests (and the Electron journey) set up through the API before driving the screens. */

const KINH_TE = '00000000-0000-4000-8000-000000000101'; // a default field ("Kinh tế")

export const office = {
  parentName: 'Huyện ủy Ba Bể',
  orgName: 'Ban Dân vận',
  orgSymbol: 'BDVHU',
  placeName: 'Ba Bể',
  signerName: 'Hoàng Thị Lan',
  signerTitle: 'Trưởng ban',
  signingForm: 'T/M',
  signingBody: 'Ban Thường vụ',
  yearInUse: 2023,
} as const;

export const members = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'] as const;

/** Two collective models and an individual one, in the order the grid lists them. */
export const models = [
  { key: 'a', kind: 'collective', title: 'Vận động nhân dân giao nộp vũ khí, vật liệu nổ tại thôn Nà Làng' },
  { key: 'b', kind: 'collective', title: 'Đoạn đường tự quản của Chi hội Phụ nữ Khuổi Luồm' },
  { key: 'c', kind: 'individual', title: 'Gương mẫu hiến đất làm đường tại thôn Bản Xả' },
] as const satisfies readonly { key: string; kind: ModelKind; title: string }[];
export type ModelKey = (typeof models)[number]['key'];

export interface Office {
  unitId: string;
  unitName: string;
  memberIds: string[];
  modelIds: Record<ModelKey, string>;
}

/** The office's names, a unit ("Xã Hoàng Trĩ": a letter the Latin subset of a font lacks), members, models. */
export async function setUpOffice(app: Pick<PreviewApp, 'call'>): Promise<Office> {
  await app.call('settings.update', office);
  const unitName = 'Xã Hoàng Trĩ';
  const { units } = (await app.call('catalogues.save', {
    kind: 'units',
    item: { name: unitName, type: 'Xã, thị trấn', commune: '', active: true },
  })) as { units: { id: string }[] };
  const memberIds: string[] = [];
  for (const name of members) {
    const saved = (await app.call('catalogues.save', {
      kind: 'members',
      item: { name, position: 'Ủy viên Ban Chỉ đạo', active: true },
    })) as { members: { id: string; name: string }[] };
    memberIds.push(saved.members.find((m) => m.name === name)!.id);
  }
  const modelIds = {} as Record<ModelKey, string>;
  for (const m of models) {
    const individual = m.kind === 'individual';
    const created = (await app.call('models.create', {
      ...blankModelForm(2023),
      title: m.title,
      kind: m.kind,
      personName: individual ? 'Nguyễn Văn A' : '',
      personPosition: individual ? 'Trưởng thôn' : '',
      unitId: units[0]!.id,
      fieldId: KINH_TE,
    })) as { id: string };
    modelIds[m.key] = created.id;
  }
  return { unitId: units[0]!.id, unitName, memberIds, modelIds };
}

/** `count` more collective models of 2023, titled "Mô hình thứ 4 …" on: answers their ids. */
export async function addModels(app: Pick<PreviewApp, 'call'>, o: Office, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 4; i < 4 + count; i++) {
    const created = (await app.call('models.create', {
      ...blankModelForm(2023),
      title: `Mô hình thứ ${i}: vận động nhân dân giữ gìn đường làng, ngõ xóm xanh, sạch, đẹp`,
      kind: 'collective',
      unitId: o.unitId,
      fieldId: KINH_TE,
    })) as { id: string };
    ids.push(created.id);
  }
  return ids;
}

/** A round of every model of 2023 scored by every member; answers its id. */
export async function createRound(
  app: Pick<PreviewApp, 'call'>,
  o: Office,
  name = 'Tổng kết năm 2023',
): Promise<string> {
  const round = (await app.call('rounds.create', {
    year: 2023,
    name,
    date: '2023-12-20',
    memberIds: o.memberIds,
    allOfYear: true,
  })) as { id: string };
  return round.id;
}

/** Each member's total for each model, in the order of `members`. */
export async function enterTotals(
  app: Pick<PreviewApp, 'call'>,
  o: Office,
  roundId: string,
  totals: Record<ModelKey, readonly number[]>,
): Promise<void> {
  for (const key of Object.keys(totals) as ModelKey[]) {
    for (const [i, value] of totals[key].entries()) {
      await app.call('sheets.setTotal', {
        year: 2023,
        roundId,
        memberId: o.memberIds[i],
        modelId: o.modelIds[key],
        value,
      });
    }
  }
}
