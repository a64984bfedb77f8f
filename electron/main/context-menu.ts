import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

export type ContextMenuTarget = Pick<ContextMenuParams, 'isEditable' | 'editFlags' | 'selectionText'>;

/**
 * The right-click menu office users paste with, in Vietnamese. In a text field: Cắt, Sao chép, Dán, Chọn
 * tất cả, each enabled as Chromium's `editFlags` say (nothing selected → no Cắt/Sao chép; read-only → no
 * Dán). On selected text elsewhere: Sao chép. Anywhere else: no menu (an empty list).
 */
export function contextMenuTemplate({
  isEditable,
  editFlags,
  selectionText,
}: ContextMenuTarget): MenuItemConstructorOptions[] {
  if (isEditable) {
    return [
      { role: 'cut', label: 'Cắt', enabled: editFlags.canCut },
      { role: 'copy', label: 'Sao chép', enabled: editFlags.canCopy },
      { role: 'paste', label: 'Dán', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Chọn tất cả', enabled: editFlags.canSelectAll },
    ];
  }
  if (selectionText.trim() !== '') return [{ role: 'copy', label: 'Sao chép', enabled: editFlags.canCopy }];
  return [];
}
