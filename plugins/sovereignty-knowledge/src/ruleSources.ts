import { docs } from './sources';

/*
 * Sources behind the mapping rules rather than behind one offering: which
 * protocol a broker speaks, which state a provider lets out, and which
 * self-managed paths exist where no managed offering does. Each is the page
 * that states the fact.
 */

export const RABBITMQ_AMQP_1_0 = docs(
  'RabbitMQ: AMQP 1.0 as a core protocol since RabbitMQ 4.0',
  'https://www.rabbitmq.com/docs/amqp',
);

export const COGNITO_USER_IMPORT = docs(
  'Amazon Cognito: importing users into a user pool (passwords only survive through a migration trigger)',
  'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-import-users.html',
);

export const KEYCLOAK_USER_STORAGE = docs(
  'Keycloak server administration: user federation and identity brokering (the hybrid path when users cannot be exported)',
  'https://www.keycloak.org/docs/latest/server_admin/index.html#_user-storage-federation',
);

export const AWS_KMS_KEY_MATERIAL = docs(
  'AWS KMS cryptographic details: key material never leaves the HSMs unencrypted',
  'https://docs.aws.amazon.com/kms/latest/cryptographic-details/intro.html',
);

export const AZURE_KEY_VAULT_KEYS = docs(
  'Azure Key Vault: about keys (HSM-protected keys cannot be exported)',
  'https://learn.microsoft.com/en-us/azure/key-vault/keys/about-keys',
);

export const SQL_SERVER_LINUX_CONTAINERS = docs(
  'SQL Server on Linux: run SQL Server Linux container images',
  'https://learn.microsoft.com/en-us/sql/linux/quickstart-install-connect-docker',
);

export const SQL_SERVER_KUBERNETES = docs(
  'SQL Server on Linux: deploy a SQL Server container in Kubernetes',
  'https://learn.microsoft.com/en-us/sql/linux/quickstart-sql-server-containers-kubernetes',
);

export const SQL_SERVER_LICENSING = docs(
  'SQL Server on Linux: editions and the MSSQL_PID setting (Developer and Express are free, production editions need a licence)',
  'https://learn.microsoft.com/en-us/sql/linux/sql-server-linux-configure-environment-variables',
);

export const KUBEVIRT_USER_GUIDE = docs(
  'KubeVirt user guide: virtual machine instances on Kubernetes',
  'https://kubevirt.io/user-guide/virtual_machines/virtual_machine_instances/',
);

export const KUBEVIRT_DATA_IMPORTER = docs(
  'KubeVirt: Containerized Data Importer (imports VM disk images)',
  'https://kubevirt.io/user-guide/storage/containerized_data_importer/',
);

export const VARNISH_DOCS = docs(
  'Varnish Cache users guide: Varnish as a caching HTTP reverse proxy',
  'https://varnish-cache.org/docs/trunk/users-guide/intro.html',
);

export const POSTFIX_DOCS = docs(
  'Postfix basic configuration (sending mail for your domain)',
  'https://www.postfix.org/BASIC_CONFIGURATION_README.html',
);

export const HETZNER_MAIL_PORTS = docs(
  'Hetzner Cloud FAQ: outgoing mail ports 25 and 465 are blocked by default',
  'https://docs.hetzner.com/cloud/servers/faq/',
);

export const KEDA_SCALERS = docs(
  'KEDA: scaling deployments, StatefulSets and custom resources',
  'https://keda.sh/docs/latest/concepts/scaling-deployments/',
);
