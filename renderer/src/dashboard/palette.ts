import type { Field } from '../../../shared/domain/catalogues';
import type { ModelStatus } from '../../../shared/domain/lifecycle';

/** Ten hues that stay apart on screen and in grey (Tableau 10). */
const hues = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#e15759',
  '#9c755f',
  '#ff9da7',
  '#bab0ac',
];
const hatches = ['none', 'diagonal', 'dots', 'horizontal', 'cross', 'vertical'] as const;
type Hatch = (typeof hatches)[number];

/** Everything that is not a field: units, histogram, years. */
export const neutral = '#5b6b7a';
export const neutralLight = '#b8c2cc';

/** Statuses keep their meaning in colour: green recognised, red not, gold exemplary, greys before and after. */
export const statusColours: Record<ModelStatus, string> = {
  registered: '#d9d9d9',
  in_progress: '#8c8c8c',
  recognised: '#389e0d',
  not_recognised: '#cf1322',
  exemplary: '#d48806',
  stopped: '#595959',
};

export interface FieldLook {
  colour: string;
  /** The colour with the field's hatching, so fields stay apart when printed in black and white. */
  fill: CanvasPattern | string;
  /** A pale tint of the colour, for the second part of a stacked bar. */
  tint: string;
}

const TILE = 10;

function hatched(colour: string, hatch: Hatch): CanvasPattern | string {
  if (hatch === 'none') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = TILE;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, TILE, TILE);
  ctx.strokeStyle = ctx.fillStyle = 'rgba(255, 255, 255, 0.6)';
  ctx.lineWidth = 2;
  ctx.beginPath();
  if (hatch === 'dots') {
    ctx.arc(TILE / 2, TILE / 2, 1.8, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    const line = (x0: number, y0: number, x1: number, y1: number) => {
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
    };
    if (hatch === 'diagonal' || hatch === 'cross') line(0, TILE, TILE, 0);
    if (hatch === 'cross') line(0, 0, TILE, TILE);
    if (hatch === 'horizontal') line(0, TILE / 2, TILE, TILE / 2);
    if (hatch === 'vertical') line(TILE / 2, 0, TILE / 2, TILE);
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/**
 * One look per field, the same in every chart. Fields are taken in the order they were created, so adding
 * or renaming a field never repaints the others.
 */
export function fieldLooks(fields: readonly Field[]): Map<string, FieldLook> {
  const ordered = [...fields].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return new Map(
    ordered.map((field, i) => {
      const colour = hues[i % hues.length]!;
      return [field.id, { colour, fill: hatched(colour, hatches[i % hatches.length]!), tint: `${colour}55` }];
    }),
  );
}

export const unknownField: FieldLook = { colour: neutral, fill: neutral, tint: `${neutral}55` };
