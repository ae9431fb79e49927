resource "azurerm_log_analytics_workspace" "assistant" {
  name                = "log-assistant-${var.environment}"
  resource_group_name = azurerm_resource_group.assistant.name
  location            = azurerm_resource_group.assistant.location
  sku                 = "PerGB2018"
  retention_in_days   = 30
}
