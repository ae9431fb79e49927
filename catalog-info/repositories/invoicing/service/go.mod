module example.com/billing/invoice-service

go 1.23

require (
	github.com/jackc/pgx/v5 v5.7.1
	github.com/minio/minio-go/v7 v7.0.82
	github.com/coreos/go-oidc/v3 v3.11.0
)
