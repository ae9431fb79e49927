# Pinned provider; state in S3-compatible object storage at the provider
# (settings in state.s3.tfbackend: tofu init -backend-config=state.s3.tfbackend).
terraform {
  required_version = ">= 1.6.0"
  required_providers {
    ionoscloud = {
      source  = "ionos-cloud/ionoscloud"
      version = "~> 6.7"
    }
  }
  backend "s3" {}
}
