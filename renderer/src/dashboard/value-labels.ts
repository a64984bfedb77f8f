import { defaults, type BarElement, type Chart, type ChartType, type Element, type Plugin } from 'chart.js';
import { formatNumber } from '../../../shared/format/number';

export interface ValueLabelOptions {
  /** Off by default: a chart asks for its values to be written. */
  display?: boolean;
  /** Bars: past the end of the bar (single bars) or in its middle (stacked or grouped bars). */
  bar?: 'end' | 'center';
}

declare module 'chart.js' {
  // The interface must repeat chart.js's own type parameter to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels?: ValueLabelOptions;
  }
}

const GAP = 4;

interface Placement {
  x: number;
  y: number;
  align: CanvasTextAlign;
  baseline: CanvasTextBaseline;
}

/** Where a value goes: above a point, past the end or in the middle of a bar, in the middle of a slice. */
function placement(type: string, element: Element, options: ValueLabelOptions): Placement | null {
  const centred = type === 'bar' && options.bar === 'center';
  // A bar's tooltip position is the end of the bar; a slice's is the middle of the slice.
  const { x, y } = centred ? (element as BarElement).getCenterPoint(true) : element.tooltipPosition(true);
  if (x === null || y === null) return null;
  if (type === 'line') return { x, y: y - 10, align: 'center', baseline: 'bottom' };
  if (type !== 'bar' || centred) return { x, y, align: 'center', baseline: 'middle' };
  return (element as BarElement).getProps(['horizontal'], true).horizontal
    ? { x: x + GAP, y, align: 'left', baseline: 'middle' }
    : { x, y: y - GAP, align: 'center', baseline: 'bottom' };
}

/**
 * Writes each value on its bar, slice or point, so a chart printed in black and white, or pasted in a report,
 * still says its numbers. Black text with a white halo reads on any fill. Zeros are left out.
 */
export const valueLabels: Plugin = {
  id: 'valueLabels',
  afterDatasetsDraw(chart: Chart, _args, options: ValueLabelOptions) {
    if (!options.display) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = `600 12px ${defaults.font.family}`;
    ctx.fillStyle = '#000';
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    chart.data.datasets.forEach((dataset, i) => {
      if (!chart.isDatasetVisible(i)) return;
      const meta = chart.getDatasetMeta(i);
      meta.data.forEach((element, j) => {
        const value = dataset.data[j];
        if (typeof value !== 'number' || value === 0) return;
        const at = placement(meta.type, element, options);
        if (!at) return;
        ctx.textAlign = at.align;
        ctx.textBaseline = at.baseline;
        const text = formatNumber(value);
        ctx.strokeText(text, at.x, at.y);
        ctx.fillText(text, at.x, at.y);
      });
    });
    ctx.restore();
  },
};
