import { describe, expect, it } from 'vitest';
import { defaultRubrics, type Rubric, type RubricSaveInput } from '../../../shared/domain/rubric';
import { ok, openBackend, refused } from '../../helpers/backend';
import { withRound } from '../../helpers/evaluation-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

/** The rubric as the editor sends it back: every field, criteria with their ids. */
function asSave(rubric: Rubric, change: Partial<RubricSaveInput> = {}): RubricSaveInput {
  const { id, name, kind, criteria } = rubric;
  return { id, name, kind, criteria, ...change };
}

describe('rubrics', () => {
  const tempDir = useTempDirs();

  it('starts with the two default rubrics of domain.md §6', async () => {
    const backend = await openBackend(await tempDir());
    const rubrics = await ok(backend, 'rubrics.list');
    expect(rubrics).toEqual(defaultRubrics);
    expect(rubrics[0]!.criteria.map((c) => c.maxPoints)).toEqual([20, 15, 20, 25, 20]);
    expect(rubrics[1]!.criteria.map((c) => c.maxPoints)).toEqual([20, 20, 20, 25, 15]);
    await backend.close();
  });

  it('edits a rubric, keeping criterion ids, and never changes a round created before', async () => {
    const { backend, round } = await withRound(await tempDir());
    const [collective] = await ok(backend, 'rubrics.list');
    const criteria = collective!.criteria.map((c, i) =>
      i === 0 ? { ...c, text: 'Thiết thực, hiệu quả', maxPoints: 15 } : i === 1 ? { ...c, maxPoints: 20 } : c,
    );
    const saved = await ok(backend, 'rubrics.save', asSave(collective!, { criteria }));
    expect(saved[0]!.criteria.map((c) => c.id)).toEqual(collective!.criteria.map((c) => c.id));
    expect(saved[0]!.criteria[0]).toMatchObject({ text: 'Thiết thực, hiệu quả', maxPoints: 15 });
    const after = await ok(backend, 'rounds.get', { year: 2023, roundId: round.id });
    expect(after.rubrics.collective).toEqual(defaultRubrics[0]);
    await backend.close();
  });

  it('adds a rubric, and refuses a total other than 100, a duplicate name and a quarter point', async () => {
    const backend = await openBackend(await tempDir());
    const criteria = [
      { text: 'Hiệu quả', maxPoints: 60 },
      { text: 'Lan tỏa', maxPoints: 40 },
    ];
    const added = await ok(backend, 'rubrics.save', {
      name: 'Bộ tiêu chí rút gọn',
      kind: 'collective',
      criteria,
    });
    expect(added.map((r) => r.name)).toContain('Bộ tiêu chí rút gọn');

    const short = await refused(backend, 'rubrics.save', {
      name: 'Bộ thiếu điểm',
      kind: 'collective',
      criteria: [{ text: 'Hiệu quả', maxPoints: 95.5 }],
    });
    expect(short.issues).toEqual([
      { path: ['criteria'], message: 'Tổng điểm tối đa của các tiêu chí phải là 100 (hiện là 95,5).' },
    ]);
    const twice = await refused(backend, 'rubrics.save', {
      name: 'bộ tiêu chí RÚT GỌN',
      kind: 'individual',
      criteria,
    });
    expect(twice.issues).toEqual([{ path: ['name'], message: 'Đã có bộ tiêu chí “Bộ tiêu chí rút gọn”.' }]);
    const quarter = await refused(backend, 'rubrics.save', {
      name: 'Bộ lẻ',
      kind: 'individual',
      criteria: [
        { text: 'A', maxPoints: 50.25 },
        { text: 'B', maxPoints: 49.75 },
      ],
    });
    expect(quarter.issues?.[0]).toEqual({
      path: ['criteria', 0, 'maxPoints'],
      message: 'Điểm tối đa: chấm theo bước 0,5 (ví dụ 17 hoặc 17,5).',
    });
    await backend.close();
  });

  it('refuses turning the only rubric of a kind into the other kind', async () => {
    const backend = await openBackend(await tempDir());
    const [, individual] = await ok(backend, 'rubrics.save', asSave(defaultRubrics[0]!));
    const error = await refused(backend, 'rubrics.save', asSave(individual!, { kind: 'collective' }));
    expect(error.issues?.[0]?.message).toBe(
      'Đây là bộ tiêu chí duy nhất cho mô hình cá nhân: không đổi sang loại khác được.',
    );
    await backend.close();
  });
});
