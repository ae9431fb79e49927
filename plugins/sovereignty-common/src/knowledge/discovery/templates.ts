import type { ArnNamespaceRule, TemplateTypeRule } from './types';

/** ARM / Bicep resource types. */
export const armTypes: TemplateTypeRule[] = [];

/** CloudFormation / SAM resource types. */
export const cloudFormationTypes: TemplateTypeRule[] = [];

export const arnNamespaces: ArnNamespaceRule[] = [];
