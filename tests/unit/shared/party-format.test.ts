import { describe, expect, it } from 'vitest';
import {
  partyHeader,
  recipientLines,
  signatureLines,
  vietnameseDateLine,
} from '../../../shared/documents/party-format';
import { defaultOfficeSettings, type OfficeSettings } from '../../../shared/domain/office-settings';

const baBe: OfficeSettings = {
  ...defaultOfficeSettings(new Date(2023, 0, 1)),
  parentName: 'Huyện ủy Ba Bể',
  orgName: 'Ban Dân vận',
  orgSymbol: 'BDVHU',
  placeName: 'Ba Bể',
  signingForm: 'T/M',
  signingBody: 'Ban Thường vụ',
  signerTitle: 'Trưởng ban',
  signerName: 'Nguyễn Văn A',
};

describe('Party document format', () => {
  it('writes the date line with leading zeros for days below 10 and for January and February only', () => {
    expect(vietnameseDateLine('Ba Bể', new Date(2023, 11, 20))).toBe('Ba Bể, ngày 20 tháng 12 năm 2023');
    expect(vietnameseDateLine('Ba Bể', new Date(2024, 1, 5))).toBe('Ba Bể, ngày 05 tháng 02 năm 2024');
    expect(vietnameseDateLine('Ba Bể', new Date(2024, 2, 9))).toBe('Ba Bể, ngày 09 tháng 3 năm 2024');
    expect(vietnameseDateLine('', new Date(2024, 2, 19))).toBe('Ngày 19 tháng 3 năm 2024');
  });

  it('heads a document with the office in capitals and its symbol', () => {
    expect(partyHeader(baBe, new Date(2023, 11, 20), 'BC', '12')).toEqual({
      parent: 'HUYỆN ỦY BA BỂ',
      issuer: 'BAN DÂN VẬN',
      number: 'Số 12-BC/BDVHU',
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      placeAndDate: 'Ba Bể, ngày 20 tháng 12 năm 2023',
    });
    expect(partyHeader(baBe, new Date(2023, 11, 20), 'DS').number).toBe('Số     -DS/BDVHU');
  });

  it('signs on behalf of the body, then the title', () => {
    expect(signatureLines(baBe)).toEqual(['T/M BAN THƯỜNG VỤ', 'TRƯỞNG BAN']);
    expect(signatureLines({ ...baBe, signingForm: '' })).toEqual(['TRƯỞNG BAN']);
  });

  it('writes the "Nơi nhận:" list with a comma after each recipient and a full stop after the last', () => {
    expect(recipientLines(['Cấp ủy, cơ quan cấp trên (b/c)', 'Các đơn vị đăng ký mô hình', 'Lưu'])).toEqual([
      '- Cấp ủy, cơ quan cấp trên (b/c),',
      '- Các đơn vị đăng ký mô hình,',
      '- Lưu.',
    ]);
    expect(recipientLines(['Lưu'])).toEqual(['- Lưu.']);
    expect(recipientLines([])).toEqual([]);
  });
});
