/**
 * JSON.stringify for a data file, reusing the text of records that have not changed since the last write.
 * Changes replace records with new objects (the store never mutates in place), so an unchanged record is the
 * same object and its cached text is still right. A province year holds ~5,000 models: re-serialising one
 * instead of all of them is what keeps a single edit fast.
 */
export class CachedJsonSerializer {
  private readonly cache = new WeakMap<object, string>();

  stringify(data: Record<string, unknown>): string {
    const parts: string[] = [];
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined || typeof value === 'function') continue;
      parts.push(
        `${JSON.stringify(key)}:${Array.isArray(value) ? this.array(value) : JSON.stringify(value)}`,
      );
    }
    return `{${parts.join(',')}}`;
  }

  private array(items: unknown[]): string {
    return `[${items.map((item) => this.item(item)).join(',')}]`;
  }

  private item(item: unknown): string {
    if (typeof item !== 'object' || item === null) return JSON.stringify(item) ?? 'null';
    let text = this.cache.get(item);
    if (text === undefined) {
      text = JSON.stringify(item);
      this.cache.set(item, text);
    }
    return text;
  }
}
