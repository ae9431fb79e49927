# Pinned provider; state in S3-compatible object storage at the provider
# (settings in state.s3.tfbackend: tofu init -backend-config=state.s3.tfbackend).
terraform {
  required_version = ">= 1.6.0"
  required_providers {
    opentelekomcloud = {
      source  = "opentelekomcloud/opentelekomcloud"
      version = "~> 1.36"
    }
  }
  backend "s3" {}
}
