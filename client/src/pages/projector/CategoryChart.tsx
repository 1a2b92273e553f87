import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ChartSeries } from './categoryChartData.js';
import { regionColor } from './regionColors.js';

interface CategoryChartProps {
  title: string;
  axisLabel: string;
  /** Category labels, one per bar. */
  labels: string[];
  series: ChartSeries[];
  testId: string;
}

const WALL_INK = '#ffffff';
const WALL_GRID = 'rgba(255, 255, 255, 0.18)';
const WALL_BACKGROUND = '#161d26';

/** Type size follows the screen: 22 px on 1080 lines, 15 px on 720, like the rest of the wall. */
function baseFontPx(): number {
  return Math.max(12, Math.round(window.innerHeight / 48));
}

/**
 * A stacked horizontal bar per category, one colour per region, with the total written at the end of each bar:
 * a projector has no tooltips, so every number people need is on the bars. Rendered by Chart.js; one chart
 * instance lives as long as the component and is updated in place, so live changes animate instead of flashing.
 */
export function CategoryChart({ title, axisLabel, labels, series, testId }: CategoryChartProps) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const chartRef = useRef<Chart<'bar', number[], string> | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);
    const chart = new Chart(canvas, chartConfig(axisLabel));
    chartRef.current = chart;
    const onResize = () => {
      applyFonts(chart, baseFontPx());
      chart.update('none');
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.destroy();
      chartRef.current = null;
    };
  }, [axisLabel]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.data.labels = labels;
    chart.data.datasets = series.map((one, index) => ({
      label: one.label,
      data: one.values,
      backgroundColor: regionColor(index),
      borderColor: WALL_BACKGROUND,
      borderWidth: 2,
    }));
    chart.update();
  }, [labels, series]);

  return (
    <figure className="wall-chart" data-testid={testId} data-total={series.reduce((sum, one) => sum + one.values.reduce((a, b) => a + b, 0), 0)}>
      <div className="wall-chart-canvas">
        <canvas ref={canvasRef} role="img" aria-label={title} data-testid={`${testId}-canvas`} />
      </div>
    </figure>
  );
}

function chartConfig(axisLabel: string): ChartConfiguration<'bar', number[], string> {
  const config: ChartConfiguration<'bar', number[], string> = {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: { duration: 400 },
      layout: { padding: { right: 48 } },
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { color: WALL_INK, precision: 0 }, grid: { color: WALL_GRID }, title: { display: true, text: axisLabel, color: WALL_INK } },
        y: { stacked: true, ticks: { color: WALL_INK }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'top', labels: { color: WALL_INK, boxWidth: 28 } },
      },
    },
    plugins: [barTotals],
  };
  applyFonts(config, baseFontPx());
  return config;
}

/** Sizes every text of the chart from one base, so it reads from the back of the room. */
function applyFonts(target: { options?: ChartConfiguration<'bar', number[], string>['options'] }, base: number): void {
  const options = target.options;
  if (!options) return;
  const x = options.scales?.['x'];
  const y = options.scales?.['y'];
  if (x?.ticks) x.ticks.font = { size: Math.round(base * 0.9) };
  if (x && 'title' in x && x.title) x.title.font = { size: Math.round(base * 0.9) };
  if (y?.ticks) y.ticks.font = { size: base, weight: 'bold' };
  if (options.plugins?.legend?.labels) options.plugins.legend.labels.font = { size: base };
}

/** Writes each bar's total (all regions together) just past its end. */
const barTotals: Plugin<'bar'> = {
  id: 'rembukBarTotals',
  afterDatasetsDraw(chart) {
    const { ctx, scales } = chart;
    const xScale = scales['x'];
    const yScale = scales['y'];
    if (!xScale || !yScale) return;
    const labels = chart.data.labels ?? [];
    ctx.save();
    ctx.fillStyle = WALL_INK;
    ctx.font = `bold ${baseFontPx()}px system-ui, sans-serif`;
    ctx.textBaseline = 'middle';
    labels.forEach((_label, index) => {
      const total = chart.data.datasets.reduce((sum, dataset, datasetIndex) => {
        if (!chart.isDatasetVisible(datasetIndex)) return sum;
        const value = dataset.data[index];
        return sum + (typeof value === 'number' ? value : 0);
      }, 0);
      if (total === 0) return;
      ctx.fillText(String(total), xScale.getPixelForValue(total) + 8, yScale.getPixelForValue(index));
    });
    ctx.restore();
  },
};
