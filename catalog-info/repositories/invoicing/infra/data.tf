resource "stackit_postgresflex_instance" "ledger" {
  project_id      = var.project_id
  name            = "invoicing-ledger"
  acl             = ["10.0.0.0/16"]
  backup_schedule = "0 2 * * *"
  flavor          = { cpu = 4, ram = 16 }
  replicas        = 3
  storage         = { class = "premium-perf6-stackit", size = 100 }
  version         = "16"
}

resource "stackit_objectstorage_bucket" "invoices" {
  project_id = var.project_id
  name       = "invoicing-pdfs"
}
