# The workloads' identity: pulls images and reads secrets without stored credentials.
resource "azurerm_user_assigned_identity" "workloads" {
  name                = "id-assistant-workloads"
  resource_group_name = azurerm_resource_group.assistant.name
  location            = azurerm_resource_group.assistant.location
}

resource "azurerm_role_assignment" "acr_pull" {
  scope                = azurerm_container_registry.assistant.id
  role_definition_name = "AcrPull"
  principal_id         = azurerm_user_assigned_identity.workloads.principal_id
}
