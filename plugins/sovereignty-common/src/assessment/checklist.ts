import type {
  AutoCheckId,
  CategoryId,
  ChecklistItemDefinition,
  CloudService,
  Provider,
} from '@portolan/plugin-sovereignty-knowledge';
import { isEuResident } from '../annotations/parse';
import type {
  ChecklistItemState,
  ChecklistResult,
  ParsedAnnotations,
} from './types';

const RUNTIME: CategoryId[] = [
  'compute',
  'kubernetes',
  'container-platform',
  'functions',
];
const PORTABLE_RUNTIME_INTERFACES = ['kubernetes', 'vm-image'];

/**
 * Speaks an open interface or runs open artefacts (e.g. OCI images): what
 * it does is not locked to its provider's API alone.
 */
export function isOpen(service: CloudService): boolean {
  return service.interfaces.length > 0 || (service.formats?.length ?? 0) > 0;
}
const IDENTITY: CategoryId[] = ['identity', 'managed-identity'];
const REGISTRY: CategoryId[] = ['registry'];
const KEYS: CategoryId[] = ['secrets', 'kms'];
const DATA: CategoryId[] = [
  'object-storage',
  'block-storage',
  'file-storage',
  'postgresql',
  'mysql',
  'sql-server',
  'document-db',
  'key-value',
  'search',
  'data-warehouse',
];

/** What the automatic checks may look at. */
export interface CheckContext {
  annotations: ParsedAnnotations;
  services: CloudService[];
  provider(id: string): Provider | undefined;
  /** Services with no way out at any target. */
  servicesWithoutAlternative: string[];
}

/**
 * What an automatic check concludes. `proven` and `disproven` are decisions
 * from facts in the metadata (a declared service that fails, a host under
 * non-EU law); `unknown` means the metadata lacks the information, so what
 * people record decides.
 */
type CheckOutcome = {
  verdict: 'proven' | 'disproven' | 'unknown';
  reason: string;
};

function underOwnControl(ctx: CheckContext, service: CloudService): boolean {
  return !ctx.provider(service.provider)?.nonEuLawReach;
}

/**
 * A check that passes when at least one service of the categories is used
 * and every one of them satisfies the predicate. Messages are built once.
 */
function allInCategories(
  categories: CategoryId[],
  predicate: (ctx: CheckContext, s: CloudService) => boolean,
  what: string,
): (ctx: CheckContext) => CheckOutcome {
  const relevant = new Set(categories);
  const none: CheckOutcome = {
    verdict: 'unknown',
    reason: `No ${what} declared, so metadata cannot prove it.`,
  };
  const pass: CheckOutcome = {
    verdict: 'proven',
    reason: `Every ${what} passes.`,
  };
  return ctx => {
    let seen = false;
    let failing: string[] | undefined;
    for (const service of ctx.services) {
      if (!relevant.has(service.category)) continue;
      seen = true;
      if (!predicate(ctx, service)) (failing ??= []).push(service.id);
    }
    if (!seen) return none;
    return failing
      ? { verdict: 'disproven', reason: `Fails for ${failing.join(', ')}.` }
      : pass;
  };
}

/**
 * Checks that metadata can prove or disprove. Each passes only if every
 * relevant service passes, so declaring another non-EU proprietary service
 * can never turn a check green. A missing annotation never disproves: the
 * fact may be recorded elsewhere, and people can say so.
 */
const CHECKS: Record<AutoCheckId, (ctx: CheckContext) => CheckOutcome> = {
  // An OCI registry under EU control can be mirrored or moved with standard
  // tools; a registry under non-EU law is one the team does not control.
  'registry-under-control': allInCategories(
    REGISTRY,
    (ctx, s) =>
      underOwnControl(ctx, s) && s.interfaces.includes('oci-distribution'),
    'container registry',
  ),
  'criticality-declared': ({ annotations }) =>
    annotations.criticality
      ? {
          verdict: 'proven',
          reason: `Criticality declared: ${annotations.criticality}.`,
        }
      : { verdict: 'unknown', reason: 'Add portolan.dev/criticality.' },
  'data-classification-declared': ({ annotations }) =>
    annotations.dataClassification
      ? {
          verdict: 'proven',
          reason: `Data classified as ${annotations.dataClassification}.`,
        }
      : {
          verdict: 'unknown',
          reason: 'Add portolan.dev/data-classification.',
        },
  'exit-plan-linked': ({ annotations }) =>
    annotations.exitPlan
      ? {
          verdict: 'proven',
          reason: `Exit plan at ${annotations.exitPlan.value}.`,
        }
      : {
          verdict: 'unknown',
          reason: 'Add portolan.dev/exit-plan with a link to the plan.',
        },
  // The knowledge base not knowing a replacement is no proof that none was
  // identified, so a failure here leaves the decision to people.
  'alternatives-identified': ctx => {
    if (ctx.services.length === 0) {
      return { verdict: 'proven', reason: 'No cloud services to replace.' };
    }
    if (ctx.servicesWithoutAlternative.length === 0) {
      return {
        verdict: 'proven',
        reason: 'Every service has a replacement at a target provider.',
      };
    }
    return {
      verdict: 'unknown',
      reason: `No replacement for ${ctx.servicesWithoutAlternative.join(
        ', ',
      )}.`,
    };
  },
  'portable-runtime': ctx => {
    const runtime = ctx.services.filter(s => RUNTIME.includes(s.category));
    const failing = runtime.filter(
      s =>
        !s.interfaces.some(i => PORTABLE_RUNTIME_INTERFACES.includes(i)) &&
        !s.formats?.includes('oci-image'),
    );
    if (failing.length > 0) {
      return {
        verdict: 'disproven',
        reason: `Not portable: ${failing.map(s => s.id).join(', ')}.`,
      };
    }
    if (runtime.length === 0 && !ctx.annotations.kubernetesRuntime) {
      return { verdict: 'unknown', reason: 'No runtime declared.' };
    }
    return {
      verdict: 'proven',
      reason: 'Runs as containers on Kubernetes or OCI images.',
    };
  },
  'portable-iac': allInCategories(
    ['iac'],
    (_ctx, s) => s.interfaces.length > 0,
    'IaC tool',
  ),
  'identity-open-standard': allInCategories(
    IDENTITY,
    (ctx, s) =>
      underOwnControl(ctx, s) &&
      s.interfaces.some(i => i === 'oidc' || i === 'saml'),
    'identity service',
  ),
  'customer-managed-keys': allInCategories(
    KEYS,
    underOwnControl,
    'key or secret store',
  ),
  'eu-jurisdiction': ctx => {
    const { hosting } = ctx.annotations;
    if (!hosting) {
      return { verdict: 'unknown', reason: 'Hosting not declared.' };
    }
    const hostProvider =
      hosting.provider === 'self-hosted'
        ? undefined
        : ctx.provider(hosting.provider);
    if (hostProvider?.nonEuLawReach) {
      return {
        verdict: 'disproven',
        reason: `${hostProvider.name} is subject to non-EU law.`,
      };
    }
    if (!isEuResident(hosting)) {
      return {
        verdict: 'unknown',
        reason: 'Hosting region is not known to be in the EU/EEA.',
      };
    }
    const foreign = ctx.services.filter(s => !underOwnControl(ctx, s));
    return foreign.length === 0
      ? {
          verdict: 'proven',
          reason: 'Hosting and every service are under EU jurisdiction.',
        }
      : {
          verdict: 'disproven',
          reason: `Non-EU jurisdiction: ${foreign.map(s => s.id).join(', ')}.`,
        };
  },
  'data-export-open-formats': allInCategories(
    DATA,
    (_ctx, s) => s.interfaces.length > 0,
    'data store',
  ),
};

const CRITICALITY_RANK = { standard: 0, important: 1, critical: 2 } as const;

function addDays(iso: string, days: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Evaluates every checklist item. Where the automatic check decides (proven
 * or disproven), its verdict stands whatever people recorded; their note and
 * evidence are still shown. Otherwise what people recorded decides.
 */
export function evaluateChecklist(
  items: ChecklistItemDefinition[],
  ctx: CheckContext,
  states: Record<string, ChecklistItemState> | undefined,
  now: string,
): ChecklistResult[] {
  // Unknown criticality is treated as important: DORA items stay visible.
  const rank = CRITICALITY_RANK[ctx.annotations.criticality ?? 'important'];
  const today = now.slice(0, 10);
  return items.map(item => {
    const stored = states?.[item.id];
    const required =
      !item.requiredFrom || rank >= CRITICALITY_RANK[item.requiredFrom];
    const auto = item.autoCheck ? CHECKS[item.autoCheck](ctx) : undefined;
    const result: ChecklistResult = {
      id: item.id,
      title: item.title,
      dimension: item.dimension,
      required,
      state: 'open',
      verifiedBy: 'none',
      autoCheck: item.autoCheck,
      autoReason: auto?.reason,
      evidenceUrl: stored?.evidenceUrl,
      note: stored?.note,
      updatedBy: stored?.updatedBy,
      updatedAt: stored?.updatedAt,
      version: stored?.version ?? 0,
    };
    if (auto?.verdict === 'proven') {
      result.state = 'done';
      result.verifiedBy = 'metadata';
    } else if (auto?.verdict === 'disproven') {
      result.verifiedBy = 'metadata';
    } else if (stored?.status === 'not-applicable') {
      result.state = 'not-applicable';
      result.verifiedBy = 'people';
    } else if (stored?.status === 'done') {
      result.verifiedBy = 'people';
      result.state = 'done';
      if (item.retestIntervalDays && stored.updatedAt) {
        result.retestDue = addDays(stored.updatedAt, item.retestIntervalDays);
        if (result.retestDue < today) result.state = 'due';
      }
    }
    return result;
  });
}
