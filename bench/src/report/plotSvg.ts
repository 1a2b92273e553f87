import type { BenchReport, WindowResult } from './types.js';

const WIDTH = 860;
const HEIGHT = 520;
const MARGIN = { left: 70, right: 200, top: 50, bottom: 60 };
const COLORS: Record<string, string> = { rembuk: '#c0392b', baseline: '#2c6fbb' };
const DASHES: Record<string, string> = { p50: '2,4', p95: '8,4', p99: '' };
const LOST_MS = 10_000;

interface Point {
  clients: number;
  value: number;
}

/**
 * Latency percentiles (log scale) against client count, ramp steps as lines and conference windows as dots, for
 * both servers; a dashed line marks the p99 limit. Plain SVG, written without any charting library.
 */
export function plotLatencySvg(report: BenchReport, p99LimitMs: number): string {
  const series: { label: string; color: string; dash: string; points: Point[] }[] = [];
  const dots: { color: string; point: Point; label: string }[] = [];
  for (const run of report.runs) {
    const color = COLORS[run.kind] ?? '#333';
    for (const pct of ['p50', 'p95', 'p99'] as const) {
      series.push({
        label: `${run.kind} ${pct} (ramp)`,
        color,
        dash: DASHES[pct] ?? '',
        points: (run.ramp?.steps ?? []).map((step) => ({ clients: step.clients, value: value(step, pct) })),
      });
    }
    for (const conference of run.conference) {
      dots.push({ color, point: { clients: conference.clients, value: value(conference.combined, 'p99') }, label: 'p99' });
    }
  }
  const all = [...series.flatMap((s) => s.points), ...dots.map((d) => d.point)];
  const maxClients = Math.max(1, ...all.map((p) => p.clients));
  const yMin = Math.max(0.5, Math.min(...all.map((p) => p.value)) / 1.5);
  const yMax = Math.max(p99LimitMs * 2, ...all.map((p) => p.value)) * 1.2;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (clients: number): number => MARGIN.left + (clients / maxClients) * plotW;
  const y = (ms: number): number =>
    MARGIN.top + plotH - ((Math.log10(ms) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * plotH;

  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="white"/>`);
  parts.push(text(WIDTH / 2 - MARGIN.right / 2, 28, `Fan-out latency vs clients (${report.mode} run, ${report.startedAt})`, 'middle', 15));
  for (let decade = Math.floor(Math.log10(yMin)); decade <= Math.log10(yMax); decade++) {
    for (const mult of [1, 2, 5]) {
      const ms = mult * 10 ** decade;
      if (ms < yMin || ms > yMax) continue;
      parts.push(line(MARGIN.left, y(ms), MARGIN.left + plotW, y(ms), '#e3e3e3', ''));
      parts.push(text(MARGIN.left - 8, y(ms) + 4, formatMs(ms), 'end', 11));
    }
  }
  const xStep = niceStep(maxClients);
  for (let clients = 0; clients <= maxClients; clients += xStep) {
    parts.push(line(x(clients), MARGIN.top, x(clients), MARGIN.top + plotH, '#eeeeee', ''));
    parts.push(text(x(clients), MARGIN.top + plotH + 18, String(clients), 'middle', 11));
  }
  parts.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#444"/>`);
  parts.push(line(MARGIN.left, y(p99LimitMs), MARGIN.left + plotW, y(p99LimitMs), '#888', '4,3'));
  parts.push(text(MARGIN.left + plotW - 4, y(p99LimitMs) - 5, `p99 limit ${p99LimitMs} ms`, 'end', 11));
  parts.push(text(MARGIN.left + plotW / 2, HEIGHT - 18, 'clients (20 per group)', 'middle', 12));
  parts.push(`<text x="18" y="${MARGIN.top + plotH / 2}" font-size="12" font-family="sans-serif" text-anchor="middle" transform="rotate(-90 18 ${MARGIN.top + plotH / 2})">edit seen by all group members (ms, log)</text>`);

  for (const s of series) {
    if (s.points.length === 0) continue;
    const path = s.points.map((p) => `${x(p.clients).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${s.color}" stroke-width="2" stroke-dasharray="${s.dash}"/>`);
    for (const p of s.points) parts.push(`<circle cx="${x(p.clients).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="2.5" fill="${s.color}"/>`);
  }
  for (const dot of dots) {
    const cx = x(dot.point.clients).toFixed(1);
    const cy = y(dot.point.value).toFixed(1);
    parts.push(`<rect x="${Number(cx) - 4}" y="${Number(cy) - 4}" width="8" height="8" fill="none" stroke="${dot.color}" stroke-width="1.5"/>`);
  }

  let legendY = MARGIN.top + 10;
  const legendX = MARGIN.left + plotW + 20;
  for (const s of series) {
    parts.push(line(legendX, legendY, legendX + 28, legendY, s.color, s.dash, 2));
    parts.push(text(legendX + 34, legendY + 4, s.label, 'start', 11));
    legendY += 18;
  }
  for (const kind of report.runs.map((run) => run.kind)) {
    const color = COLORS[kind] ?? '#333';
    parts.push(`<rect x="${legendX + 10}" y="${legendY - 4}" width="8" height="8" fill="none" stroke="${color}" stroke-width="1.5"/>`);
    parts.push(text(legendX + 34, legendY + 4, `${kind} p99 (conference)`, 'start', 11));
    legendY += 18;
  }
  parts.push(text(legendX, legendY + 12, `lost edits drawn at ${formatMs(LOST_MS)}`, 'start', 10));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">\n${parts.join('\n')}\n</svg>\n`;
}

function value(result: WindowResult, pct: 'p50' | 'p95' | 'p99'): number {
  const ms = result.latencyMs[pct];
  return Number.isFinite(ms) ? Math.max(ms, 0.5) : LOST_MS;
}

function niceStep(max: number): number {
  const raw = max / 8;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  return Math.max(1, step);
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}

function line(x1: number, y1: number, x2: number, y2: number, color: string, dash: string, width = 1): string {
  return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${color}" stroke-width="${width}" stroke-dasharray="${dash}"/>`;
}

function text(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end', size: number): string {
  const escaped = content.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" font-family="sans-serif" text-anchor="${anchor}">${escaped}</text>`;
}
