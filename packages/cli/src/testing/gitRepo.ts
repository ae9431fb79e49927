import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFiles } from './files';

/** A shop service on STACKIT, as a team would start it. */
export const DAY_ONE_FILES: Record<string, string> = {
  'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: shop-api
  annotations:
    portolan.dev/hosting: stackit:eu01
    portolan.dev/data-classification: internal
    portolan.dev/criticality: standard
    portolan.dev/target-providers: ionos, stackit
    portolan.dev/exit-plan: docs/exit-plan.md
spec:
  type: service
  owner: team-shop
  lifecycle: production
`,
  'package.json': `${JSON.stringify(
    { name: 'shop-api', dependencies: { pg: '^8.11.0', express: '^4.19.0' } },
    null,
    2,
  )}\n`,
  'infra/main.tf': `resource "stackit_ske_cluster" "main" {
  name = "shop"
}

resource "stackit_postgresflex_instance" "db" {
  name = "shop-db"
}
`,
};

/** The change under review: a Cosmos DB account and its SDK. */
export const COSMOS_CHANGE: Record<string, string> = {
  'infra/cosmos.tf': `resource "azurerm_cosmosdb_account" "orders" {
  name                = "shop-orders"
  location            = "westeurope"
  resource_group_name = "shop"
  offer_type          = "Standard"
}
`,
  'package.json': `${JSON.stringify(
    {
      name: 'shop-api',
      dependencies: {
        pg: '^8.11.0',
        express: '^4.19.0',
        '@azure/cosmos': '^4.0.0',
      },
    },
    null,
    2,
  )}\n`,
};

/**
 * A real git repository in a temporary folder: the day-one commit, then
 * the change, committed or left in the working tree.
 */
export function createGitRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
      },
    }).trim();
  const write = (files: Record<string, string>) => writeFiles(dir, files);
  const commit = (files: Record<string, string>, message: string) => {
    write(files);
    git('add', '--all');
    git('commit', '--quiet', '--no-gpg-sign', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  git('init', '--quiet', '--initial-branch=main');
  return {
    dir,
    git,
    write,
    commit,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
