import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import { valueLabels } from './value-labels';

/** Only what the dashboard draws, so the bundle carries no unused chart types. */
Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
  valueLabels,
);

// chart.js formats ticks and tooltips with Intl in this locale: "1.234", whatever the machine's own locale.
Chart.defaults.locale = 'vi-VN';
Chart.defaults.font.family = "'Be Vietnam Pro', system-ui, sans-serif";
Chart.defaults.font.size = 12;
Chart.defaults.color = '#262626';
// Whoever asked the system for less motion gets each chart drawn at once.
if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) Chart.defaults.animation = false;

declare global {
  interface Window {
    Chart?: typeof Chart;
  }
}

// Under automation only (Playwright sets navigator.webdriver), the end-to-end tests find a bar or a slice
// through chart.js's own API (Chart.getChart(canvas)) instead of guessing pixels.
if (navigator.webdriver) window.Chart = Chart;

export { Chart };
