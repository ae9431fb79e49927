terraform {
  required_providers {
    stackit = {
      source  = "stackitcloud/stackit"
      version = "~> 0.50"
    }
  }
  # State in STACKIT Object Storage through the S3 backend: no provider lock-in.
  backend "s3" {
    bucket                      = "invoicing-tfstate"
    key                         = "invoicing.tfstate"
    region                      = "eu01"
    endpoints                   = { s3 = "https://object.storage.eu01.onstackit.cloud" }
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
  }
}

provider "stackit" {
  default_region = "eu01"
}

variable "project_id" {
  type = string
}
