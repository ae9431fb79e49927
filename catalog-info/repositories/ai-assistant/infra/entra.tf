# Company SSO for the chat UI.
resource "azuread_application" "chat_ui" {
  display_name     = "AI assistant"
  sign_in_audience = "AzureADMyOrg"
  web {
    redirect_uris = ["https://assistant.example.com/auth/callback"]
  }
}
