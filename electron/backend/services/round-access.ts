import { AppError } from '../../../shared/contract/errors';
import type { Model } from '../../../shared/domain/model';
import type { Round } from '../../../shared/domain/round';
import type { YearData } from '../store/data-files';

/** Lookups shared by the services of rounds, sheets and commendations. */

export function findRound(data: YearData, roundId: string): Round {
  const round = data.rounds.find((r) => r.id === roundId);
  if (!round) throw new AppError('NOT_FOUND', 'Không tìm thấy đợt đánh giá này (có thể đã bị xóa).');
  return round;
}

/** A finalised round is locked: its sheets and settings are the record of what the committee decided. */
export function requireOpen(round: Round): void {
  if (round.status === 'finalised') {
    throw new AppError(
      'CONFLICT',
      `Đợt đánh giá “${round.name}” đã chốt kết quả nên không sửa được. Hãy mở lại đợt nếu cần sửa.`,
    );
  }
}

/**
 * The round's models as they are now, in the round's order: a model moved to the trash or destroyed since
 * is left out of scoring, results and finalising (its sheets are kept, and count again if it is restored).
 */
export function roundModels(round: Round, data: YearData): Model[] {
  const byId = new Map(data.models.map((m) => [m.id, m]));
  return round.modelIds
    .map((id) => byId.get(id))
    .filter((m): m is Model => m !== undefined && m.deletedAt === null);
}

export function replaceById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.map((x) => (x.id === item.id ? item : x));
}
