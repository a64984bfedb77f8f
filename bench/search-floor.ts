import type { Backend } from '../electron/backend/backend';
import type { ModelList } from '../shared/contract/models';
import type { Catalogues } from '../shared/domain/catalogues';
import { modelSearchText } from '../shared/domain/model-search';
import { foldForSearch } from '../shared/text/fold';
import { median } from './measure';
import { call } from './store-dataset';

/**
 * The raw floor of a search over every year: each model's text and unit name already folded into one string
 * in memory, and a plain `includes` of each word of the folded query over them.
 */
export async function searchFloor(backend: Backend, query: string): Promise<number> {
  const { rows } = await call<ModelList>(backend, 'models.list', { year: null });
  const { units } = await call<Catalogues>(backend, 'catalogues.get');
  const unitText = new Map(units.map((u) => [u.id, foldForSearch(u.name)]));
  const texts = rows.map((r) => `${modelSearchText(r)} ${unitText.get(r.unitId) ?? ''}`);
  const words = foldForSearch(query).split(' ');
  return median(21, () => texts.filter((t) => words.every((w) => t.includes(w))));
}
