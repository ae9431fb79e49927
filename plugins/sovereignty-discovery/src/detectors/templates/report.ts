import {
  isTemplateTypeVariant,
  templateTypeVariant,
  type Evidence,
} from '@portolan/plugin-sovereignty-common';
import type { LookupHit } from '../../lookup';
import type { DetectorContext, DiscoverySink } from '../../types';

/** One template resource (or pseudo type) to decide and report. */
export interface TemplateTypeUse {
  /** The table to ask: `lookup.armType` or `lookup.cloudFormationType`. */
  find: (key: string) => LookupHit | undefined;
  type: string;
  /** Literal values of properties that can decide the service (`kind`, `Engine`). */
  deciding?: Array<[property: string, value: string | undefined]>;
  /** Report a type no rule knows as unknown (only for a known provider's namespace). */
  reportUnknown: boolean;
  evidence: Omit<Evidence, 'match'>;
  /** What the evidence shows when not the type itself: `SAM template`, a module path. */
  match?: string;
}

/**
 * Reports the service a template type stands for: the variant decided by a
 * property's literal value if a rule names it, else the plain type; glue
 * reports nothing; a type no rule knows becomes an unknown type.
 */
export function reportTemplateType(
  use: TemplateTypeUse,
  sink: DiscoverySink,
  context: DetectorContext,
): void {
  let undecidedVariant: string | undefined;
  for (const [property, value] of use.deciding ?? []) {
    if (!value) continue;
    const key = templateTypeVariant(use.type, property, value);
    const hit = use.find(key);
    if (hit && isTemplateTypeVariant(hit.rule)) {
      reportHit(
        hit,
        `${use.match ?? use.type} (${property}=${value})`,
        use,
        sink,
        context,
      );
      return;
    }
    undecidedVariant ??= key;
  }
  const hit = use.find(use.type);
  if (hit && !isTemplateTypeVariant(hit.rule)) {
    reportHit(hit, use.match ?? use.type, use, sink, context);
  } else if (use.reportUnknown) {
    const type = undecidedVariant ?? use.type;
    sink.unknownType(type, { ...use.evidence, match: type });
  }
}

/** Reports a key that only variant rules answer (a function's event source). */
export function reportTemplateVariant(
  use: Omit<TemplateTypeUse, 'deciding'> & { property: string; value: string },
  sink: DiscoverySink,
  context: DetectorContext,
): void {
  const key = templateTypeVariant(use.type, use.property, use.value);
  const hit = use.find(key);
  if (hit && isTemplateTypeVariant(hit.rule)) {
    reportHit(hit, use.match ?? key, use, sink, context);
  } else if (use.reportUnknown) {
    sink.unknownType(key, { ...use.evidence, match: key });
  }
}

function reportHit(
  hit: LookupHit,
  match: string,
  use: Pick<TemplateTypeUse, 'evidence'>,
  sink: DiscoverySink,
  context: DetectorContext,
) {
  if (hit.target !== 'neutral' && context.lookup.isService(hit.target)) {
    sink.service(hit.target, { ...use.evidence, match });
  }
}

/** A parse problem as the finding the scan reports. */
export function reportUnparsable(
  sink: DiscoverySink,
  path: string,
  problem: { message: string; line?: number },
): void {
  sink.finding({
    code: 'unparsable-file',
    message: `${path}${
      problem.line ? `:${problem.line}` : ''
    } could not be read completely: ${problem.message}`,
    path,
    ...(problem.line ? { line: problem.line } : {}),
  });
}
