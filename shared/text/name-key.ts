/**
 * Two names that differ only in letter case or spacing name the same thing ("Xã Nam Mẫu" and "xã  nam mẫu"):
 * catalogues, rubrics and rounds refuse such a second name. Tones and "đ" still count: "Ba" is not "Bà".
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** The item other than `selfId` already carrying `name`, if any. */
export function findSameName<T extends { id: string; name: string }>(
  items: readonly T[],
  name: string,
  selfId?: string,
): T | undefined {
  const key = nameKey(name);
  return items.find((item) => item.id !== selfId && nameKey(item.name) === key);
}
