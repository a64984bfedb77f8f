import { describe, expect, it } from 'vitest';
import '../../../shared/contract/zod-locale';
import {
  defaultOfficeSettings,
  officeSettingsPatchSchema,
  officeSettingsSchema,
} from '../../../shared/domain/office-settings';

describe('office settings', () => {
  it('defaults to the margins of the Party format and the current year', () => {
    const d = defaultOfficeSettings(new Date(2027, 0, 1));
    expect(d.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(d.yearInUse).toBe(2027);
    expect(officeSettingsSchema.parse(d)).toEqual(d);
  });

  it('accepts a partial change and refuses fields it does not know', () => {
    expect(officeSettingsPatchSchema.parse({ placeName: ' Ba Bể ' })).toEqual({ placeName: 'Ba Bể' });
    expect(officeSettingsPatchSchema.safeParse({ placeName: 'Ba Bể', level: 'xã' }).success).toBe(false);
  });

  it('says what is wrong in Vietnamese', () => {
    const result = officeSettingsPatchSchema.safeParse({ signingForm: 'K/X', yearInUse: 2200 });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      'Hình thức ký không hợp lệ.',
      'Năm không được sau 2100.',
    ]);
  });
});
