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
    interfaces: ['kubernetes', 'oci-image'],
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
    interfaces: ['oci-image'],
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
    interfaces: ['oci-image'],
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
    interfaces: ['smb', 'nfs'],
    terraformResources: ['azurerm_storage_share'],
    aliases: ['azure-files', 'file-share', 'storage-share'],
    doc: 'azure/storage/files/',
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
    interfaces: ['amqp'],
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
    interfaces: ['cloudevents', 'mqtt'],
    terraformResources: [
      'azurerm_eventgrid_topic',
      'azurerm_eventgrid_event_subscription',
    ],
    aliases: ['eventgrid', 'event-grid-topic'],
    doc: 'azure/event-grid/',
  }),
  azure({
    id: 'azure:event-hubs',
    name: 'Azure Event Hubs',
    category: 'streaming',
    model: 'PaaS',
    interfaces: ['kafka', 'amqp'],
    terraformResources: ['azurerm_eventhub_namespace', 'azurerm_eventhub'],
    aliases: ['eventhub', 'eventhubs', 'event-hub'],
    notes:
      'Clients that use the Kafka endpoint port to any Kafka; clients on the Event Hubs SDK need changes.',
    doc: 'azure/event-hubs/',
  }),

  // Security and identity
  azure({
    id: 'azure:key-vault',
    name: 'Azure Key Vault (secrets and certificates)',
    category: 'secrets',
    model: 'PaaS',
    interfaces: [],
    terraformResources: [
      'azurerm_key_vault',
      'azurerm_key_vault_secret',
      'azurerm_key_vault_certificate',
    ],
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
];
