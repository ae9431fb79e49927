import { discoverFiles, serviceIds } from '../testing/discover';
import { terraformDetector } from './terraform';

/**
 * A repository laid out like a typical Azure Container Apps service: a
 * provider file, the app, its Key Vault with a secret, a storage account
 * holding a table, Cosmos DB, and variables. Written for this test.
 */
const repository: Record<string, string> = {
  'infra/providers.tf': `
terraform {
  required_version = ">= 1.6"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
  }
  backend "azurerm" {
    resource_group_name  = "tfstate"
    storage_account_name = "tfstateorders"
    container_name       = "tfstate"
    key                  = "orders.tfstate"
  }
}

provider "azurerm" {
  features {
    key_vault {
      purge_soft_delete_on_destroy = false
    }
  }
}

data "azurerm_client_config" "current" {}
`,
  'infra/variables.tf': `
variable "location" {
  type    = string
  default = "westeurope"
}

variable "environment" {
  type = string
}
`,
  'infra/main.tf': `
resource "azurerm_resource_group" "app" {
  name     = "rg-orders-\${var.environment}"
  location = var.location
}

resource "azurerm_log_analytics_workspace" "logs" {
  name                = "log-orders"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name
  retention_in_days   = 30
}

resource "azurerm_container_app_environment" "env" {
  name                       = "cae-orders"
  location                   = "westeurope"
  resource_group_name        = azurerm_resource_group.app.name
  log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id
}

resource "azurerm_container_app" "api" {
  name                         = "ca-orders-api"
  container_app_environment_id = azurerm_container_app_environment.env.id
  resource_group_name          = azurerm_resource_group.app.name
  revision_mode                = "Single"

  identity {
    type = "SystemAssigned"
  }

  template {
    container {
      name   = "api"
      image  = "ghcr.io/acme/orders:\${var.environment}"
      cpu    = 0.5
      memory = "1Gi"
      env {
        name        = "COSMOS_ENDPOINT"
        value       = azurerm_cosmosdb_account.db.endpoint
      }
      env {
        name        = "TABLE_ENDPOINT"
        secret_name = "table-connection"
      }
    }
  }

  secret {
    name                = "table-connection"
    key_vault_secret_id = azurerm_key_vault_secret.table.id
    identity            = "System"
  }
}
`,
  'infra/data.tf': `
resource "azurerm_key_vault" "kv" {
  name                = "kv-orders"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.app.name
  tenant_id           = data.azurerm_client_config.current.tenant_id
  sku_name            = "standard"
}

resource "azurerm_key_vault_secret" "table" {
  name         = "table-connection"
  value        = azurerm_storage_account.data.primary_table_connection_string
  key_vault_id = azurerm_key_vault.kv.id
}

resource "azurerm_role_assignment" "app_reads_secrets" {
  scope                = azurerm_key_vault.kv.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_container_app.api.identity[0].principal_id
}

resource "azurerm_storage_account" "data" {
  name                     = "stordersdata"
  resource_group_name      = azurerm_resource_group.app.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_table" "orders" {
  name                 = "orders"
  storage_account_name = azurerm_storage_account.data.name
}

resource "azurerm_cosmosdb_account" "db" {
  name                = "cosmos-orders"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.app.name
  offer_type          = "Standard"
  kind                = "GlobalDocumentDB"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "northeurope"
    failover_priority = 0
  }
}

resource "random_string" "suffix" {
  length  = 6
  special = false
}
`,
};

describe('terraform detector on an Azure Container Apps repository', () => {
  it('finds exactly the services, hosting and nothing unknown', async () => {
    const report = await discoverFiles(repository, {
      detectors: [terraformDetector],
    });

    expect(serviceIds(report)).toEqual([
      'azure:container-apps',
      'azure:cosmos-db',
      'azure:key-vault',
      'azure:log-analytics',
      'azure:managed-identity',
      'azure:resource-groups',
      'azure:resource-manager',
      'azure:table-storage',
    ]);
    const tableStorage = report.services.find(
      s => s.id === 'azure:table-storage',
    );
    expect(tableStorage?.evidence).toEqual([
      {
        path: 'infra/data.tf',
        line: 22,
        detector: 'terraform',
        match: 'azurerm_storage_account',
      },
      {
        path: 'infra/data.tf',
        line: 30,
        detector: 'terraform',
        match: 'azurerm_storage_table',
      },
    ]);
    const keyVault = report.services.find(s => s.id === 'azure:key-vault');
    expect(keyVault?.evidence.map(e => e.match)).toEqual([
      'azurerm_key_vault',
      'azurerm_key_vault_secret',
    ]);

    // The nested geo_location is no hosting evidence of its own; var.location gives no region.
    expect(report.hosting.map(h => [h.provider, h.region])).toEqual([
      ['azure', undefined],
      ['azure', 'westeurope'],
    ]);
    expect(report.findings).toEqual([]);
    expect(report.scan).toMatchObject({ files: 4, formats: ['terraform'] });
  });
});
