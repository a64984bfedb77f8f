/**
 * The list's last address (with its filters), so "back to the list" from a model or after trashing it
 * lands on the same view even when the model was opened some other way than from the list.
 */
let lastSearch = '';

export function rememberListSearch(search: string): void {
  lastSearch = search;
}

export function listPath(): string {
  return `/mo-hinh${lastSearch}`;
}
