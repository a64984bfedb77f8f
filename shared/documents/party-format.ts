import type { OfficeSettings } from '../domain/office-settings';

/**
 * The fixed parts of a Party document (Hướng dẫn 36-HD/VPTW, domain.md §7), as text: the same lines feed the
 * printed views and, later, the Word exports.
 */
export interface PartyHeader {
  /** "HUYỆN ỦY BA BỂ": 14 pt upright capitals. */
  parent: string;
  /** "BAN DÂN VẬN": 14 pt bold capitals. */
  issuer: string;
  /** "Số 12-BC/BDVHU", or "Số    -BC/BDVHU" left for the number to be written in by hand. */
  number: string;
  /** "ĐẢNG CỘNG SẢN VIỆT NAM". */
  party: string;
  /** "Ba Bể, ngày 20 tháng 12 năm 2023": 14 pt italic. */
  placeAndDate: string;
}

export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** How many of a list's last rows go with its signature when they do not fit on one page: it never stands alone. */
export const ROWS_WITH_SIGNATURE = 2;

/** "Nơi nhận:" of the office's reports on the movement (the yearly report, "Báo cáo nhanh"), the last "Lưu". */
export const REPORT_RECIPIENTS: readonly string[] = [
  'Cấp ủy, cơ quan cấp trên (b/c)',
  'Các đơn vị đăng ký mô hình',
  'Lưu',
];

/**
 * The "Nơi nhận:" list as written under that heading, on paper and in Word alike: "- " before each recipient,
 * a comma after each but the last ("Lưu"), which ends with a full stop.
 */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? '.' : ','}`);
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * "Ba Bể, ngày 05 tháng 02 năm 2024": a day below 10 and the months January and February take a leading zero
 * (so "tháng 01", "tháng 02" but "tháng 3"), the rule of Party and state documents that keeps them unaltered.
 */
export function vietnameseDateLine(place: string, date: Date): string {
  const day = String(date.getDate()).padStart(2, '0');
  const month = date.getMonth() + 1;
  const when = `ngày ${day} tháng ${month <= 2 ? `0${month}` : month} năm ${date.getFullYear()}`;
  return place ? `${place}, ${when}` : when.charAt(0).toUpperCase() + when.slice(1);
}

/** `kind` is the document's symbol ("BC" báo cáo, "DS" danh sách…); `number` empty leaves room to write it. */
export function partyHeader(settings: OfficeSettings, date: Date, kind: string, number = ''): PartyHeader {
  const symbol = settings.orgSymbol ? `/${settings.orgSymbol}` : '';
  return {
    parent: upper(settings.parentName),
    issuer: upper(settings.orgName),
    number: `Số ${number || '    '}-${kind}${symbol}`,
    party: PARTY_NAME,
    placeAndDate: vietnameseDateLine(settings.placeName, date),
  };
}

/** The signature block at the right: "T/M BAN THƯỜNG VỤ", the signer's title, then the name. */
export function signatureLines(settings: OfficeSettings): string[] {
  const onBehalf =
    settings.signingForm && settings.signingBody
      ? `${settings.signingForm} ${upper(settings.signingBody)}`
      : '';
  return [onBehalf, upper(settings.signerTitle)].filter(Boolean);
}
