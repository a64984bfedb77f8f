import type { EditFlags } from 'electron';
import { describe, expect, it } from 'vitest';
import { contextMenuTemplate } from '../../../electron/main/context-menu';

const flags = (overrides: Partial<EditFlags> = {}): EditFlags => ({
  canUndo: false,
  canRedo: false,
  canCut: false,
  canCopy: false,
  canPaste: false,
  canDelete: false,
  canSelectAll: false,
  canEditRichly: false,
  ...overrides,
});

const summary = (target: Parameters<typeof contextMenuTemplate>[0]) =>
  contextMenuTemplate(target).map((item) =>
    item.type === 'separator' ? '—' : `${item.label}:${item.role}:${item.enabled ? 'bật' : 'tắt'}`,
  );

describe('contextMenuTemplate', () => {
  it('in a text field with a selection: Cắt, Sao chép, Dán, Chọn tất cả as editFlags allow', () => {
    const target = {
      isEditable: true,
      selectionText: 'Ba Bể',
      editFlags: flags({ canCut: true, canCopy: true, canPaste: true, canSelectAll: true }),
    };
    expect(summary(target)).toEqual([
      'Cắt:cut:bật',
      'Sao chép:copy:bật',
      'Dán:paste:bật',
      '—',
      'Chọn tất cả:selectAll:bật',
    ]);
  });

  it('in an empty text field: only Dán (clipboard has text) enabled', () => {
    const target = { isEditable: true, selectionText: '', editFlags: flags({ canPaste: true }) };
    expect(summary(target)).toEqual([
      'Cắt:cut:tắt',
      'Sao chép:copy:tắt',
      'Dán:paste:bật',
      '—',
      'Chọn tất cả:selectAll:tắt',
    ]);
  });

  it('on selected text outside a field: only Sao chép', () => {
    const target = { isEditable: false, selectionText: 'Mô hình', editFlags: flags({ canCopy: true }) };
    expect(summary(target)).toEqual(['Sao chép:copy:bật']);
  });

  it('anywhere else: no menu', () => {
    expect(contextMenuTemplate({ isEditable: false, selectionText: '  ', editFlags: flags() })).toEqual([]);
  });
});
