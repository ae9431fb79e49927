# Azure OpenAI runs in Sweden Central, where the model was available.
resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-assistant-${var.environment}"
  resource_group_name   = azurerm_resource_group.assistant.name
  location              = "swedencentral"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-assistant-${var.environment}"
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "gpt-4o"
  cognitive_account_id = azurerm_cognitive_account.openai.id
  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }
  sku {
    name = "Standard"
  }
}
