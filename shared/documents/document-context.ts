import type { Catalogues } from '../domain/catalogues';
import { commendationStatuses, type Commendation } from '../domain/commendation';
import type { Model } from '../domain/model';
import type { OfficeSettings } from '../domain/office-settings';
import { partyHeader, signatureLines } from './party-format';
import type { ListDocument, Signature } from './list-document';

/** What every document is built from besides its records: the office, its catalogues and the day it is dated. */
export interface DocumentContext {
  settings: OfficeSettings;
  catalogues: Catalogues;
  /** The document's date, for the place-and-date line. */
  date: Date;
}

/** The fields of a model the lists show: a stored model and a row of `models.list` both have them. */
export type ListedModel = Pick<
  Model,
  | 'id'
  | 'year'
  | 'title'
  | 'kind'
  | 'unitId'
  | 'fieldId'
  | 'commune'
  | 'hamlet'
  | 'status'
  | 'registration'
  | 'personName'
>;

export const MODEL_SUBJECT = 'Mô hình “Dân vận khéo”';
const UNKNOWN_UNIT = 'Đơn vị không còn trong danh mục';
const UNKNOWN_FIELD = 'Lĩnh vực không còn trong danh mục';

/** Names of units, fields and members by id; a deactivated item keeps its name in old documents. */
export function catalogueNames(catalogues: Catalogues) {
  const units = new Map(catalogues.units.map((u) => [u.id, u]));
  const fields = new Map(catalogues.fields.map((f) => [f.id, f.name]));
  const members = new Map(catalogues.members.map((m) => [m.id, m.name]));
  return {
    unit: (id: string) => units.get(id)?.name ?? UNKNOWN_UNIT,
    unitType: (id: string) => units.get(id)?.type ?? 'Khác',
    field: (id: string) => fields.get(id) ?? UNKNOWN_FIELD,
    member: (id: string) => members.get(id) ?? '—',
  };
}

/** "Địa bàn" as one line, hamlet first as addresses are written: "thôn Khuổi Tẩu, xã Phúc Lộc". */
export function placeText(model: { commune: string; hamlet: string }): string {
  return [model.hamlet, model.commune].filter(Boolean).join(', ');
}

export { commendationFormText } from '../domain/commendation';

/** Proposals first (they wait for a decision), then decisions, newest first within each. */
export const commendationOrder = (
  a: Pick<Commendation, 'status' | 'updatedAt'>,
  b: Pick<Commendation, 'status' | 'updatedAt'>,
) =>
  commendationStatuses.indexOf(a.status) - commendationStatuses.indexOf(b.status) ||
  b.updatedAt.localeCompare(a.updatedAt);

export function officeSignature(settings: OfficeSettings): Signature {
  return { lines: signatureLines(settings), name: settings.signerName };
}

/** The Party header, title, subject and signature every list shares. */
export function documentFrame(
  ctx: DocumentContext,
  kind: string,
  title: string,
  subject: string[],
): Pick<ListDocument, 'head' | 'title' | 'subject' | 'signature'> {
  return {
    head: partyHeader(ctx.settings, ctx.date, kind),
    title,
    subject,
    signature: officeSignature(ctx.settings),
  };
}
