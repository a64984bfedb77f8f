import { describe, expect, it } from 'vitest';
import { migrate, MigrationError, type Migration } from '../../../electron/backend/store/migrations';
import { mainFormat, yearFormat } from '../../../electron/backend/store/data-files';
import { parseStored } from '../../../electron/backend/store/validated-json-file';
import { defaultFields, defaultIndicators, type Catalogues } from '../../../shared/domain/catalogues';
import { defaultRubrics, rubricTotal } from '../../../shared/domain/rubric';

const steps: Migration[] = [
  { from: 2, describe: 'rename b to c', up: ({ b, ...rest }) => ({ ...rest, c: b }) },
  { from: 1, describe: 'add b', up: (raw) => ({ ...raw, b: 'added' }) },
];

describe('migrate', () => {
  it('runs every step from the file version up to the current one, in version order', () => {
    expect(migrate({ schemaVersion: 1, a: 1 }, steps, 3)).toEqual({ schemaVersion: 3, a: 1, c: 'added' });
    expect(migrate({ schemaVersion: 2, a: 1, b: 'x' }, steps, 3)).toEqual({ schemaVersion: 3, a: 1, c: 'x' });
  });

  it('leaves a current file as it is', () => {
    expect(migrate({ schemaVersion: 3, c: 1 }, steps, 3)).toEqual({ schemaVersion: 3, c: 1 });
  });

  it('refuses a file written by a newer version, in Vietnamese', () => {
    expect(() => migrate({ schemaVersion: 4 }, steps, 3)).toThrow(/phiên bản mới hơn/);
  });

  it('refuses a file without a schema version or that is not an object', () => {
    expect(() => migrate({ a: 1 }, steps, 3)).toThrow(MigrationError);
    expect(() => migrate([1, 2], steps, 3)).toThrow(MigrationError);
    expect(() => migrate(null, steps, 3)).toThrow(MigrationError);
  });

  it('refuses when a step is missing', () => {
    expect(() => migrate({ schemaVersion: 1 }, [steps[0]!], 3)).toThrow(
      /không có bước nâng cấp từ cấu trúc 1/,
    );
  });

  it('every real file format has one step for each version below its current one', () => {
    for (const format of [mainFormat, yearFormat]) {
      const froms = format.migrations.map((m) => m.from).sort((a, b) => a - b);
      expect(froms).toEqual(Array.from({ length: format.version - 1 }, (_, i) => i + 1));
    }
  });
});

describe('file migrations', () => {
  const settingsV1 = {
    parentName: 'HUYỆN ỦY BA BỂ',
    orgName: 'BAN DÂN VẬN',
    orgSymbol: 'BDVHU',
    placeName: 'Ba Bể',
    signerName: '',
    signerTitle: 'TRƯỞNG BAN',
    signingForm: 'T/M',
    signingBody: 'BAN THƯỜNG VỤ',
    yearInUse: 2023,
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
  };

  it('office.json 1 → 2 keeps the settings and adds the default catalogues', () => {
    const upgraded = migrate({ schemaVersion: 1, settings: settingsV1 }, mainFormat.migrations, 2);
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.settings).toEqual(settingsV1);
    const catalogues = upgraded.catalogues as Catalogues;
    expect(catalogues.fields.map((f) => f.name)).toEqual(defaultFields.map((f) => f.name));
    expect(catalogues.indicators).toEqual(defaultIndicators);
    expect(catalogues.units).toEqual([]);
  });

  it('office.json 2 → 3 keeps settings and catalogues and adds the two default rubrics of 100 points', () => {
    const v2 = migrate({ schemaVersion: 1, settings: settingsV1 }, mainFormat.migrations, 2);
    const upgraded = parseStored(JSON.stringify(v2), mainFormat);
    expect(upgraded.schemaVersion).toBe(3);
    expect(upgraded.settings).toEqual(settingsV1);
    expect(upgraded.catalogues).toEqual(v2.catalogues);
    expect(upgraded.rubrics.map((r) => [r.kind, r.name, rubricTotal(r)])).toEqual([
      ['collective', 'Bộ tiêu chí mô hình tập thể', 100],
      ['individual', 'Bộ tiêu chí mô hình cá nhân', 100],
    ]);
    expect(upgraded.rubrics).toEqual(defaultRubrics);
  });

  it('years/N.json 1 → 2 adds an empty list of models', () => {
    expect(migrate({ schemaVersion: 1, year: 2023 }, yearFormat.migrations, 2)).toEqual({
      schemaVersion: 2,
      year: 2023,
      models: [],
    });
  });

  it('years/N.json 2 → 3 keeps the models and adds empty rounds, sheets and commendations', () => {
    const upgraded = parseStored('{"schemaVersion":2,"year":2023,"models":[]}', yearFormat);
    expect(upgraded).toEqual({
      schemaVersion: 3,
      year: 2023,
      models: [],
      rounds: [],
      sheets: [],
      commendations: [],
    });
  });

  it('a file of the first version is brought all the way to the current one', () => {
    expect(parseStored('{"schemaVersion":1,"year":2023}', yearFormat).schemaVersion).toBe(yearFormat.version);
    const main = parseStored(JSON.stringify({ schemaVersion: 1, settings: settingsV1 }), mainFormat);
    expect(main.schemaVersion).toBe(mainFormat.version);
  });
});
