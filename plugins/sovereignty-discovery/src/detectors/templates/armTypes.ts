/** ARM type names as Bicep and ARM JSON write them. */

/**
 * A child type declared inside its parent: relative (`'secrets'`, no
 * namespace segment with a dot) is joined to the parent's type; a full type
 * (`Microsoft.KeyVault/vaults/secrets`) stands as written.
 */
export function childType(parent: string, type: string): string {
  const slash = type.indexOf('/');
  const namespace = slash < 0 ? type : type.slice(0, slash);
  return namespace.includes('.') ? type : `${parent}/${type}`;
}

/** `br/public:` and its long form both name the public Bicep registry. */
const PUBLIC_REGISTRY_PREFIXES = ['br/public:', 'br:mcr.microsoft.com/bicep/'];
const AVM_RESOURCE_MODULES = 'avm/res/';

/**
 * The ARM type an Azure Verified Module deploys, as candidates to look up
 * in order: `avm/res/key-vault/vault` -> `Microsoft.KeyVault/vaults`, then
 * `Microsoft.KeyVault/vault`. Module names are the type's kebab-cased
 * singular; ARM types are case-insensitive, so dropping the dashes and
 * trying the plural forms finds the type. Empty for anything but a public
 * resource module (local files, private registries, pattern modules).
 * https://azure.github.io/Azure-Verified-Modules/specs/bcp/res/naming/
 */
export function avmTypeCandidates(path: string): string[] {
  const prefix = PUBLIC_REGISTRY_PREFIXES.find(p => path.startsWith(p));
  if (!prefix) return [];
  let rest = path.slice(prefix.length);
  if (!rest.startsWith(AVM_RESOURCE_MODULES)) return [];
  rest = rest.slice(AVM_RESOURCE_MODULES.length);
  const version = rest.lastIndexOf(':');
  if (version >= 0) rest = rest.slice(0, version);
  const [provider, type] = rest.split('/');
  if (!provider || !type) return [];
  const namespace = `Microsoft.${provider.split('-').join('')}`;
  const singular = type.split('-').join('');
  let plural = `${singular}s`;
  if (singular.endsWith('y')) plural = `${singular.slice(0, -1)}ies`;
  else if (singular.endsWith('s')) plural = `${singular}es`;
  return [plural, singular].map(t => `${namespace}/${t}`);
}
