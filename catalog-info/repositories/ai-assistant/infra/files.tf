# Persistent volumes of the job processor.
resource "azurerm_storage_share" "volumes" {
  name               = "volumes"
  storage_account_id = azurerm_storage_account.assistant.id
  quota              = 100
}
