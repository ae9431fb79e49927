import { moduleAddress, normaliseModuleSource } from './moduleSource';

describe('normaliseModuleSource', () => {
  it.each([
    [
      'terraform-aws-modules/s3-bucket/aws',
      'terraform-aws-modules/s3-bucket/aws',
    ],
    [
      'registry.terraform.io/terraform-aws-modules/eks/aws',
      'terraform-aws-modules/eks/aws',
    ],
    [
      'registry.opentofu.org/terraform-aws-modules/eks/aws',
      'terraform-aws-modules/eks/aws',
    ],
    [
      'tfr:///terraform-aws-modules/vpc/aws?version=5.0.0',
      'terraform-aws-modules/vpc/aws',
    ],
    [
      'tfr://registry.terraform.io/terraform-aws-modules/vpc/aws?version=5.0.0',
      'terraform-aws-modules/vpc/aws',
    ],
    [
      'git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.0',
      'terraform-aws-modules/s3-bucket/aws',
    ],
    [
      'git::https://github.com/terraform-aws-modules/terraform-aws-iam.git//modules/iam-assumable-role?ref=v5',
      'terraform-aws-modules/iam/aws//modules/iam-assumable-role',
    ],
    [
      'github.com/terraform-aws-modules/terraform-aws-eks',
      'terraform-aws-modules/eks/aws',
    ],
    [
      'git@github.com:Azure/terraform-azurerm-avm-res-keyvault-vault.git',
      'Azure/avm-res-keyvault-vault/azurerm',
    ],
    [
      '  terraform-google-modules/sql-db/google//modules/postgresql/  ',
      'terraform-google-modules/sql-db/google//modules/postgresql',
    ],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseModuleSource(raw)).toBe(expected);
  });

  it.each([
    './modules/bucket',
    '../shared',
    '/abs/path',
    '',
    's3::https://s3-eu-west-1.amazonaws.com/bucket/module.zip',
    'gcs::https://www.googleapis.com/storage/v1/modules/foomodule.zip',
    'https://example.com/module.zip',
    'github.com/acme/not-a-terraform-repo',
  ])('gives nothing for %s', raw => {
    expect(normaliseModuleSource(raw)).toBeUndefined();
  });

  it('drops the submodule path for attribute lookups', () => {
    expect(
      moduleAddress('terraform-aws-modules/rds/aws//modules/db_instance'),
    ).toBe('terraform-aws-modules/rds/aws');
    expect(moduleAddress('terraform-aws-modules/rds/aws')).toBe(
      'terraform-aws-modules/rds/aws',
    );
  });
});
