# PostgreSQL with pgvector, replacing the Compose container.
resource "azurerm_postgresql_flexible_server" "knowledge" {
  name                   = "psql-knowledge"
  location               = azurerm_resource_group.knowledge.location
  resource_group_name    = azurerm_resource_group.knowledge.name
  version                = "16"
  sku_name               = "GP_Standard_D4ds_v5"
  storage_mb             = 131072
  administrator_login    = "knowledge"
  administrator_password = var.postgres_password
  zone                   = "1"
}

resource "azurerm_postgresql_flexible_server_configuration" "extensions" {
  name      = "azure.extensions"
  server_id = azurerm_postgresql_flexible_server.knowledge.id
  value     = "VECTOR"
}

resource "azurerm_postgresql_flexible_server_database" "knowledge" {
  name      = "knowledge"
  server_id = azurerm_postgresql_flexible_server.knowledge.id
}

variable "postgres_password" {
  type      = string
  sensitive = true
}
