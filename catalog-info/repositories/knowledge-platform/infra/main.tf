terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
  }
}

provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "knowledge" {
  name     = "rg-knowledge"
  location = "germanywestcentral"
}
