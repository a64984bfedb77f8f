import { describe, expect, it } from 'vitest';
import { errorDetailsText, errorReport } from '../../../renderer/src/app/error-details';
import { errorReportSchema } from '../../../shared/contract/app';

describe('errorReport', () => {
  it('carries message, stack and screen, and passes the channel’s schema', () => {
    const error = new TypeError('a is undefined');
    error.stack = 'TypeError: a is undefined\n    at List (index.js:1:2)';
    const report = errorReport('render', error, '#/mo-hinh');
    expect(report).toEqual({
      source: 'render',
      message: 'a is undefined',
      stack: 'TypeError: a is undefined\n    at List (index.js:1:2)',
      route: '#/mo-hinh',
    });
    expect(errorReportSchema.safeParse(report).success).toBe(true);
  });

  it('cuts what is too long and describes values that are not errors', () => {
    const huge = errorReport('unhandled-rejection', 'x'.repeat(5_000), '#/'.padEnd(400, 'a'));
    expect(errorReportSchema.safeParse(huge).success).toBe(true);
    expect(errorReport('unhandled-rejection', { code: 7 }, '').message).toBe('{"code":7}');
  });
});

describe('errorDetailsText', () => {
  it('says what failed, where, when, in which version, with the stacks', () => {
    const error = new Error('hỏng');
    error.stack = 'Error: hỏng\n    at A';
    expect(
      errorDetailsText({
        error,
        componentStack: '\n    at ModelListPage',
        route: '#/mo-hinh',
        agent: 'DanVanKheo/0.1.0 Electron/45.5.0',
        time: new Date('2026-12-01T04:00:00Z'),
      }),
    ).toBe(
      [
        'Dân vận khéo',
        'Phiên bản: DanVanKheo/0.1.0 Electron/45.5.0',
        'Thời điểm: 2026-12-01T04:00:00.000Z',
        'Màn hình: #/mo-hinh',
        'Lỗi: hỏng',
        '',
        'Error: hỏng\n    at A',
        '\nThành phần:\n    at ModelListPage',
      ].join('\n'),
    );
  });
});
