terraform {
  required_version = ">= 1.6"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
    azuread = {
      source  = "hashicorp/azuread"
      version = "~> 3.0"
    }
  }
  backend "azurerm" {
    resource_group_name  = "assistant-tfstate"
    storage_account_name = "assistanttfstate"
    container_name       = "tfstate"
    key                  = "assistant.tfstate"
  }
}

provider "azurerm" {
  features {}
}

variable "environment" {
  type    = string
  default = "production"
}

locals {
  location = "westeurope"
  tags = {
    system      = "ai-assistant"
    environment = var.environment
  }
}
