data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "assistant" {
  name                      = "kv-assistant-${var.environment}"
  resource_group_name       = azurerm_resource_group.assistant.name
  location                  = azurerm_resource_group.assistant.location
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "standard"
  enable_rbac_authorization = true
}

resource "azurerm_key_vault_secret" "dms_api_key" {
  name         = "dms-api-key"
  value        = "set-in-the-portal"
  key_vault_id = azurerm_key_vault.assistant.id
  lifecycle {
    ignore_changes = [value]
  }
}
