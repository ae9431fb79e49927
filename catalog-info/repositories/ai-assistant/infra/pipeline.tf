# The GitLab pipeline applies this configuration as a service principal of
# an application registered by the platform team.
variable "pipeline_client_id" {
  type = string
}

resource "azuread_service_principal" "pipeline" {
  client_id = var.pipeline_client_id
}

resource "azuread_service_principal_password" "pipeline" {
  service_principal_id = azuread_service_principal.pipeline.id
  end_date             = "2027-06-30T00:00:00Z"
}
