/** How much text a chunk holds before it is handed on (written, hashed) and the event loop gets a turn. */
export const CHUNK_CHARS = 1 << 20;

/**
 * JSON.stringify for a data file, reusing the text of records that have not changed since the last write.
 * Changes replace records with new objects (the store never mutates in place), so an unchanged record is the
 * same object and its cached text is still right. A province year holds ~5,000 models: re-serialising one
 * instead of all of them is what keeps a single edit fast. The text comes in chunks of about a megabyte, so a
 * 26 MB snapshot is written piece by piece while changes go on between the pieces.
 */
export class CachedJsonSerializer {
  private readonly cache = new WeakMap<object, string>();

  stringify(data: Record<string, unknown>): string {
    return [...this.chunks(data)].join('');
  }

  /** The same text as `stringify`, in pieces of about `size` characters (a record is never split). */
  *chunks(data: Record<string, unknown>, size = CHUNK_CHARS): Generator<string> {
    let parts: string[] = [];
    let length = 0;
    const add = (text: string) => {
      parts.push(text);
      length += text.length;
    };
    const full = () => length >= size;
    const take = () => {
      const chunk = parts.join('');
      parts = [];
      length = 0;
      return chunk;
    };
    add('{');
    let first = true;
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined || typeof value === 'function') continue;
      add(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (!Array.isArray(value)) {
        add(JSON.stringify(value));
        continue;
      }
      add('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) add(',');
        add(this.item(value[i]));
        if (full()) yield take();
      }
      add(']');
    }
    add('}');
    yield take();
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
