import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

interface NotificationKindConfig {
  /** false: this kind is never sent. Default: true. */
  enabled?: boolean;
  /**
   * critical, high, normal or low. Default: high for grade drops, normal
   * for the others.
   */
  severity?: 'critical' | 'high' | 'normal' | 'low';
}

export interface Config {
  /** Portolan's sovereignty plugin. */
  sovereignty?: {
    /**
     * Migration targets assessed when an entity names none in
     * portolan.dev/target-providers: ionos, stackit, ovhcloud, scaleway, otc,
     * hetzner or kubernetes. Default: ionos, stackit.
     * @visibility frontend
     */
    targetProviders?: string[];
    /**
     * Weights per dimension (strategic, legal, data, operational,
     * supply-chain, technology, security); the EU Cloud Sovereignty
     * Framework's weights apply where none is given.
     */
    weights?: { [dimension: string]: number };
    /**
     * How often the whole catalog is assessed. Default: every 30 minutes,
     * first 30 seconds after start, timeout 15 minutes.
     */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    refresh?: {
      /**
       * The largest share (0 to 1) of stored assessments one refresh may
       * remove because their entities are no longer returned by the catalog.
       * A run that would remove more keeps them, marks them stale and is
       * recorded as suspicious. 1 allows any removal. Default: 0.5.
       */
      maxRemovalShare?: number;
    };
    /**
     * Notifications to an entity's owners after the scheduled refresh,
     * through the notifications backend; each event once. Every kind is on
     * by default.
     */
    notifications?: {
      /** An accepted dependency's review date has passed. */
      reviewOverdue?: NotificationKindConfig;
      /** An exit-checklist item is due for its re-test. */
      retestDue?: NotificationKindConfig;
      /** A refresh assessed the entity at a worse grade than before. */
      gradeDrop?: NotificationKindConfig;
    };
    checklist?: {
      /**
       * Who may edit an entity's exit checklist. `owners` (default): the
       * permission policy must allow it and the user must own the entity
       * (the user or one of their groups), so an allow-all policy opens no
       * checklist to everyone. `policy`: the permission policy
       * (`sovereignty.checklist.update`) decides alone.
       * @visibility frontend
       */
      editors?: 'owners' | 'policy';
    };
    /**
     * A company's own knowledge: its services, and changes to providers,
     * equivalents and checklist items. An entry whose key exists changes
     * the fields it gives; any other entry is added and must be complete.
     * Every entry is checked like the built-in ones when the backend starts
     * and needs `source` (one http(s) URL) or `sources`, which prove it.
     * Applied after entries from sovereigntyKnowledgeExtensionPoint modules.
     */
    knowledgeBase?: {
      /** Changes to providers (regions, notes, sovereign variants); providers cannot be added. */
      providers?: ProviderConfigEntry[];
      /** A company's own services, so entities can declare them, or changes to built-in ones. */
      services?: ServiceConfigEntry[];
      /** What a target provider offers for a category, keyed by category and provider. */
      equivalents?: EquivalentConfigEntry[];
      /** Exit-plan checklist items, keyed by id. */
      checklist?: ChecklistConfigEntry[];
    };
  };
}

/** What proves a knowledge-base entry: one URL, or full sources. */
interface KnowledgeEntrySources {
  /** An http(s) URL that documents the entry. */
  source?: string;
  /** Sources as in the built-in knowledge base: { kind: docs, title, url } and others. */
  sources?: Array<{
    kind: string;
    title?: string;
    url?: string;
    reference?: string;
    provider?: string;
    resourceType?: string;
  }>;
}

interface ProviderConfigEntry extends KnowledgeEntrySources {
  /** ionos, stackit, ovhcloud, scaleway, otc, hetzner, kubernetes, azure, aws or gcp. */
  id: string;
  name?: string;
  notes?: string;
  regions?: Array<{ id: string; country: string; name?: string }>;
}

interface ServiceConfigEntry extends KnowledgeEntrySources {
  /** provider:product, e.g. kubernetes:acme-event-bus. */
  id: string;
  name?: string;
  /** One of the knowledge base's categories, e.g. queue. */
  category?: string;
  /** IaaS, PaaS or SaaS. Default: PaaS. */
  model?: string;
  /** Open interfaces it speaks, e.g. amqp-0-9-1, postgresql. */
  interfaces?: string[];
  terraformResources?: string[];
  aliases?: string[];
  preferredGapFiller?: string;
  notes?: string;
}

interface EquivalentConfigEntry extends KnowledgeEntrySources {
  category: string;
  /** ionos, stackit, ovhcloud, scaleway, otc, hetzner or kubernetes. */
  provider: string;
  offering?: string;
  /** direct, partial, re-architect or none. */
  fit?: string;
  /** S, M, L or XL. */
  effort?: string;
  interfaces?: string[];
  terraformResources?: string[];
  /** Why the offering fits, shown with the mapping. */
  notes?: string;
}

interface ChecklistConfigEntry extends KnowledgeEntrySources {
  /** kebab-case id. */
  id: string;
  title?: string;
  description?: string;
  /** standard, important or critical. */
  requiredFrom?: string;
  autoCheck?: string;
  retestIntervalDays?: number;
  /** strategic, legal, data, operational, supply-chain, technology or security. */
  dimension?: string;
}
