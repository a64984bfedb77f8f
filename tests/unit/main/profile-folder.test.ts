import { describe, expect, it } from 'vitest';
import { chromiumProfileDir } from '../../../electron/main/profile-folder';

const windows = {
  platform: 'win32' as const,
  localAppData: 'C:\\Users\\cv\\AppData\\Local',
  tempDir: 'C:\\Temp',
};

describe('chromiumProfileDir', () => {
  it('is under %LOCALAPPDATA%\\DanVanKheo\\Chromium on Windows, outside the data folder', () => {
    const dataDir = 'C:\\Users\\cv\\AppData\\Roaming\\Dân vận khéo';
    const profile = chromiumProfileDir({ dataDir, ...windows });
    expect(profile).toMatch(/^C:\\Users\\cv\\AppData\\Local\\DanVanKheo\\Chromium\\[0-9a-f]{16}$/);
    expect(profile.toLowerCase().startsWith(dataDir.toLowerCase())).toBe(false);
  });

  it('is the same folder (one lock) for the same data folder however Windows spells it', () => {
    const a = chromiumProfileDir({ dataDir: 'D:\\DuLieu\\DVK', ...windows });
    expect(chromiumProfileDir({ dataDir: 'd:\\dulieu\\dvk\\', ...windows })).toBe(a);
    expect(chromiumProfileDir({ dataDir: 'D:\\DuLieu\\.\\DVK', ...windows })).toBe(a);
  });

  it('differs for another data folder, so a test run beside the open app is not refused', () => {
    expect(chromiumProfileDir({ dataDir: 'D:\\DuLieu\\DVK', ...windows })).not.toBe(
      chromiumProfileDir({ dataDir: 'D:\\DuLieu\\DVK-thu', ...windows }),
    );
  });

  it('falls back to the temp folder where there is no %LOCALAPPDATA%, and keeps case on Linux', () => {
    const base = { platform: 'linux' as const, localAppData: undefined, tempDir: '/tmp' };
    const a = chromiumProfileDir({ dataDir: '/home/cv/DVK', ...base });
    expect(a).toMatch(/^\/tmp\/DanVanKheo\/Chromium\/[0-9a-f]{16}$/);
    expect(chromiumProfileDir({ dataDir: '/home/cv/dvk', ...base })).not.toBe(a);
  });
});
