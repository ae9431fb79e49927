module example.com/knowledge/connectors

go 1.23

require (
	github.com/Azure/azure-sdk-for-go/sdk/azidentity v1.8.0
	github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus v1.7.3
	github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.5.0
	golang.org/x/sync v0.10.0
)

require (
	github.com/Azure/azure-sdk-for-go/sdk/azcore v1.16.0 // indirect
	github.com/Azure/azure-sdk-for-go/sdk/internal v1.10.0 // indirect
)
