/**
 * A stored 'YYYY-MM-DD' as the local calendar day. `new Date('2023-12-20')` reads it as midnight UTC, which
 * is the day before west of Greenwich; the date line of a printed document must keep the day chosen.
 */
export function localDate(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}
