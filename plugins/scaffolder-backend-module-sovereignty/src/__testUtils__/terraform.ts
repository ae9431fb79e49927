import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktf/hcl2json';

/** Terraform provider of each template choice: list file and resource prefix. */
export const TERRAFORM_PROVIDERS: Record<
  string,
  { list: string; prefix: string; source: string }
> = {
  ionos: {
    list: 'ionoscloud',
    prefix: 'ionoscloud_',
    source: 'ionos-cloud/ionoscloud',
  },
  stackit: {
    list: 'stackit',
    prefix: 'stackit_',
    source: 'stackitcloud/stackit',
  },
  ovhcloud: { list: 'ovh', prefix: 'ovh_', source: 'ovh/ovh' },
  scaleway: {
    list: 'scaleway',
    prefix: 'scaleway_',
    source: 'scaleway/scaleway',
  },
  otc: {
    list: 'opentelekomcloud',
    prefix: 'opentelekomcloud_',
    source: 'opentelekomcloud/opentelekomcloud',
  },
  hetzner: { list: 'hcloud', prefix: 'hcloud_', source: 'hetznercloud/hcloud' },
};

/** The two kinds of Terraform block that name a provider's type. */
export type TerraformBlockKind = 'resource' | 'data';

/**
 * Every type the provider registers for that block kind, with its prefix:
 * managed resources in `<list>.txt`, data sources in `<list>.data.txt`
 * (see terraform-resources/SOURCES.md for how the lists were read).
 */
export function registeredTerraformTypes(
  provider: string,
  kind: TerraformBlockKind,
): Set<string> {
  const { list, prefix } = TERRAFORM_PROVIDERS[provider];
  const file = kind === 'resource' ? `${list}.txt` : `${list}.data.txt`;
  const text = readFileSync(
    join(__dirname, 'terraform-resources', file),
    'utf8',
  );
  return new Set(
    text
      .split('\n')
      .map(line => line.trim())
      .filter(Boolean)
      .map(type => `${prefix}${type}`),
  );
}

/** Parses HCL with HashiCorp's parser (compiled to WebAssembly); throws on syntax errors. */
export async function parseHcl(
  name: string,
  content: string,
): Promise<Record<string, any>> {
  return parse(name, content);
}
