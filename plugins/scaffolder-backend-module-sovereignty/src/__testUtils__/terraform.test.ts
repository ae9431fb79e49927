import { registeredTerraformTypes, TERRAFORM_PROVIDERS } from './terraform';

describe('registeredTerraformTypes', () => {
  it('reads managed resources and data sources from separate lists', () => {
    const resources = registeredTerraformTypes('ionos', 'resource');
    const dataSources = registeredTerraformTypes('ionos', 'data');
    // The registered names, not the documentation file names (dbaas_pgsql_cluster.md).
    expect(resources.has('ionoscloud_pg_cluster')).toBe(true);
    expect(resources.has('ionoscloud_dbaas_pgsql_cluster')).toBe(false);
    // A data source only: a `resource` block of this type cannot validate.
    expect(dataSources.has('ionoscloud_container_registry_locations')).toBe(
      true,
    );
    expect(resources.has('ionoscloud_container_registry_locations')).toBe(
      false,
    );
    // A managed resource only.
    expect(resources.has('ionoscloud_loadbalancer')).toBe(true);
    expect(dataSources.has('ionoscloud_loadbalancer')).toBe(false);
  });

  it.each(Object.keys(TERRAFORM_PROVIDERS))(
    'prefixes every %s type with its provider prefix',
    provider => {
      const { prefix } = TERRAFORM_PROVIDERS[provider];
      for (const kind of ['resource', 'data'] as const) {
        const types = [...registeredTerraformTypes(provider, kind)];
        expect(types.length).toBeGreaterThan(20);
        expect(types.filter(type => !type.startsWith(prefix))).toEqual([]);
      }
    },
  );
});
