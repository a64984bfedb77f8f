import { z } from 'zod';
import { textField } from '../text/normalize';

/** "T/M", "K/T", "T/L" or none: how the signer signs on behalf of the body (Hướng dẫn 36-HD/VPTW). */
export const signingForms = ['', 'T/M', 'K/T', 'T/L'] as const;
export type SigningForm = (typeof signingForms)[number];

export const signingFormLabels: Record<SigningForm, string> = {
  '': 'Không có',
  'T/M': 'T/M (thay mặt)',
  'K/T': 'K/T (ký thay)',
  'T/L': 'T/L (thừa lệnh)',
};

export const MIN_YEAR = 2009; // the movement started in 2009
export const MAX_YEAR = 2100;

export const yearSchema = z
  .number({ error: 'Năm phải là số.' })
  .int({ error: 'Năm phải là số nguyên.' })
  .min(MIN_YEAR, { error: `Năm không được trước ${MIN_YEAR}.` })
  .max(MAX_YEAR, { error: `Năm không được sau ${MAX_YEAR}.` });

function marginSchema(label: string) {
  return z
    .number({ error: `${label}: phải là số (mm).` })
    .min(5, { error: `${label}: tối thiểu 5 mm.` })
    .max(50, { error: `${label}: tối đa 50 mm.` });
}

export const marginsSchema = z.object({
  top: marginSchema('Lề trên'),
  bottom: marginSchema('Lề dưới'),
  left: marginSchema('Lề trái'),
  right: marginSchema('Lề phải'),
});
export type Margins = z.infer<typeof marginsSchema>;

/** "Cài đặt cơ quan" (domain.md §3). Names are settings so one install serves district, province or commune. */
export const officeSettingsSchema = z.object({
  parentName: textField('Cấp trên trực tiếp', 200),
  orgName: textField('Tên cơ quan', 200),
  orgSymbol: textField('Ký hiệu cơ quan', 50),
  placeName: textField('Địa danh', 100),
  signerName: textField('Người ký', 100),
  signerTitle: textField('Chức vụ người ký', 100),
  signingForm: z.enum(signingForms, { error: 'Hình thức ký không hợp lệ.' }),
  signingBody: textField('Cơ quan ký thay mặt', 100),
  yearInUse: yearSchema,
  margins: marginsSchema,
  /**
   * "Người sử dụng": the clerk's name, recorded as "Người thực hiện" in histories. Optional, so files written
   * before it existed still read; empty means the operating system's login is recorded instead.
   */
  userName: textField('Người sử dụng', 100).optional(),
});
export type OfficeSettings = z.infer<typeof officeSettingsSchema>;

export const officeSettingsPatchSchema = officeSettingsSchema
  .omit({ margins: true })
  .partial()
  .extend({ margins: marginsSchema.partial().optional() })
  .strict();
export type OfficeSettingsPatch = z.input<typeof officeSettingsPatchSchema>;

export function defaultOfficeSettings(now: Date): OfficeSettings {
  return {
    parentName: '',
    orgName: '',
    orgSymbol: '',
    placeName: '',
    signerName: '',
    signerTitle: '',
    signingForm: 'T/M',
    signingBody: '',
    yearInUse: now.getFullYear(),
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
  };
}
