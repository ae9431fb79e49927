/**
 * A module `source` reduced to a registry address `namespace/name/provider`
 * (plus `//subdir` when given), the form the module table is keyed by:
 *
 * - `registry.terraform.io/terraform-aws-modules/s3-bucket/aws` and
 *   `tfr:///terraform-aws-modules/vpc/aws?version=5.0.0` (Terragrunt) lose
 *   host and version;
 * - `git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4`,
 *   `github.com/terraform-aws-modules/terraform-aws-eks` and
 *   `git@github.com:Azure/terraform-azurerm-avm-res-keyvault-vault.git`
 *   follow the registry's naming rule (`terraform-<provider>-<name>`).
 *
 * Local paths and archives (`./modules/x`, `s3::`, `gcs::`, `.zip`) are not
 * registry modules: their files are scanned on their own, so they give
 * `undefined`.
 */

const REGISTRY_HOSTS = ['registry.terraform.io/', 'registry.opentofu.org/'];
const SCHEMES = ['https://', 'http://', 'ssh://', 'git://'];
const GITHUB = 'github.com/';

const stripPrefix = (text: string, prefix: string) =>
  text.toLowerCase().startsWith(prefix) ? text.slice(prefix.length) : text;

/** `terraform-aws-s3-bucket` -> `s3-bucket/aws`, the registry's repository naming rule. */
function registryNameOfRepository(repository: string): string | undefined {
  if (!repository.toLowerCase().startsWith('terraform-')) return undefined;
  const rest = repository.slice('terraform-'.length);
  const cut = rest.indexOf('-');
  if (cut <= 0 || cut === rest.length - 1) return undefined;
  return `${rest.slice(cut + 1)}/${rest.slice(0, cut)}`;
}

/** @public */
export function normaliseModuleSource(raw: string): string | undefined {
  let source = raw.trim();
  if (
    source === '' ||
    source.startsWith('./') ||
    source.startsWith('../') ||
    source.startsWith('/')
  ) {
    return undefined;
  }
  const forced = source.indexOf('::');
  if (forced > 0) {
    const getter = source.slice(0, forced).toLowerCase();
    if (getter !== 'git') return undefined;
    source = source.slice(forced + 2);
  }
  if (source.toLowerCase().startsWith('tfr://')) {
    source = source.slice('tfr://'.length);
    if (source.startsWith('/')) source = source.slice(1);
  }
  const query = source.indexOf('?');
  if (query >= 0) source = source.slice(0, query);
  for (const scheme of SCHEMES) source = stripPrefix(source, scheme);
  source = stripPrefix(source, 'git@');
  if (source.toLowerCase().startsWith('github.com:')) {
    source = `${GITHUB}${source.slice('github.com:'.length)}`;
  }
  for (const host of REGISTRY_HOSTS) source = stripPrefix(source, host);

  const subdirAt = source.indexOf('//');
  const subdir = subdirAt >= 0 ? source.slice(subdirAt) : '';
  let address = subdirAt >= 0 ? source.slice(0, subdirAt) : source;
  if (
    address.toLowerCase().endsWith('.zip') ||
    address.toLowerCase().endsWith('.tar.gz')
  ) {
    return undefined;
  }
  if (address.toLowerCase().startsWith(GITHUB)) {
    const [namespace, repository] = address.slice(GITHUB.length).split('/');
    if (!namespace || !repository) return undefined;
    const name = registryNameOfRepository(stripSuffix(repository, '.git'));
    if (!name) return undefined;
    address = `${namespace}/${name}`;
  }
  address = stripSuffix(address, '/');
  return address === '' ? undefined : `${address}${stripSuffix(subdir, '/')}`;
}

function stripSuffix(text: string, suffix: string) {
  return text.toLowerCase().endsWith(suffix)
    ? text.slice(0, -suffix.length)
    : text;
}

/** The address without its `//subdir`, as attribute rules for modules are keyed. */
export const moduleAddress = (normalised: string) => {
  const subdir = normalised.indexOf('//');
  return subdir >= 0 ? normalised.slice(0, subdir) : normalised;
};
