import { createHash } from 'node:crypto';
import type { Assessment } from '@portolan/plugin-sovereignty-common';

/**
 * What makes an assessment different for history: its score, model and the
 * reasons behind the score. Timestamps and ordering-only changes do not count.
 */
export function assessmentDigest(assessment: Assessment): string {
  const hash = createHash('sha256');
  hash.update(`${assessment.modelVersion}|${assessment.score}|`);
  for (const finding of assessment.findings) {
    hash.update(
      `${finding.code}|${finding.service ?? ''}|${finding.message}\n`,
    );
  }
  return hash.digest('hex').slice(0, 32);
}

/** Identifies the stored JSON exactly, to skip rewriting an unchanged row. */
export function contentHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}
