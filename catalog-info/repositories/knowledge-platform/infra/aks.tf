# One cluster with dev, staging and production namespaces.
resource "azurerm_kubernetes_cluster" "knowledge" {
  name                      = "aks-knowledge"
  location                  = azurerm_resource_group.knowledge.location
  resource_group_name       = azurerm_resource_group.knowledge.name
  dns_prefix                = "knowledge"
  oidc_issuer_enabled       = true
  workload_identity_enabled = true

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4s_v5"
    node_count = 3
  }
  identity {
    type = "SystemAssigned"
  }
  key_vault_secrets_provider {
    secret_rotation_enabled = true
  }
  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.knowledge.id
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "workers" {
  name                  = "workers"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.knowledge.id
  vm_size               = "Standard_D8s_v5"
  auto_scaling_enabled  = true
  min_count             = 2
  max_count             = 6
}

resource "azurerm_log_analytics_workspace" "knowledge" {
  name                = "log-knowledge"
  location            = azurerm_resource_group.knowledge.location
  resource_group_name = azurerm_resource_group.knowledge.name
  sku                 = "PerGB2018"
}

resource "azurerm_monitor_workspace" "knowledge" {
  name                = "amw-knowledge"
  location            = azurerm_resource_group.knowledge.location
  resource_group_name = azurerm_resource_group.knowledge.name
}

resource "azurerm_key_vault" "knowledge" {
  name                = "kv-knowledge"
  location            = azurerm_resource_group.knowledge.location
  resource_group_name = azurerm_resource_group.knowledge.name
  tenant_id           = var.tenant_id
  sku_name            = "standard"
}

variable "tenant_id" {
  type = string
}
