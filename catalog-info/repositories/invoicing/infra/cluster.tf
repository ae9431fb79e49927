resource "stackit_ske_cluster" "invoicing" {
  project_id             = var.project_id
  name                   = "invoicing"
  kubernetes_version_min = "1.31"
  node_pools = [{
    name               = "default"
    machine_type       = "c1.4"
    minimum            = 3
    maximum            = 6
    availability_zones = ["eu01-1", "eu01-2", "eu01-3"]
  }]
}
