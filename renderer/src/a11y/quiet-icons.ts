/**
 * antd's icons name themselves in English ("plus", "search", "loading"), and that name joins the name of
 * the button or menu item around them ("loading Lưu", "dashboard Tổng quan"). Every icon here sits beside
 * its Vietnamese words, or in a button that carries its own `aria-label`: so icons are hidden from assistive
 * technology, as they are drawn, wherever they appear.
 */
export function quietIcons(root: HTMLElement): void {
  const quiet = (scope: ParentNode) => {
    for (const icon of scope.querySelectorAll('.anticon[aria-label], .anticon[role="img"]')) {
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
