resource "azurerm_container_registry" "knowledge" {
  name                = "knowledgeacr"
  location            = azurerm_resource_group.knowledge.location
  resource_group_name = azurerm_resource_group.knowledge.name
  sku                 = "Premium"
}
