import { createHash } from 'node:crypto';
import {
  KnowledgeValidationError,
  PROVIDER_IDS,
  entryLabel,
  knowledgeReferences,
  validateChecklistItem,
  validateEquivalent,
  validateProvider,
  validateService,
  type ChecklistItemDefinition,
  type CloudService,
  type Equivalent,
  type KnowledgeBase,
  type Provider,
  type Source,
} from '@portolan/plugin-sovereignty-common';

/*
 * How an adopter's entries join the knowledge base. An entry whose key (a
 * provider's or service's or checklist item's id, an equivalent's category
 * and provider) is already there is merged onto that entry field by field;
 * any other entry is added and must be complete. Either way the result is
 * validated with the rules the built-in entries pass, and its sources are
 * the adopter's: they must prove the changed facts.
 */

/** A provider override: the fields to change, with the sources that prove them. @public */
export type ProviderEntry = Partial<Provider> &
  Pick<Provider, 'id'> &
  SourcedEntry;
/** A new service (complete) or the fields to change on an existing one. @public */
export type ServiceEntry = Partial<CloudService> &
  Pick<CloudService, 'id'> &
  SourcedEntry;
/** A new equivalent (complete) or the fields to change on an existing one. @public */
export type EquivalentEntry = Partial<Equivalent> &
  Pick<Equivalent, 'category' | 'provider'> &
  SourcedEntry;
/** A new checklist item (complete) or the fields to change on an existing one. @public */
export type ChecklistItemEntry = Partial<ChecklistItemDefinition> &
  Pick<ChecklistItemDefinition, 'id'> &
  SourcedEntry;

/** @public */
export interface SourcedEntry {
  sources: Source[];
}

/** One origin's entries, e.g. the config or the modules of the extension point. @public */
export interface KnowledgeAdditions {
  /** Named in every error, e.g. `sovereignty.knowledgeBase`. */
  origin: string;
  providers?: ProviderEntry[];
  services?: ServiceEntry[];
  equivalents?: EquivalentEntry[];
  checklist?: ChecklistItemEntry[];
}

/** Fields a new service may leave out (and `provider`, the id's prefix). */
const SERVICE_DEFAULTS = {
  model: 'PaaS',
  interfaces: [],
  terraformResources: [],
} as const;
/** Fields a new equivalent may leave out. */
const EQUIVALENT_DEFAULTS = { interfaces: [], terraformResources: [] } as const;

const equivalentKey = (e: { category?: unknown; provider?: unknown }) =>
  `${String(e.category)}@${String(e.provider)}`;

/**
 * Merges the additions onto the base in order (a later origin wins over an
 * earlier one) and validates every added or changed entry.
 * @throws KnowledgeValidationError listing every problem, each naming the entry and field.
 * @public
 */
export function extendKnowledgeBase(
  base: KnowledgeBase,
  additions: KnowledgeAdditions[],
): KnowledgeBase {
  const present = additions.filter(isNonEmpty);
  if (present.length === 0) return base;
  const problems: string[] = [];
  const kb: KnowledgeBase = {
    ...base,
    providers: [...base.providers],
    services: [...base.services],
    equivalents: [...base.equivalents],
    checklist: [...base.checklist],
  };

  // Entries refer to categories and gap fillers, which are not extensible.
  const refs = knowledgeReferences(base);
  for (const { origin, ...lists } of present) {
    const at = (list: string, i: number, key: unknown) =>
      `${origin}.${entryLabel(list, i, key)}`;
    // A changed entry keeps no built-in source: the adopter's must prove it.
    const ownSources = (
      entry: { sources?: unknown } | undefined,
      where: string,
    ) => {
      if (!Array.isArray(entry?.sources)) {
        problems.push(
          `${where}.sources: give the sources that prove this entry (in config, source: <http(s) URL> will do)`,
        );
      }
    };
    const providers = lists.providers ?? [];
    problems.push(...duplicateKeys(origin, 'providers', providers, p => p.id));
    providers.forEach((entry, i) => {
      const where = at('providers', i, entry?.id);
      ownSources(entry, where);
      if (!kb.providers.some(p => p.id === entry?.id)) {
        problems.push(
          `${where}.id: ${JSON.stringify(
            entry?.id,
          )} is not a provider; providers can be changed, not added (${PROVIDER_IDS.join(
            ', ',
          )})`,
        );
        return;
      }
      problems.push(
        ...validateProvider(
          upsert(kb.providers, entry, p => p.id, {}),
          where,
        ),
      );
    });

    const services = lists.services ?? [];
    problems.push(...duplicateKeys(origin, 'services', services, s => s.id));
    services.forEach((entry, i) => {
      ownSources(entry, at('services', i, entry?.id));
      const merged = upsert(kb.services, entry, s => s.id, {
        ...SERVICE_DEFAULTS,
        // The id names the provider, so a new service need not repeat it.
        provider:
          typeof entry?.id === 'string' ? entry.id.split(':')[0] : undefined,
      });
      problems.push(
        ...validateService(merged, at('services', i, entry?.id), refs),
      );
    });

    const equivalents = lists.equivalents ?? [];
    problems.push(
      ...duplicateKeys(origin, 'equivalents', equivalents, equivalentKey),
    );
    equivalents.forEach((entry, i) => {
      ownSources(entry, at('equivalents', i, equivalentKey(entry ?? {})));
      const merged = upsert(
        kb.equivalents,
        entry,
        equivalentKey,
        EQUIVALENT_DEFAULTS,
      );
      problems.push(
        ...validateEquivalent(
          merged,
          at('equivalents', i, equivalentKey(entry ?? {})),
          refs,
        ),
      );
    });

    const checklist = lists.checklist ?? [];
    problems.push(...duplicateKeys(origin, 'checklist', checklist, c => c.id));
    checklist.forEach((entry, i) => {
      ownSources(entry, at('checklist', i, entry?.id));
      const merged = upsert(kb.checklist, entry, c => c.id, {});
      problems.push(
        ...validateChecklistItem(merged, at('checklist', i, entry?.id)),
      );
    });
  }

  if (problems.length > 0) {
    throw new KnowledgeValidationError(
      'Knowledge-base entries were refused',
      problems,
    );
  }
  return { ...kb, version: `${base.version}+local.${digest(present)}` };
}

function isNonEmpty(additions: KnowledgeAdditions): boolean {
  return [
    additions.providers,
    additions.services,
    additions.equivalents,
    additions.checklist,
  ].some(list => (list?.length ?? 0) > 0);
}

/** Replaces the entry with the same key by the merge, or appends the entry with defaults; returns the result. */
function upsert<T>(
  list: T[],
  entry: Partial<T>,
  key: (value: any) => string,
  defaults: Partial<T> | Record<string, unknown>,
): T {
  const index = list.findIndex(existing => key(existing) === key(entry ?? {}));
  const merged =
    index >= 0
      ? ({ ...list[index], ...entry } as T)
      : ({ ...defaults, ...entry } as T);
  if (index >= 0) list[index] = merged;
  else list.push(merged);
  return merged;
}

function duplicateKeys<T>(
  origin: string,
  list: string,
  entries: T[],
  key: (entry: T) => unknown,
): string[] {
  const first = new Map<string, number>();
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    const k = String(key(entry ?? ({} as T)));
    if (first.has(k)) {
      problems.push(
        `${origin}.${entryLabel(
          list,
          i,
          k,
        )}: is given twice (also at [${first.get(k)}]); give each entry once`,
      );
    } else first.set(k, i);
  });
  return problems;
}

/**
 * A short digest of the additions, for the version: assessments store it,
 * so a changed local entry shows up as a changed knowledge base.
 */
function digest(additions: KnowledgeAdditions[]): string {
  return createHash('sha256')
    .update(
      JSON.stringify(additions.map(({ origin: _origin, ...lists }) => lists)),
    )
    .digest('hex')
    .slice(0, 8);
}
