/**
 * antd's icons name themselves in English ("plus", "search", "loading"), and that name joins the name of
 * the button or menu item around them ("loading Lưu", "dashboard Tổng quan"). Every icon here sits beside
 * its Vietnamese words, or in a button that carries its own `aria-label`: so icons are hidden from assistive
 * technology, as they are drawn, wherever they appear.
 */
/** Vietnamese names for the icons antd puts alone in its own buttons (search, clear, close). */
const ICON_NAMES: Record<string, string> = {
  search: 'Tìm',
  'close-circle': 'Xóa nội dung',
  close: 'Đóng',
  'eye-invisible': 'Hiện',
  eye: 'Ẩn',
};

/**
 * A button whose only content is this icon, and no name of its own, takes the icon's Vietnamese name; a page
 * arrow (in every paged table) takes the title of its list item, which is the locale's "Trang trước" or
 * "Trang sau".
 */
function nameBareButton(icon: Element): void {
  const button = icon.closest('button, [role="button"]');
  const english = icon.getAttribute('aria-label') ?? '';
  if (!button || button.hasAttribute('aria-label') || button.textContent?.trim()) return;
  const arrow = button.closest('.ant-pagination-prev, .ant-pagination-next');
  const name = ICON_NAMES[english] ?? arrow?.getAttribute('title');
  if (name) button.setAttribute('aria-label', name);
}

export function quietIcons(root: HTMLElement): void {
  const quiet = (scope: ParentNode) => {
    for (const icon of scope.querySelectorAll('.anticon[aria-label], .anticon[role="img"]')) {
      nameBareButton(icon);
      icon.removeAttribute('aria-label');
      icon.removeAttribute('role');
      icon.setAttribute('aria-hidden', 'true');
    }
  };
  quiet(root);
  new MutationObserver((records) => {
    for (const record of records) {
      // An icon React reuses for another one (its name set anew).
      if (record.type === 'attributes' && record.target.parentElement) quiet(record.target.parentElement);
      for (const node of record.addedNodes) {
        if (node instanceof Element) {
          if (node.matches('.anticon')) quiet(node.parentElement ?? node);
          else quiet(node);
        }
      }
    }
  }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
}
