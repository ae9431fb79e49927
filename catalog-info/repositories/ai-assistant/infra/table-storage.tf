# The job repository of the job processor.
resource "azurerm_storage_table" "jobs" {
  name                 = "jobs"
  storage_account_name = azurerm_storage_account.assistant.name
}
