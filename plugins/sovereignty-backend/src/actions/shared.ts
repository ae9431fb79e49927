import type { ActionsRegistryActionOptions } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  TARGET_PROVIDER_IDS,
  type Source,
} from '@portolan/plugin-sovereignty-common';
import { assertAssessedKind } from '../service/assessedKinds';

/** The zod the actions registry hands to schema builders (zod 3's API). */
export type Zod = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/**
 * Every Portolan action only reads: it stores nothing, and asking twice
 * answers the same until the catalog or a refresh changes something.
 */
export const READ_ONLY_ATTRIBUTES = {
  readOnly: true,
  idempotent: true,
  destructive: false,
} as const;

/** The longest entity ref or service id an action accepts. */
const MAX_ID_LENGTH = 300;

export const entityRefSchema = (z: Zod) =>
  z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .describe(
      'Catalog entity ref of a Component, Resource or System, e.g. component:default/orders (the namespace defaults to "default")',
    );

export const targetSchema = (z: Zod) =>
  z
    .enum(TARGET_PROVIDER_IDS)
    .describe('Migration target: an EU cloud provider or plain Kubernetes');

export const serviceIdSchema = (z: Zod) =>
  z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .describe('Cloud service id, provider:service, e.g. azure:key-vault');

export const fitSchema = (z: Zod) =>
  z.enum(['direct', 'partial', 're-architect', 'none']);

export const effortSchema = (z: Zod) => z.enum(['S', 'M', 'L', 'XL']);

export const sourceSchema = (z: Zod) =>
  z.object({
    kind: z.enum(['docs', 'terraform', 'regulation', 'report']),
    title: z.string(),
    url: z.string().optional(),
  });

/** A knowledge-base source as one flat shape, whatever its kind. */
export function sourceOutput(source: Source) {
  switch (source.kind) {
    case 'terraform':
      return {
        kind: source.kind,
        title: `Terraform resource ${source.resourceType} (provider ${source.provider})`,
      };
    case 'regulation':
      return {
        kind: source.kind,
        title: `${source.title}, ${source.reference}`,
        ...(source.url ? { url: source.url } : {}),
      };
    default:
      return {
        kind: source.kind,
        title: source.title,
        ...(source.url ? { url: source.url } : {}),
      };
  }
}

/**
 * The canonical ref of an entity the caller names, refused clearly when it
 * is no entity ref or names a kind Portolan does not assess.
 */
export function assessedEntityRef(raw: string): string {
  let ref: string;
  try {
    ref = stringifyEntityRef(
      parseEntityRef(raw.trim(), { defaultNamespace: 'default' }),
    );
  } catch (error) {
    throw new InputError(
      `"${raw}" is not an entity ref: write kind:namespace/name, e.g. component:default/orders`,
    );
  }
  assertAssessedKind(ref);
  return ref;
}
