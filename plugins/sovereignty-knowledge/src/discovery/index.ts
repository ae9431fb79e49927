import type { DiscoveryKnowledge } from './types';
import {
  terraformAttributes,
  terraformModules,
  terraformProviders,
  terraformTypes,
} from './terraform';
import { armTypes, arnNamespaces, cloudFormationTypes } from './templates';
import { sdkPackages } from './sdkPackages';
import { kubernetesSignals } from './kubernetes';
import { pipelineFiles } from './pipelines';

export * from './types';
export { isTemplateTypeVariant, templateTypeVariant } from './templates';

/**
 * The discovery lookup tables of the default knowledge base. Kept apart from
 * `knowledgeBase` so the `/knowledge-base` response and the frontend bundle
 * do not carry them.
 * @public
 */
export const discoveryKnowledge: DiscoveryKnowledge = {
  terraformTypes,
  terraformAttributes,
  terraformModules,
  terraformProviders,
  armTypes,
  cloudFormationTypes,
  arnNamespaces,
  sdkPackages,
  kubernetesSignals,
  pipelineFiles,
};
