import type {
  TerraformAttributeRule,
  TerraformModuleRule,
  TerraformProviderRule,
  TerraformTypeRule,
} from './types';

/** Sub-resources, multi-service types decided elsewhere, and glue. */
export const terraformTypes: TerraformTypeRule[] = [];

export const terraformAttributes: TerraformAttributeRule[] = [];

export const terraformModules: TerraformModuleRule[] = [];

export const terraformProviders: TerraformProviderRule[] = [];
