/** One step that upgrades a file's raw JSON from `from` to `from + 1`. */
export interface Migration {
  from: number;
  describe: string;
  up: (raw: Record<string, unknown>) => Record<string, unknown>;
}

export class MigrationError extends Error {}

/** A file written by a newer version of the app, in a shape this one does not know. */
export class NewerVersionError extends MigrationError {
  constructor(
    readonly schemaVersion: number,
    readonly current: number,
  ) {
    super(
      `tệp được lưu bởi phiên bản mới hơn của phần mềm (cấu trúc ${schemaVersion}, phần mềm này hiểu đến ${current})`,
    );
  }
}

/**
 * Brings `raw` up to `current` by running each step in order. A file from a newer version of the app is
 * refused rather than guessed at: writing it back in our older shape would lose what that version added.
 */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[],
  current: number,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError('nội dung không phải một đối tượng JSON');
  }
  let data = raw as Record<string, unknown>;
  let version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError('thiếu số phiên bản cấu trúc (schemaVersion)');
  }
  if (version > current) throw new NewerVersionError(version, current);
  while (version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MigrationError(`không có bước nâng cấp từ cấu trúc ${version}`);
    data = { ...step.up(data), schemaVersion: version + 1 };
    version += 1;
  }
  return data;
}
