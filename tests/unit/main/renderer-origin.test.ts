import { describe, expect, it } from 'vitest';
import { isRendererUrl, pagePermissionAllowed, RENDERER_ENTRY } from '../../../electron/main/renderer-origin';

describe('the renderer’s origin', () => {
  it('is the app’s own page and nothing that merely starts like it', () => {
    expect(isRendererUrl(RENDERER_ENTRY)).toBe(true);
    expect(isRendererUrl('app://renderer/#/cai-dat')).toBe(true);
    expect(isRendererUrl('app://renderer.evil/index.html')).toBe(false);
    expect(isRendererUrl('app://renderer')).toBe(false);
    expect(isRendererUrl('https://renderer/index.html')).toBe(false);
    expect(isRendererUrl('file:///C:/index.html')).toBe(false);
  });
});

describe('pagePermissionAllowed', () => {
  it('lets the app’s page write to the clipboard (“Sao chép chi tiết”)', () => {
    expect(pagePermissionAllowed('clipboard-sanitized-write', 'app://renderer/index.html#/cai-dat')).toBe(
      true,
    );
  });

  it('refuses the clipboard to any other page, and to a check no document made', () => {
    expect(pagePermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(pagePermissionAllowed('clipboard-sanitized-write', 'devtools://devtools/bundled/index.html')).toBe(
      false,
    );
    expect(pagePermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it('refuses every other permission, reading the clipboard included, even to the app’s page', () => {
    for (const permission of [
      'clipboard-read',
      'media',
      'notifications',
      'geolocation',
      'openExternal',
      'unknown',
    ]) {
      expect(pagePermissionAllowed(permission, RENDERER_ENTRY), permission).toBe(false);
    }
  });
});
