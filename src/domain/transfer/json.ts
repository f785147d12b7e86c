/** The Export JSON download. Pure. */
import type { ExportFile } from '../model';
import { isObject } from './problems';

const TOP_LEVEL_ORDER: readonly (keyof ExportFile)[] = [
  'format',
  'version',
  'exportedAt',
  'settings',
  'sessions',
  'attempts',
  'schedules',
  'plans',
  'guides',
  'stories',
  'recordings',
  // Absent (and so not written) when nothing was set aside.
  'setAside',
];

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]);
  return sorted;
}

/**
 * The export as pretty JSON with a stable key order (the header first, then
 * every object's keys alphabetically), so two exports of the same data are
 * byte-identical and diff cleanly.
 */
export function exportJson(file: ExportFile): string {
  const ordered: Record<string, unknown> = {};
  for (const key of TOP_LEVEL_ORDER) ordered[key] = sortKeys(file[key]);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
