import type { CloudService, Source } from '../types';
import { docs, tfAll } from '../sources';

type AzureEntry = Omit<CloudService, 'provider' | 'sources' | 'id'> & {
  id: `azure:${string}`;
  /** Path below https://learn.microsoft.com/en-us/ */
  doc: string;
  extraSources?: Source[];
};

// Entra ID resources live in the azuread provider, everything else in azurerm.
const terraformProviderOf = (type: string) =>
  type.startsWith('azuread_') ? 'hashicorp/azuread' : 'hashicorp/azurerm';

const azure = ({
  doc,
  extraSources = [],
  ...entry
}: AzureEntry): CloudService => ({
  ...entry,
  provider: 'azure',
  sources: [
    docs(
      `Microsoft Learn: ${entry.name}`,
      `https://learn.microsoft.com/en-us/${doc}`,
    ),
    ...entry.terraformResources.flatMap(t =>
      tfAll(terraformProviderOf(t), [t]),
    ),
    ...extraSources,
  ],
});

export const azureServices: CloudService[] = [
  // Compute and runtimes
  azure({
    id: 'azure:virtual-machines',
    name: 'Azure Virtual Machines',
    category: 'compute',
    model: 'IaaS',
    interfaces: ['vm-image', 'ssh'],
    terraformResources: [
      'azurerm_linux_virtual_machine',
      'azurerm_windows_virtual_machine',
    ],
    aliases: ['vm', 'azure-vm', 'virtual-machine'],
    doc: 'azure/virtual-machines/',
  }),
  azure({
    id: 'azure:vm-scale-sets',
    name: 'Azure Virtual Machine Scale Sets',
    category: 'autoscaling',
    model: 'IaaS',
    interfaces: ['vm-image'],
    terraformResources: [
      'azurerm_linux_virtual_machine_scale_set',
      'azurerm_orchestrated_virtual_machine_scale_set',
    ],
    aliases: ['vmss', 'scale-sets'],
    doc: 'azure/virtual-machine-scale-sets/',
  }),
  azure({
    id: 'azure:aks',
    name: 'Azure Kubernetes Service',
    category: 'kubernetes',
    model: 'PaaS',
    interfaces: ['kubernetes'],
    formats: ['oci-image'],
    terraformResources: [
      'azurerm_kubernetes_cluster',
      'azurerm_kubernetes_cluster_node_pool',
    ],
    aliases: ['azure-kubernetes-service', 'kubernetes'],
    notes:
      'The Kubernetes API is portable; AKS add-ons (Workload Identity, Application Gateway ingress, Azure CSI drivers) are not.',
    doc: 'azure/aks/',
  }),
  azure({
    id: 'azure:container-apps',
    name: 'Azure Container Apps',
    category: 'container-platform',
    model: 'PaaS',
    interfaces: [],
    formats: ['oci-image'],
    terraformResources: [
      'azurerm_container_app',
      'azurerm_container_app_environment',
    ],
    aliases: ['aca', 'containerapps', 'container-app'],
    notes:
      'Images are portable; scale rules, ingress, Dapr components and revisions are Container Apps configuration that must be rebuilt.',
    doc: 'azure/container-apps/',
  }),
  azure({
    id: 'azure:app-service',
    name: 'Azure App Service',
    category: 'container-platform',
    model: 'PaaS',
    interfaces: [],
    formats: ['oci-image'],
    terraformResources: ['azurerm_linux_web_app', 'azurerm_service_plan'],
    aliases: ['web-app', 'web-apps', 'app-service-plan'],
    notes:
      'Only container deployments carry an OCI image; code deployments depend on App Service runtimes.',
    doc: 'azure/app-service/',
  }),
  azure({
    id: 'azure:functions',
    name: 'Azure Functions',
    category: 'functions',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_linux_function_app',
      'azurerm_windows_function_app',
    ],
    aliases: ['function-app', 'azure-function', 'functions-app'],
    notes:
      'Triggers and bindings are Azure-specific; function bodies usually port with glue code rewritten.',
    doc: 'azure/azure-functions/',
  }),

  // Storage
  azure({
    id: 'azure:blob-storage',
    name: 'Azure Blob Storage',
    category: 'object-storage',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_storage_account',
      'azurerm_storage_container',
      'azurerm_storage_blob',
    ],
    aliases: ['blob', 'blobs', 'storage-account', 'azure-storage'],
    notes:
      'The Blob REST API is not S3-compatible: SDK calls change when moving to S3 storage.',
    doc: 'azure/storage/blobs/',
  }),
  azure({
    id: 'azure:files',
    name: 'Azure Files',
    category: 'file-storage',
    model: 'PaaS',
    // A share speaks one protocol, chosen at creation: SMB unless NFS is set.
    interfaces: ['smb'],
    terraformResources: ['azurerm_storage_share'],
    aliases: ['azure-files', 'file-share', 'storage-share', 'azure-files-smb'],
    notes:
      'SMB shares; NFS shares (premium tier) are azure:files-nfs. Windows clients need SMB, Linux clients can remount over NFS.',
    doc: 'azure/storage/files/',
  }),
  azure({
    id: 'azure:files-nfs',
    name: 'Azure Files (NFS shares)',
    category: 'file-storage',
    model: 'PaaS',
    interfaces: ['nfs'],
    terraformResources: ['azurerm_storage_share'],
    aliases: ['azure-files-nfs', 'nfs-share'],
    doc: 'azure/storage/files/files-nfs-protocol',
  }),
  azure({
    id: 'azure:managed-disks',
    name: 'Azure Managed Disks',
    category: 'block-storage',
    model: 'IaaS',
    interfaces: [],
    terraformResources: ['azurerm_managed_disk'],
    aliases: ['managed-disk', 'disk', 'disks'],
    doc: 'azure/virtual-machines/managed-disks-overview',
  }),
  azure({
    id: 'azure:table-storage',
    name: 'Azure Table Storage',
    category: 'key-value',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_storage_table'],
    aliases: ['tables', 'table', 'storage-table', 'azure-tables'],
    preferredGapFiller: 'valkey',
    notes:
      'A proprietary key/attribute API; no EU provider offers it, so code that uses it must change.',
    doc: 'azure/storage/tables/',
  }),
  azure({
    id: 'azure:storage-queues',
    name: 'Azure Queue Storage',
    category: 'queue',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_storage_queue'],
    aliases: ['queue-storage', 'storage-queue'],
    doc: 'azure/storage/queues/',
  }),

  // Databases
  azure({
    id: 'azure:postgresql-flexible-server',
    name: 'Azure Database for PostgreSQL flexible server',
    category: 'postgresql',
    model: 'PaaS',
    interfaces: ['postgresql'],
    terraformResources: [
      'azurerm_postgresql_flexible_server',
      'azurerm_postgresql_flexible_server_database',
    ],
    aliases: [
      'postgresql',
      'postgres',
      'azure-postgresql',
      'postgres-flexible-server',
    ],
    notes:
      'Check extensions (e.g. pgvector, azure_ai) against the target before moving.',
    doc: 'azure/postgresql/flexible-server/',
  }),
  azure({
    id: 'azure:mysql-flexible-server',
    name: 'Azure Database for MySQL flexible server',
    category: 'mysql',
    model: 'PaaS',
    interfaces: ['mysql'],
    terraformResources: ['azurerm_mysql_flexible_server'],
    aliases: ['mysql', 'azure-mysql'],
    doc: 'azure/mysql/',
  }),
  azure({
    id: 'azure:sql-database',
    name: 'Azure SQL Database',
    category: 'sql-server',
    model: 'PaaS',
    interfaces: ['tds'],
    terraformResources: ['azurerm_mssql_server', 'azurerm_mssql_database'],
    aliases: ['azure-sql', 'sql-server', 'mssql'],
    doc: 'azure/azure-sql/',
  }),
  azure({
    id: 'azure:cosmos-db',
    name: 'Azure Cosmos DB (NoSQL API)',
    category: 'document-db',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_cosmosdb_account',
      'azurerm_cosmosdb_sql_database',
    ],
    aliases: ['cosmosdb', 'cosmos', 'documentdb-azure'],
    notes:
      'Fit depends on the API the account uses: declare MongoDB-API accounts as azure:cosmos-db-mongodb; the default NoSQL API has no equivalent elsewhere.',
    doc: 'azure/cosmos-db/',
  }),
  azure({
    id: 'azure:cosmos-db-mongodb',
    name: 'Azure Cosmos DB for MongoDB',
    category: 'document-db',
    model: 'PaaS',
    interfaces: ['mongodb'],
    terraformResources: [
      'azurerm_cosmosdb_mongo_database',
      'azurerm_cosmosdb_mongo_collection',
    ],
    aliases: ['cosmosdb-mongodb', 'cosmos-mongo'],
    notes:
      'Wire-compatible with MongoDB, with server-version and feature limits to check.',
    doc: 'azure/cosmos-db/mongodb/introduction',
  }),
  azure({
    id: 'azure:cache-for-redis',
    name: 'Azure Cache for Redis',
    category: 'cache',
    model: 'PaaS',
    interfaces: ['redis'],
    terraformResources: ['azurerm_redis_cache'],
    aliases: ['redis', 'azure-redis', 'redis-cache'],
    doc: 'azure/azure-cache-for-redis/',
  }),
  azure({
    id: 'azure:managed-redis',
    name: 'Azure Managed Redis',
    category: 'cache',
    model: 'PaaS',
    interfaces: ['redis'],
    terraformResources: ['azurerm_managed_redis'],
    aliases: ['managed-redis', 'amr'],
    notes:
      'Redis Enterprise modules (search, JSON) are not available in every Redis-compatible target.',
    doc: 'azure/redis/',
  }),

  // Messaging
  azure({
    id: 'azure:service-bus',
    name: 'Azure Service Bus',
    category: 'queue',
    model: 'PaaS',
    interfaces: ['amqp-1.0'],
    terraformResources: [
      'azurerm_servicebus_namespace',
      'azurerm_servicebus_queue',
      'azurerm_servicebus_topic',
    ],
    aliases: ['servicebus', 'service-bus-queue'],
    notes:
      'Speaks AMQP 1.0, but most code uses the Service Bus SDK and features (sessions, scheduled messages, dead-lettering semantics).',
    doc: 'azure/service-bus-messaging/',
  }),
  azure({
    id: 'azure:event-grid',
    name: 'Azure Event Grid',
    category: 'pubsub',
    model: 'PaaS',
    // Topics push events over HTTP; only Event Grid namespaces (another
    // resource) run an MQTT broker, so MQTT is not what these clients speak.
    interfaces: [],
    formats: ['cloudevents'],
    terraformResources: [
      'azurerm_eventgrid_topic',
      'azurerm_eventgrid_event_subscription',
    ],
    aliases: ['eventgrid', 'event-grid-topic'],
    preferredGapFiller: 'knative',
    notes:
      'Events can be delivered in the CloudEvents schema, which Knative Eventing brokers and triggers also route; Azure event sources and subscription filters are rebuilt.',
    doc: 'azure/event-grid/',
  }),
  azure({
    id: 'azure:event-hubs',
    name: 'Azure Event Hubs',
    category: 'streaming',
    model: 'PaaS',
    // The SDK speaks AMQP 1.0 with Event Hubs semantics; clients of the
    // Kafka endpoint are azure:event-hubs-kafka, as they port unchanged.
    interfaces: ['amqp-1.0'],
    terraformResources: ['azurerm_eventhub_namespace', 'azurerm_eventhub'],
    aliases: ['eventhub', 'eventhubs', 'event-hub'],
    notes:
      'Clients on the Event Hubs SDK are rewritten for Kafka clients; clients of the Kafka endpoint port to any Kafka (declare azure:event-hubs-kafka).',
    doc: 'azure/event-hubs/',
  }),
  azure({
    id: 'azure:event-hubs-kafka',
    name: 'Azure Event Hubs (Kafka endpoint)',
    category: 'streaming',
    model: 'PaaS',
    interfaces: ['kafka'],
    terraformResources: ['azurerm_eventhub_namespace', 'azurerm_eventhub'],
    aliases: ['event-hubs-for-kafka', 'eventhubs-kafka'],
    notes:
      'Producers and consumers use Kafka clients against the namespace: they keep working against any Kafka; Event Hubs-only features (capture, schema registry) are rebuilt.',
    doc: 'azure/event-hubs/azure-event-hubs-apache-kafka-overview',
  }),

  // Security and identity
  azure({
    id: 'azure:key-vault',
    name: 'Azure Key Vault (secrets and certificates)',
    category: 'secrets',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_key_vault', 'azurerm_key_vault_secret'],
    aliases: ['keyvault', 'akv', 'vault', 'key-vault-secrets'],
    preferredGapFiller: 'openbao',
    doc: 'azure/key-vault/',
  }),
  azure({
    id: 'azure:key-vault-keys',
    name: 'Azure Key Vault keys',
    category: 'kms',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_key_vault_key'],
    aliases: ['key-vault-key', 'azure-kms'],
    doc: 'azure/key-vault/keys/',
  }),
  azure({
    id: 'azure:managed-hsm',
    name: 'Azure Key Vault Managed HSM',
    category: 'kms',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_key_vault_managed_hardware_security_module'],
    aliases: ['managed-hsm', 'hsm'],
    doc: 'azure/key-vault/managed-hsm/',
  }),
  azure({
    id: 'azure:entra-id',
    name: 'Microsoft Entra ID',
    category: 'identity',
    model: 'SaaS',
    interfaces: ['oidc', 'saml'],
    terraformResources: [
      'azuread_application',
      'azuread_group',
      'azuread_user',
    ],
    aliases: [
      'azure-ad',
      'aad',
      'entra',
      'azure-active-directory',
      'app-registration',
    ],
    notes:
      'Applications speak OIDC/SAML to it, but users, groups and conditional access live only here.',
    doc: 'entra/identity/',
  }),
  azure({
    id: 'azure:managed-identity',
    name: 'Azure managed identities',
    category: 'managed-identity',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_user_assigned_identity',
      'azurerm_federated_identity_credential',
      'azurerm_role_assignment',
    ],
    aliases: [
      'msi',
      'user-assigned-identity',
      'system-assigned-identity',
      'workload-identity',
    ],
    doc: 'entra/identity/managed-identities-azure-resources/overview',
  }),
  azure({
    id: 'azure:service-principal',
    name: 'Entra ID service principal (pipeline identity)',
    category: 'managed-identity',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azuread_service_principal',
      'azuread_service_principal_password',
      'azuread_application_federated_identity_credential',
    ],
    aliases: ['sp', 'spn', 'service-principals', 'app-service-principal'],
    doc: 'entra/identity-platform/app-objects-and-service-principals',
  }),

  // Delivery and governance
  azure({
    id: 'azure:container-registry',
    name: 'Azure Container Registry',
    category: 'registry',
    model: 'PaaS',
    interfaces: ['oci-distribution'],
    terraformResources: ['azurerm_container_registry'],
    aliases: ['acr', 'registry', 'container-registries'],
    doc: 'azure/container-registry/',
  }),
  azure({
    id: 'azure:resource-groups',
    name: 'Azure resource groups',
    category: 'resource-grouping',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_resource_group'],
    aliases: ['resource-group', 'rg'],
    doc: 'azure/azure-resource-manager/management/manage-resource-groups-portal',
  }),
  azure({
    id: 'azure:resource-manager',
    name: 'Azure Resource Manager (driven by the azurerm Terraform provider)',
    category: 'iac',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_resource_group_template_deployment',
      'azurerm_subscription_template_deployment',
    ],
    aliases: ['arm', 'arm-templates', 'bicep', 'azurerm', 'terraform-azurerm'],
    notes:
      'Terraform is portable as a tool, but azurerm resources must be rewritten for another provider, so we do not count Terraform as a shared interface here.',
    doc: 'azure/azure-resource-manager/management/overview',
  }),
  azure({
    id: 'azure:devops',
    name: 'Azure DevOps (Repos and Pipelines)',
    category: 'ci-cd',
    model: 'SaaS',
    interfaces: ['git'],
    terraformResources: [],
    aliases: ['azure-devops', 'azure-pipelines', 'ado'],
    notes:
      'Managed with the separate microsoft/azuredevops Terraform provider; pipeline YAML is Azure-specific.',
    doc: 'azure/devops/',
  }),

  // Observability
  azure({
    id: 'azure:log-analytics',
    name: 'Azure Monitor Log Analytics',
    category: 'logging',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_log_analytics_workspace'],
    aliases: ['log-analytics-workspace', 'law', 'azure-logs'],
    notes: 'Queries are written in KQL, which no EU target offers.',
    doc: 'azure/azure-monitor/logs/log-analytics-overview',
  }),
  azure({
    id: 'azure:monitor',
    name: 'Azure Monitor metrics and alerts',
    category: 'metrics',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_monitor_metric_alert',
      'azurerm_monitor_action_group',
      'azurerm_monitor_diagnostic_setting',
    ],
    aliases: ['azure-monitor', 'metric-alerts', 'monitor-alerts'],
    doc: 'azure/azure-monitor/',
  }),
  azure({
    id: 'azure:monitor-prometheus',
    name: 'Azure Monitor managed service for Prometheus',
    category: 'metrics',
    model: 'PaaS',
    interfaces: ['prometheus'],
    terraformResources: ['azurerm_monitor_workspace'],
    aliases: ['managed-prometheus', 'azure-prometheus'],
    doc: 'azure/azure-monitor/metrics/prometheus-metrics-overview',
  }),
  azure({
    id: 'azure:application-insights',
    name: 'Application Insights',
    category: 'tracing',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_application_insights'],
    aliases: ['app-insights', 'appinsights'],
    notes:
      'Instrumenting with the OpenTelemetry SDK instead of the classic SDK makes the switch cheaper.',
    doc: 'azure/azure-monitor/app/app-insights-overview',
  }),

  // Networking and edge
  azure({
    id: 'azure:front-door',
    name: 'Azure Front Door',
    category: 'cdn',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_cdn_frontdoor_profile',
      'azurerm_cdn_frontdoor_endpoint',
    ],
    aliases: ['frontdoor', 'afd', 'azure-cdn'],
    doc: 'azure/frontdoor/',
  }),
  azure({
    id: 'azure:dns',
    name: 'Azure DNS',
    category: 'dns',
    model: 'PaaS',
    interfaces: ['dns'],
    terraformResources: [
      'azurerm_dns_zone',
      'azurerm_dns_a_record',
      'azurerm_private_dns_zone',
    ],
    aliases: ['azure-dns', 'dns-zone'],
    doc: 'azure/dns/',
  }),
  azure({
    id: 'azure:load-balancer',
    name: 'Azure Load Balancer',
    category: 'load-balancer',
    model: 'IaaS',
    interfaces: [],
    terraformResources: ['azurerm_lb'],
    aliases: ['lb', 'azure-lb'],
    doc: 'azure/load-balancer/',
  }),
  azure({
    id: 'azure:application-gateway',
    name: 'Azure Application Gateway',
    category: 'load-balancer',
    model: 'PaaS',
    interfaces: ['http'],
    terraformResources: ['azurerm_application_gateway'],
    aliases: ['app-gateway', 'appgw', 'agic'],
    doc: 'azure/application-gateway/',
  }),
  azure({
    id: 'azure:web-application-firewall',
    name: 'Azure Web Application Firewall',
    category: 'waf',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_web_application_firewall_policy',
      'azurerm_cdn_frontdoor_firewall_policy',
    ],
    aliases: ['waf', 'azure-waf'],
    doc: 'azure/web-application-firewall/',
  }),
  azure({
    id: 'azure:api-management',
    name: 'Azure API Management',
    category: 'api-gateway',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_api_management'],
    aliases: ['apim', 'api-gateway'],
    notes:
      'API definitions can be exported as OpenAPI; policies are APIM-specific XML.',
    doc: 'azure/api-management/',
  }),

  // Data and AI
  azure({
    id: 'azure:ai-search',
    name: 'Azure AI Search',
    category: 'search',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_search_service'],
    aliases: ['cognitive-search', 'azure-search', 'search-service'],
    doc: 'azure/search/',
  }),
  azure({
    id: 'azure:openai',
    name: 'Azure OpenAI',
    category: 'llm',
    model: 'PaaS',
    interfaces: ['openai'],
    terraformResources: [
      'azurerm_cognitive_account',
      'azurerm_cognitive_deployment',
    ],
    aliases: ['azure-openai', 'aoai', 'openai'],
    notes:
      'OpenAI-compatible API, but GPT models exist only here and at OpenAI: other targets serve other models.',
    doc: 'azure/ai-services/openai/',
  }),
  azure({
    id: 'azure:synapse',
    name: 'Azure Synapse Analytics',
    category: 'data-warehouse',
    model: 'PaaS',
    interfaces: ['tds'],
    terraformResources: ['azurerm_synapse_workspace'],
    aliases: ['synapse', 'synapse-analytics'],
    doc: 'azure/synapse-analytics/',
  }),
  azure({
    id: 'azure:communication-services-email',
    name: 'Azure Communication Services Email',
    category: 'email',
    model: 'SaaS',
    interfaces: ['smtp'],
    terraformResources: [
      'azurerm_email_communication_service',
      'azurerm_communication_service',
    ],
    aliases: ['acs-email', 'communication-services'],
    doc: 'azure/communication-services/',
  }),

  // Networking
  azure({
    id: 'azure:virtual-network',
    name: 'Azure Virtual Network',
    category: 'networking',
    model: 'IaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_virtual_network',
      'azurerm_subnet',
      'azurerm_network_security_group',
      'azurerm_network_security_rule',
      'azurerm_subnet_network_security_group_association',
      'azurerm_network_interface',
      'azurerm_public_ip',
      'azurerm_route_table',
      'azurerm_subnet_route_table_association',
      'azurerm_virtual_network_peering',
    ],
    aliases: ['vnet', 'nsg', 'network-security-group', 'public-ip'],
    notes:
      'Address spaces, subnets and security rules are rebuilt in the target\u2019s network model; service endpoints and delegations have no counterpart.',
    doc: 'azure/virtual-network/virtual-networks-overview',
  }),
  azure({
    id: 'azure:nat-gateway',
    name: 'Azure NAT Gateway',
    category: 'networking',
    model: 'IaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_nat_gateway',
      'azurerm_nat_gateway_public_ip_association',
      'azurerm_subnet_nat_gateway_association',
    ],
    aliases: ['nat'],
    doc: 'azure/nat-gateway/nat-overview',
  }),
  azure({
    id: 'azure:private-link',
    name: 'Azure Private Link (private endpoints)',
    category: 'networking',
    model: 'IaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_private_endpoint',
      'azurerm_private_link_service',
    ],
    aliases: ['private-endpoint'],
    notes:
      'Private endpoints reach Azure PaaS services; at the target the managed services usually attach to the private network directly.',
    doc: 'azure/private-link/private-endpoint-overview',
  }),
  azure({
    id: 'azure:firewall',
    name: 'Azure Firewall',
    category: 'networking',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_firewall',
      'azurerm_firewall_policy',
      'azurerm_firewall_policy_rule_collection_group',
    ],
    aliases: ['azure-firewall', 'firewall-policy'],
    doc: 'azure/firewall/overview',
  }),
  azure({
    id: 'azure:bastion',
    name: 'Azure Bastion',
    category: 'networking',
    model: 'PaaS',
    interfaces: ['ssh'],
    terraformResources: ['azurerm_bastion_host'],
    aliases: ['bastion-host'],
    notes:
      'Replace with a jump host, a VPN, or an identity-aware SSH proxy you run.',
    doc: 'azure/bastion/bastion-overview',
  }),
  azure({
    id: 'azure:vpn-gateway',
    name: 'Azure VPN Gateway',
    category: 'networking',
    model: 'IaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_virtual_network_gateway',
      'azurerm_virtual_network_gateway_connection',
      'azurerm_local_network_gateway',
    ],
    aliases: ['virtual-network-gateway', 'vpn'],
    notes:
      'IPsec tunnels are standard; re-create them against the new gateway.',
    doc: 'azure/vpn-gateway/vpn-gateway-about-vpngateways',
  }),

  // Certificates, configuration and backup
  azure({
    id: 'azure:key-vault-certificates',
    name: 'Azure Key Vault certificates',
    category: 'certificates',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_key_vault_certificate'],
    aliases: ['key-vault-certificate'],
    notes:
      'Exportable certificates can be downloaded with their keys (PFX); certificates issued through an integrated CA are re-issued at the target.',
    doc: 'azure/key-vault/certificates/about-certificates',
  }),
  azure({
    id: 'azure:app-configuration',
    name: 'Azure App Configuration',
    category: 'app-configuration',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_app_configuration',
      'azurerm_app_configuration_key',
      'azurerm_app_configuration_feature',
    ],
    aliases: ['appconfig', 'feature-management'],
    notes:
      'Key-values export as JSON; Key Vault references and feature-flag filters are rebuilt.',
    doc: 'azure/azure-app-configuration/overview',
  }),
  azure({
    id: 'azure:backup',
    name: 'Azure Backup (Recovery Services vaults)',
    category: 'backup',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_recovery_services_vault',
      'azurerm_backup_policy_vm',
      'azurerm_backup_protected_vm',
      'azurerm_backup_policy_file_share',
      'azurerm_data_protection_backup_vault',
    ],
    aliases: ['recovery-services-vault', 'backup-vault'],
    notes:
      'Recovery points stay in Azure: export the data itself before leaving, and rebuild the policies at the target.',
    doc: 'azure/backup/backup-overview',
  }),

  // Workflow and scheduling
  azure({
    id: 'azure:logic-apps',
    name: 'Azure Logic Apps',
    category: 'workflow',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_logic_app_workflow',
      'azurerm_logic_app_standard',
    ],
    aliases: ['logic-app'],
    notes:
      'Workflow definitions and their managed connectors are Azure-specific; flows are rewritten.',
    doc: 'azure/logic-apps/logic-apps-overview',
  }),
  azure({
    id: 'azure:automation',
    name: 'Azure Automation',
    category: 'workflow',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_automation_account',
      'azurerm_automation_runbook',
      'azurerm_automation_schedule',
    ],
    aliases: ['automation-account', 'runbook'],
    notes:
      'PowerShell and Python runbooks run elsewhere as scheduled jobs once Azure cmdlets are replaced.',
    doc: 'azure/automation/overview',
  }),
  azure({
    id: 'azure:batch',
    name: 'Azure Batch',
    category: 'workflow',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_batch_account', 'azurerm_batch_pool'],
    aliases: ['batch-account'],
    doc: 'azure/batch/batch-technical-overview',
  }),

  // Data integration and analytics
  azure({
    id: 'azure:data-factory',
    name: 'Azure Data Factory',
    category: 'data-integration',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_data_factory',
      'azurerm_data_factory_pipeline',
    ],
    aliases: ['adf', 'datafactory'],
    preferredGapFiller: 'apache-airflow',
    notes:
      'Pipelines, linked services and mapping data flows are proprietary JSON; they are rewritten as DAGs or jobs.',
    doc: 'azure/data-factory/introduction',
  }),
  azure({
    id: 'azure:databricks',
    name: 'Azure Databricks',
    category: 'data-integration',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_databricks_workspace'],
    aliases: ['databricks-workspace'],
    notes:
      'Spark code and Delta tables port; Unity Catalog, jobs and Databricks-specific runtime features are rebuilt.',
    doc: 'azure/databricks/introduction/',
  }),
  azure({
    id: 'azure:stream-analytics',
    name: 'Azure Stream Analytics',
    category: 'data-integration',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_stream_analytics_job'],
    aliases: ['asa'],
    notes:
      'The SQL-like query language is Stream Analytics-specific; streaming jobs are rewritten (e.g. Spark Structured Streaming or Flink).',
    doc: 'azure/stream-analytics/stream-analytics-introduction',
  }),
  azure({
    id: 'azure:data-explorer',
    name: 'Azure Data Explorer',
    category: 'data-warehouse',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_kusto_cluster', 'azurerm_kusto_database'],
    aliases: ['kusto', 'adx'],
    notes: 'KQL queries are rewritten in the target\u2019s SQL dialect.',
    doc: 'azure/data-explorer/data-explorer-overview',
  }),

  // ML platform
  azure({
    id: 'azure:machine-learning',
    name: 'Azure Machine Learning',
    category: 'ml-platform',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_machine_learning_workspace',
      'azurerm_machine_learning_compute_cluster',
    ],
    aliases: ['azure-ml', 'aml', 'ml-workspace'],
    notes:
      'Uses MLflow for tracking, which eases moving experiments; pipelines, compute and managed endpoints are rebuilt.',
    doc: 'azure/machine-learning/overview-what-is-azure-machine-learning',
  }),

  // Audit and security posture
  azure({
    id: 'azure:defender-for-cloud',
    name: 'Microsoft Defender for Cloud',
    category: 'security-posture',
    model: 'SaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_security_center_subscription_pricing',
      'azurerm_security_center_contact',
      'azurerm_security_center_workspace',
    ],
    aliases: ['security-center', 'defender'],
    preferredGapFiller: 'trivy-operator',
    doc: 'azure/defender-for-cloud/defender-for-cloud-introduction',
  }),
  azure({
    id: 'azure:policy',
    name: 'Azure Policy',
    category: 'security-posture',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_policy_definition',
      'azurerm_policy_set_definition',
      'azurerm_subscription_policy_assignment',
      'azurerm_resource_group_policy_assignment',
      'azurerm_management_group_policy_assignment',
    ],
    aliases: ['azure-policy', 'policy-assignment'],
    preferredGapFiller: 'kyverno',
    doc: 'azure/governance/policy/overview',
  }),

  // Further runtimes, messaging and storage
  azure({
    id: 'azure:container-instances',
    name: 'Azure Container Instances',
    category: 'container-platform',
    model: 'PaaS',
    interfaces: [],
    formats: ['oci-image'],
    terraformResources: ['azurerm_container_group'],
    aliases: ['aci', 'container-group'],
    doc: 'azure/container-instances/container-instances-overview',
  }),
  azure({
    id: 'azure:static-web-apps',
    name: 'Azure Static Web Apps',
    category: 'cdn',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_static_web_app'],
    aliases: ['static-web-app', 'swa'],
    notes:
      'Static content served globally with Git-based builds: the build moves to object storage behind a CDN; integrated API functions need a runtime of their own.',
    doc: 'azure/static-web-apps/overview',
  }),
  azure({
    id: 'azure:signalr',
    name: 'Azure SignalR Service',
    category: 'pubsub',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_signalr_service'],
    aliases: ['signalr-service'],
    notes:
      'Real-time fan-out to connected clients; self-hosted ASP.NET Core SignalR with a Redis backplane replaces it.',
    doc: 'azure/azure-signalr/signalr-overview',
  }),
  azure({
    id: 'azure:web-pubsub',
    name: 'Azure Web PubSub',
    category: 'pubsub',
    model: 'PaaS',
    interfaces: [],
    terraformResources: ['azurerm_web_pubsub'],
    aliases: ['webpubsub'],
    doc: 'azure/azure-web-pubsub/overview',
  }),
  azure({
    id: 'azure:notification-hubs',
    name: 'Azure Notification Hubs',
    category: 'pubsub',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_notification_hub_namespace',
      'azurerm_notification_hub',
    ],
    aliases: ['notification-hub', 'push-notifications'],
    notes:
      'Mobile push still goes through APNs and FCM; only the fan-out layer and device registrations move.',
    doc: 'azure/notification-hubs/notification-hubs-push-notification-overview',
  }),
  azure({
    id: 'azure:netapp-files',
    name: 'Azure NetApp Files',
    category: 'file-storage',
    model: 'PaaS',
    interfaces: ['nfs', 'smb'],
    terraformResources: [
      'azurerm_netapp_account',
      'azurerm_netapp_pool',
      'azurerm_netapp_volume',
    ],
    aliases: ['anf', 'netapp'],
    doc: 'azure/azure-netapp-files/azure-netapp-files-introduction',
  }),
];
