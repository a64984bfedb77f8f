const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-29": the office's calendar day, used to name the daily backup. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "191502": hours, minutes, seconds, for names that must not collide within a day. */
export function localTime(date: Date): string {
  return `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}
