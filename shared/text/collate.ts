/** Vietnamese alphabetical order ("Đ" after "D", tones after the bare letter), as the office expects lists. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function byName<T extends { name: string }>(a: T, b: T): number {
  return vietnameseCollator.compare(a.name, b.name);
}
