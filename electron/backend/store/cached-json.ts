/** How much text a chunk holds before it is handed on (written, hashed) and the event loop gets a turn. */
export const CHUNK_CHARS = 1 << 18;

/**
 * Where the parts of a written text lie, in bytes of its UTF-8 encoding ([start, end)): each top-level field's
 * value, and each record of the lists asked for, by id. A reader can then parse one record of a 95 MB year.
 */
export interface JsonLayout {
  fields: Record<string, [number, number]>;
  records: Record<string, Record<string, [number, number]>>;
}

/**
 * JSON.stringify for a data file, reusing the text of records that have not changed since the last write.
 * Changes replace records with new objects (the store never mutates in place), so an unchanged record is the
 * same object and its cached text is still right. A province year holds ~5,000 models: re-serialising one
 * instead of all of them is what keeps a single edit fast. The text comes in chunks of about 256 kB, so a
 * 26 MB snapshot is written piece by piece while changes go on between the pieces.
 */
export class CachedJsonSerializer {
  private readonly cache = new WeakMap<object, string>();
  /** The UTF-8 size of a cached text, measured only when a layout is asked for. */
  private readonly sizes = new WeakMap<object, number>();

  stringify(data: Record<string, unknown>): string {
    return [...this.chunks(data)].join('');
  }

  /**
   * The same text as `stringify`, in pieces of about `size` characters (a record is never split). Given a
   * `layout`, fills it in as the text is made; `recordsOf` names the lists whose records it places.
   */
  *chunks(
    data: Record<string, unknown>,
    size = CHUNK_CHARS,
    layout?: { into: JsonLayout; recordsOf: readonly string[] },
  ): Generator<string> {
    let parts: string[] = [];
    let length = 0;
    let bytes = 0;
    const add = (text: string, textBytes?: number) => {
      parts.push(text);
      length += text.length;
      if (layout) bytes += textBytes ?? Buffer.byteLength(text);
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
      const start = bytes;
      if (!Array.isArray(value)) {
        add(JSON.stringify(value));
      } else {
        let places: Record<string, [number, number]> | null = null;
        // Without a prototype, so that any id (even "__proto__") is a place of its own.
        if (layout?.recordsOf.includes(key))
          places = layout.into.records[key] = Object.create(null) as Record<string, [number, number]>;
        add('[');
        for (let i = 0; i < value.length; i++) {
          if (i > 0) add(',');
          const item: unknown = value[i];
          const at = bytes;
          add(this.item(item), layout ? this.size(item) : 0);
          if (places && isRecord(item)) places[item.id] = [at, bytes];
          if (full()) yield take();
        }
        add(']');
      }
      if (layout) layout.into.fields[key] = [start, bytes];
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

  private size(item: unknown): number {
    if (typeof item !== 'object' || item === null) return Buffer.byteLength(this.item(item));
    let size = this.sizes.get(item);
    if (size === undefined) {
      size = Buffer.byteLength(this.item(item));
      this.sizes.set(item, size);
    }
    return size;
  }
}

const isRecord = (v: unknown): v is { id: string } =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
