import type { RoundRef } from '../../../shared/contract/evaluation';

/** Addresses of the evaluation pages (routes in app/App.tsx) and of the round's printed documents. */
export const roundsPath = (year: number) => `/danh-gia?nam=${year}`;
export const rubricsPath = '/danh-gia?bang=tieu-chi';
export const roundCreatePath = (year: number) => `/danh-gia/tao-dot?nam=${year}`;
export const roundPath = (ref: RoundRef) => `/danh-gia/${ref.year}/${ref.roundId}`;
export const roundEditPath = (ref: RoundRef) => `${roundPath(ref)}/sua`;

/** "trang": blank sheets for paper scoring; "da-cham": a member's scores as typed in. */
export type SheetPrintMode = 'trang' | 'da-cham';

export function sheetsPrintPath(ref: RoundRef, mode: SheetPrintMode, memberId?: string): string {
  const query = memberId ? `?thanhvien=${memberId}` : '';
  return `/in/phieu-cham-diem/${ref.year}/${ref.roundId}/${mode}${query}`;
}

export const summaryPrintPath = (ref: RoundRef) => `/in/bang-tong-hop/${ref.year}/${ref.roundId}`;
