resource "azurerm_storage_account" "assistant" {
  name                     = "assistantdocs${var.environment}"
  resource_group_name      = azurerm_resource_group.assistant.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  min_tls_version          = "TLS1_2"
}

# Generated documents.
resource "azurerm_storage_container" "documents" {
  name                  = "documents"
  storage_account_id    = azurerm_storage_account.assistant.id
  container_access_type = "private"
}
