import type { DiscoveryReport } from '@portolan/plugin-sovereignty-common';
import { createDiscoveryLookup } from '../lookup';
import { scanRepository, type ScanOptions } from '../scan';
import type { Detector } from '../types';
import { builtInDetectors } from '../detectors';

const encoder = new TextEncoder();

/** Scans files given as a path -> text map, as tests write them. */
export function discoverFiles(
  files: Record<string, string | Uint8Array>,
  options: Partial<ScanOptions> & { detectors?: Detector[] } = {},
): Promise<DiscoveryReport> {
  return scanRepository(
    Object.entries(files).map(([path, body]) => ({
      path,
      size:
        typeof body === 'string' ? encoder.encode(body).length : body.length,
      content: async () =>
        typeof body === 'string' ? encoder.encode(body) : body,
    })),
    {
      detectors: options.detectors ?? builtInDetectors,
      lookup: options.lookup ?? createDiscoveryLookup(),
      now: () => new Date('2026-12-01T00:00:00Z'),
      ...options,
    },
  );
}

/** Service ids of a report, sorted, for compact assertions. */
export const serviceIds = (report: DiscoveryReport) =>
  report.services.map(s => s.id).sort();
