/**
 * Portolan's knowledge base: providers, services, equivalents, gap fillers,
 * checklist items and discovery lookup tables, each entry with the source
 * that proves it. Versioned apart from the engine that reads it.
 *
 * @packageDocumentation
 */
import type { KnowledgeBase } from './types';
import { providers } from './providers';
import { categories } from './categories';
import { azureServices } from './services/azure';
import { awsServices } from './services/aws';
import { gcpServices } from './services/gcp';
import { euServices } from './services/eu';
import { kubernetesServices } from './services/kubernetes';
import { equivalents } from './equivalents';
import { overrides } from './overrides';
import { gapFillers } from './gapFillers';
import { checklist } from './checklist';

export * from './types';
export * from './validate';
export * from './discovery';
export { holdsState, stateLocked } from './categories';
export { EXIT_TEST_ITEM_ID } from './checklist';
export { AI_ASSISTANT_SYSTEM } from './overrides';
export { AI_ASSISTANT_REPORT } from './sources';
export { EU_TERRAFORM } from './services/eu';

/**
 * Bump on every change to the data: assessments store it, so history stays
 * comparable and a changed score can be traced to a knowledge update.
 * Format: year.month.patch.
 */
export const KNOWLEDGE_BASE_VERSION = '2026.12.4';

/** @public */
export const knowledgeBase: KnowledgeBase = {
  version: KNOWLEDGE_BASE_VERSION,
  providers,
  categories,
  services: [
    ...azureServices,
    ...awsServices,
    ...gcpServices,
    ...euServices,
    ...kubernetesServices,
  ],
  equivalents,
  overrides,
  gapFillers,
  checklist,
};
