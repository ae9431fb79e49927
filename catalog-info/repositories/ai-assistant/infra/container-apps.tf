# The Container Apps environment with its registry: one resource group for the
# whole assistant, images pulled with a managed identity.
resource "azurerm_resource_group" "assistant" {
  name     = "rg-assistant-${var.environment}"
  location = "westeurope"
  tags     = local.tags
}

resource "azurerm_container_registry" "assistant" {
  name                = "assistantacr${var.environment}"
  resource_group_name = azurerm_resource_group.assistant.name
  location            = azurerm_resource_group.assistant.location
  sku                 = "Standard"
  admin_enabled       = false
}

resource "azurerm_container_app_environment" "assistant" {
  name                       = "cae-assistant-${var.environment}"
  resource_group_name        = azurerm_resource_group.assistant.name
  location                   = azurerm_resource_group.assistant.location
  log_analytics_workspace_id = azurerm_log_analytics_workspace.assistant.id
}

resource "azurerm_container_app" "chat_ui" {
  name                         = "chat-ui"
  container_app_environment_id = azurerm_container_app_environment.assistant.id
  resource_group_name          = azurerm_resource_group.assistant.name
  revision_mode                = "Single"

  template {
    container {
      name   = "chat-ui"
      image  = "${azurerm_container_registry.assistant.login_server}/chat-ui:1.4.2"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
  ingress {
    external_enabled = true
    target_port      = 8080
    traffic_weight {
      latest_revision = true
      percentage      = 100
    }
  }
}

resource "azurerm_container_app" "mcp_server" {
  name                         = "mcp-server"
  container_app_environment_id = azurerm_container_app_environment.assistant.id
  resource_group_name          = azurerm_resource_group.assistant.name
  revision_mode                = "Single"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.workloads.id]
  }
  template {
    container {
      name   = "mcp-server"
      image  = "${azurerm_container_registry.assistant.login_server}/mcp-server:2.0.1"
      cpu    = 1
      memory = "2Gi"
    }
  }
}

resource "azurerm_container_app" "job_processor" {
  name                         = "job-processor"
  container_app_environment_id = azurerm_container_app_environment.assistant.id
  resource_group_name          = azurerm_resource_group.assistant.name
  revision_mode                = "Single"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.workloads.id]
  }
  template {
    container {
      name   = "job-processor"
      image  = "${azurerm_container_registry.assistant.login_server}/job-processor:3.1.0"
      cpu    = 1
      memory = "2Gi"
    }
    volume {
      name         = "documents"
      storage_type = "AzureFile"
      storage_name = azurerm_container_app_environment_storage.volumes.name
    }
  }
}

resource "azurerm_container_app_environment_storage" "volumes" {
  name                         = "volumes"
  container_app_environment_id = azurerm_container_app_environment.assistant.id
  account_name                 = azurerm_storage_account.assistant.name
  share_name                   = azurerm_storage_share.volumes.name
  access_key                   = azurerm_storage_account.assistant.primary_access_key
  access_mode                  = "ReadWrite"
}
