import type { ChartImageInput } from '../../../shared/contract/documents';
import { chartImage } from '../dashboard/chart-image';
import type { ChartSpec } from '../dashboard/charts';
import { readAsBase64 } from '../files/base64';

/** Layout width of a chart in the report: about the writing width of an A4 page, so its text reads at 9 pt. */
const REPORT_CHART_WIDTH = 760;

/**
 * The charts of "Tổng quan" as PNGs for the yearly report's appendix, drawn by the same builders as the
 * page; a chart with nothing to draw is left out (the report's tables still carry its numbers).
 */
export async function reportCharts(charts: readonly ChartSpec[]): Promise<ChartImageInput[]> {
  const images: ChartImageInput[] = [];
  for (const chart of charts.filter((c) => c.empty === null)) {
    const png = await chartImage(chart, { width: REPORT_CHART_WIDTH });
    images.push({
      title: chart.caption,
      pngBase64: await readAsBase64(png),
      width: REPORT_CHART_WIDTH,
      height: chart.height,
    });
  }
  return images;
}
