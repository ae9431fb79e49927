import type { ServiceId, Source } from '../types';
import { docs, terraformRegistry, tf, tfAll } from '../sources';
import type {
  DiscoveryTarget,
  TerraformAttributeRule,
  TerraformModuleRule,
  TerraformProviderRule,
  TerraformTypeRule,
} from './types';

/*
 * Terraform lookup tables. Each service's own `terraformResources` are exact
 * matches and always win over these rules; what is here covers the
 * sub-resources of those services (by prefix, longest prefix first), legacy
 * names, and glue that is recognised but deliberately not a service.
 *
 * Decisions that shape the tables:
 * - A resource-level IAM binding (`google_storage_bucket_iam_member`,
 *   `google_pubsub_topic_iam_member`) falls under its parent's prefix and so
 *   counts as its parent service: it cannot exist without that resource, and
 *   moving the resource means re-creating its grants. Project, folder and
 *   organisation IAM grants are neutral: they say who may do what, not which
 *   service is used.
 * - AWS IAM roles and what attaches to them belong to aws:iam-roles (the
 *   service owns aws_iam_role); the rest of aws_iam_* (users, groups, access
 *   keys, policy documents) is neutral glue.
 * - Types that need a service the knowledge base does not have yet
 *   (networking, certificates, parameters, backup, workflows, data
 *   integration, ML platforms, audit) are left out on purpose, so they are
 *   reported as unknown instead of being counted as glue.
 */

/** Provider source address of the Terraform provider that registers a type prefix. */
const PROVIDER_OF_PREFIX: Array<[string, string]> = [
  ['azurerm_', 'hashicorp/azurerm'],
  ['azuread_', 'hashicorp/azuread'],
  ['aws_', 'hashicorp/aws'],
  ['google_', 'hashicorp/google'],
  ['random_', 'hashicorp/random'],
  ['null_', 'hashicorp/null'],
  ['time_', 'hashicorp/time'],
  ['tls_', 'hashicorp/tls'],
  ['local_', 'hashicorp/local'],
  ['archive_', 'hashicorp/archive'],
];

const providerAddress = (type: string): string => {
  const entry = PROVIDER_OF_PREFIX.find(([prefix]) => type.startsWith(prefix));
  if (!entry) throw new Error(`no Terraform provider known for ${type}`);
  return entry[1];
};

/** The registry pages of example types prove the rule (a prefix names its sub-resources). */
const typeSources = (examples: string[]): Source[] =>
  tfAll(providerAddress(examples[0]), examples);

/** Every type starting with `prefix` belongs to `target`; `examples` are real types it covers. */
const prefix = (
  type: string,
  target: DiscoveryTarget,
  examples: string[],
  reason?: string,
): TerraformTypeRule => ({
  match: 'prefix',
  type,
  target,
  sources: typeSources(examples),
  ...(reason ? { reason } : {}),
});

/** One type (a legacy name, a sibling product, glue) mapped to `target`. */
const exact = (
  type: string,
  target: DiscoveryTarget,
  reason?: string,
  sources: Source[] = typeSources([type]),
): TerraformTypeRule => ({
  match: 'exact',
  type,
  target,
  sources,
  ...(reason ? { reason } : {}),
});

const glue = (type: string, reason: string, sources?: Source[]) =>
  exact(type, 'neutral', reason, sources);

const TERRAFORM_LANGUAGE = 'https://developer.hashicorp.com/terraform/language';

/** Sub-resources, legacy names, sibling products and glue. */
export const terraformTypes: TerraformTypeRule[] = [
  // --- AWS -----------------------------------------------------------------
  prefix('aws_s3_', 'aws:s3', [
    'aws_s3_object',
    'aws_s3_bucket_public_access_block',
    'aws_s3_bucket_server_side_encryption_configuration',
    'aws_s3_bucket_lifecycle_configuration',
  ]),
  prefix('aws_lambda_', 'aws:lambda', [
    'aws_lambda_permission',
    'aws_lambda_layer_version',
    'aws_lambda_alias',
  ]),
  prefix('aws_lb_', 'aws:elb', [
    'aws_lb_listener_rule',
    'aws_lb_target_group_attachment',
  ]),
  prefix('aws_alb', 'aws:elb', [
    'aws_alb',
    'aws_alb_listener',
    'aws_alb_target_group',
  ]),
  exact(
    'aws_elb',
    'aws:elb',
    'Classic Load Balancer, the predecessor of aws_lb',
  ),
  prefix('aws_ecs_', 'aws:ecs', [
    'aws_ecs_capacity_provider',
    'aws_ecs_cluster_capacity_providers',
  ]),
  prefix('aws_ecr_', 'aws:ecr', [
    'aws_ecr_repository_policy',
    'aws_ecr_replication_configuration',
  ]),
  prefix('aws_eks_', 'aws:eks', [
    'aws_eks_addon',
    'aws_eks_access_entry',
    'aws_eks_fargate_profile',
  ]),
  prefix(
    'aws_ami',
    'aws:ec2',
    ['aws_ami', 'aws_ami_copy'],
    'machine images run on EC2',
  ),
  exact('aws_key_pair', 'aws:ec2', 'SSH key pairs are an EC2 feature'),
  exact('aws_spot_instance_request', 'aws:ec2'),
  exact('aws_placement_group', 'aws:ec2'),
  exact(
    'aws_launch_configuration',
    'aws:auto-scaling',
    'launch configurations exist only to start Auto Scaling groups',
  ),
  prefix('aws_autoscaling_', 'aws:auto-scaling', [
    'aws_autoscaling_schedule',
    'aws_autoscaling_attachment',
  ]),
  prefix('aws_ebs_', 'aws:ebs', [
    'aws_ebs_snapshot',
    'aws_ebs_encryption_by_default',
  ]),
  prefix('aws_efs_', 'aws:efs', [
    'aws_efs_access_point',
    'aws_efs_file_system_policy',
  ]),
  prefix('aws_rds_cluster', 'aws:aurora', [
    'aws_rds_cluster_parameter_group',
    'aws_rds_cluster_endpoint',
  ]),
  exact(
    'aws_rds_global_cluster',
    'aws:aurora',
    'global databases are an Aurora feature',
  ),
  glue(
    'aws_db_subnet_group',
    'network placement of an RDS instance; the engine, and so the service, is decided on aws_db_instance',
  ),
  glue(
    'aws_db_parameter_group',
    'engine settings of RDS; when its family is a literal it names the engine (see terraformAttributes)',
  ),
  glue(
    'aws_db_option_group',
    'engine options of RDS; when its engine_name is a literal it names the engine (see terraformAttributes)',
  ),
  prefix('aws_docdb_', 'aws:documentdb', [
    'aws_docdb_subnet_group',
    'aws_docdb_cluster_parameter_group',
  ]),
  prefix('aws_dynamodb_', 'aws:dynamodb', [
    'aws_dynamodb_table_item',
    'aws_dynamodb_global_table',
  ]),
  prefix('aws_elasticache_', 'aws:elasticache', [
    'aws_elasticache_subnet_group',
    'aws_elasticache_parameter_group',
  ]),
  prefix('aws_sqs_', 'aws:sqs', [
    'aws_sqs_queue_policy',
    'aws_sqs_queue_redrive_policy',
  ]),
  prefix('aws_sns_', 'aws:sns', [
    'aws_sns_topic_policy',
    'aws_sns_platform_application',
  ]),
  prefix('aws_cloudwatch_event_', 'aws:eventbridge', [
    'aws_cloudwatch_event_target',
    'aws_cloudwatch_event_connection',
  ]),
  prefix('aws_cloudwatch_log_', 'aws:cloudwatch-logs', [
    'aws_cloudwatch_log_stream',
    'aws_cloudwatch_log_subscription_filter',
    'aws_cloudwatch_log_metric_filter',
  ]),
  prefix('aws_cloudwatch_', 'aws:cloudwatch', [
    'aws_cloudwatch_composite_alarm',
    'aws_cloudwatch_metric_stream',
  ]),
  prefix('aws_kinesis_stream', 'aws:kinesis', ['aws_kinesis_stream_consumer']),
  prefix('aws_msk_', 'aws:msk', [
    'aws_msk_configuration',
    'aws_msk_scram_secret_association',
  ]),
  prefix('aws_mq_', 'aws:mq', ['aws_mq_configuration']),
  prefix('aws_secretsmanager_', 'aws:secrets-manager', [
    'aws_secretsmanager_secret_rotation',
    'aws_secretsmanager_secret_policy',
  ]),
  prefix('aws_kms_', 'aws:kms', ['aws_kms_grant', 'aws_kms_key_policy']),
  prefix('aws_cognito_', 'aws:cognito', [
    'aws_cognito_identity_pool',
    'aws_cognito_user_pool_domain',
  ]),
  prefix(
    'aws_iam_role_',
    'aws:iam-roles',
    ['aws_iam_role_policy_attachment'],
    'policies attached to a role are part of the role',
  ),
  exact(
    'aws_iam_openid_connect_provider',
    'aws:iam-roles',
    'OIDC providers let workloads outside AWS (CI, EKS service accounts) assume IAM roles',
  ),
  exact(
    'aws_iam_service_linked_role',
    'aws:iam-roles',
    'a role AWS services assume on the account\u2019s behalf',
  ),
  prefix(
    'aws_iam_',
    'neutral',
    [
      'aws_iam_policy',
      'aws_iam_user',
      'aws_iam_access_key',
      'aws_iam_group',
      'aws_iam_policy_document',
    ],
    'IAM users, groups, keys and policy documents grant access to the services found elsewhere; they are not a service an exit replaces',
  ),
  prefix('aws_wafv2_', 'aws:waf', [
    'aws_wafv2_web_acl_association',
    'aws_wafv2_ip_set',
    'aws_wafv2_rule_group',
  ]),
  prefix(
    'aws_waf_',
    'aws:waf',
    ['aws_waf_web_acl'],
    'WAF Classic, the predecessor of WAFv2',
  ),
  prefix(
    'aws_wafregional_',
    'aws:waf',
    ['aws_wafregional_web_acl'],
    'WAF Classic (regional)',
  ),
  prefix('aws_codebuild_', 'aws:codebuild', [
    'aws_codebuild_webhook',
    'aws_codebuild_source_credential',
  ]),
  prefix('aws_codepipeline_', 'aws:codebuild', ['aws_codepipeline_webhook']),
  prefix('aws_organizations_', 'aws:organizations', [
    'aws_organizations_policy',
    'aws_organizations_policy_attachment',
  ]),
  prefix('aws_prometheus_', 'aws:managed-prometheus', [
    'aws_prometheus_rule_group_namespace',
  ]),
  prefix('aws_xray_', 'aws:x-ray', ['aws_xray_encryption_config']),
  prefix('aws_cloudfront_', 'aws:cloudfront', [
    'aws_cloudfront_origin_access_identity',
    'aws_cloudfront_origin_access_control',
    'aws_cloudfront_function',
  ]),
  prefix('aws_route53_', 'aws:route53', [
    'aws_route53_health_check',
    'aws_route53_zone_association',
  ]),
  prefix('aws_api_gateway_', 'aws:api-gateway', [
    'aws_api_gateway_resource',
    'aws_api_gateway_method',
    'aws_api_gateway_integration',
    'aws_api_gateway_deployment',
    'aws_api_gateway_stage',
  ]),
  prefix('aws_apigatewayv2_', 'aws:api-gateway', [
    'aws_apigatewayv2_stage',
    'aws_apigatewayv2_integration',
    'aws_apigatewayv2_route',
  ]),
  prefix('aws_opensearch_', 'aws:opensearch', ['aws_opensearch_domain_policy']),
  prefix(
    'aws_elasticsearch_',
    'aws:opensearch',
    ['aws_elasticsearch_domain', 'aws_elasticsearch_domain_policy'],
    'Amazon Elasticsearch Service was renamed OpenSearch Service; the old types create the same domains',
  ),
  prefix('aws_bedrock', 'aws:bedrock', [
    'aws_bedrock_model_invocation_logging_configuration',
    'aws_bedrockagent_knowledge_base',
  ]),
  prefix('aws_redshift_', 'aws:redshift', [
    'aws_redshift_subnet_group',
    'aws_redshift_parameter_group',
  ]),
  prefix(
    'aws_redshiftserverless_',
    'aws:redshift',
    ['aws_redshiftserverless_workgroup', 'aws_redshiftserverless_namespace'],
    'Redshift Serverless is Redshift without provisioned nodes',
  ),
  prefix('aws_sesv2_', 'aws:ses', ['aws_sesv2_configuration_set']),
  prefix(
    'aws_ses_',
    'aws:ses',
    ['aws_ses_domain_identity', 'aws_ses_domain_dkim'],
    'SES API v1 types',
  ),
  prefix('aws_apprunner_', 'aws:app-runner', [
    'aws_apprunner_auto_scaling_configuration_version',
  ]),
  prefix(
    'aws_appautoscaling_',
    'neutral',
    ['aws_appautoscaling_target', 'aws_appautoscaling_policy'],
    'Application Auto Scaling scales ECS services, DynamoDB tables and others, which are reported through their own types',
  ),
  exact(
    'aws_budgets_budget',
    'neutral',
    'a billing alert; no workload depends on it',
  ),
  glue('aws_caller_identity', 'data source: the account running Terraform'),
  glue('aws_region', 'data source: the provider\u2019s region'),
  glue('aws_availability_zones', 'data source: zones of the region'),
  glue(
    'aws_partition',
    'data source: the AWS partition (aws, aws-cn, aws-us-gov)',
  ),
  glue('aws_default_tags', 'data source: the provider\u2019s default tags'),

  // --- Azure ---------------------------------------------------------------
  glue('azurerm_client_config', 'data source: the identity running Terraform'),
  glue('azurerm_subscription', 'data source: the current subscription'),
  glue('azuread_client_config', 'data source: the identity running Terraform'),
  exact(
    'azurerm_role_definition',
    'azure:managed-identity',
    'custom RBAC roles are granted with azurerm_role_assignment, which azure:managed-identity owns',
  ),
  prefix(
    'azurerm_management_group',
    'azure:resource-groups',
    [
      'azurerm_management_group',
      'azurerm_management_group_subscription_association',
    ],
    'management groups are the level above subscriptions and resource groups in the same Resource Manager hierarchy',
  ),
  exact(
    'azurerm_virtual_machine',
    'azure:virtual-machines',
    'the azurerm 1.x/2.x VM resource, replaced by the Linux/Windows ones',
  ),
  prefix('azurerm_virtual_machine_', 'azure:virtual-machines', [
    'azurerm_virtual_machine_extension',
    'azurerm_virtual_machine_data_disk_attachment',
  ]),
  exact(
    'azurerm_virtual_machine_scale_set',
    'azure:vm-scale-sets',
    'the legacy scale set resource',
  ),
  prefix('azurerm_virtual_machine_scale_set_', 'azure:vm-scale-sets', [
    'azurerm_virtual_machine_scale_set_extension',
  ]),
  exact('azurerm_windows_virtual_machine_scale_set', 'azure:vm-scale-sets'),
  exact(
    'azurerm_mssql_virtual_machine',
    'azure:virtual-machines',
    'SQL Server installed on a VM the team runs',
  ),
  prefix('azurerm_kubernetes_cluster_', 'azure:aks', [
    'azurerm_kubernetes_cluster_extension',
  ]),
  prefix('azurerm_container_app_', 'azure:container-apps', [
    'azurerm_container_app_job',
    'azurerm_container_app_environment_storage',
    'azurerm_container_app_custom_domain',
  ]),
  prefix('azurerm_container_registry_', 'azure:container-registry', [
    'azurerm_container_registry_webhook',
    'azurerm_container_registry_scope_map',
  ]),
  exact('azurerm_windows_web_app', 'azure:app-service'),
  prefix('azurerm_linux_web_app_', 'azure:app-service', [
    'azurerm_linux_web_app_slot',
  ]),
  prefix('azurerm_windows_web_app_', 'azure:app-service', [
    'azurerm_windows_web_app_slot',
  ]),
  prefix(
    'azurerm_app_service',
    'azure:app-service',
    [
      'azurerm_app_service',
      'azurerm_app_service_plan',
      'azurerm_app_service_custom_hostname_binding',
    ],
    'azurerm 2.x App Service types, and custom domains and certificates of web apps',
  ),
  prefix('azurerm_linux_function_app_', 'azure:functions', [
    'azurerm_linux_function_app_slot',
  ]),
  prefix('azurerm_windows_function_app_', 'azure:functions', [
    'azurerm_windows_function_app_slot',
  ]),
  prefix(
    'azurerm_function_app',
    'azure:functions',
    ['azurerm_function_app', 'azurerm_function_app_function'],
    'includes the azurerm 2.x function app',
  ),
  prefix(
    'azurerm_storage_account_',
    'neutral',
    [
      'azurerm_storage_account_network_rules',
      'azurerm_storage_account_customer_managed_key',
    ],
    'settings of a storage account, whose service is decided by the account and what it holds',
  ),
  prefix('azurerm_storage_share', 'azure:files', [
    'azurerm_storage_share_directory',
    'azurerm_storage_share_file',
  ]),
  prefix('azurerm_storage_table', 'azure:table-storage', [
    'azurerm_storage_table_entity',
  ]),
  prefix(
    'azurerm_storage_sync',
    'azure:files',
    ['azurerm_storage_sync', 'azurerm_storage_sync_group'],
    'Azure File Sync replicates file shares',
  ),
  prefix(
    'azurerm_storage_',
    'azure:blob-storage',
    [
      'azurerm_storage_management_policy',
      'azurerm_storage_data_lake_gen2_filesystem',
      'azurerm_storage_encryption_scope',
    ],
    'blob lifecycle rules, Data Lake file systems and the rest of what a storage account holds besides tables, queues and shares',
  ),
  prefix('azurerm_mssql_', 'azure:sql-database', [
    'azurerm_mssql_firewall_rule',
    'azurerm_mssql_elasticpool',
  ]),
  exact(
    'azurerm_mssql_managed_instance',
    'azure:sql-database',
    'SQL Managed Instance runs the same SQL Server engine over TDS; the knowledge base has one Azure SQL Server service',
  ),
  prefix(
    'azurerm_sql_',
    'azure:sql-database',
    ['azurerm_sql_server', 'azurerm_sql_database'],
    'azurerm 2.x names of Azure SQL',
  ),
  prefix(
    'azurerm_postgresql_',
    'azure:postgresql-flexible-server',
    [
      'azurerm_postgresql_flexible_server_firewall_rule',
      'azurerm_postgresql_flexible_server_configuration',
      'azurerm_postgresql_server',
      'azurerm_postgresql_database',
    ],
    'Single Server (azurerm_postgresql_server) was retired in favour of Flexible Server; both are managed PostgreSQL',
  ),
  exact(
    'azurerm_cosmosdb_postgresql_cluster',
    'azure:postgresql-flexible-server',
    'Azure Cosmos DB for PostgreSQL is distributed PostgreSQL (Citus) reached over the PostgreSQL protocol',
  ),
  prefix(
    'azurerm_mysql_',
    'azure:mysql-flexible-server',
    ['azurerm_mysql_flexible_database', 'azurerm_mysql_server'],
    'includes the retired Single Server',
  ),
  prefix('azurerm_cosmosdb_mongo_', 'azure:cosmos-db-mongodb', [
    'azurerm_cosmosdb_mongo_role_definition',
  ]),
  prefix('azurerm_cosmosdb_', 'azure:cosmos-db', [
    'azurerm_cosmosdb_sql_container',
    'azurerm_cosmosdb_sql_role_assignment',
  ]),
  prefix(
    'azurerm_mongo_cluster',
    'azure:cosmos-db-mongodb',
    ['azurerm_mongo_cluster'],
    'Azure Cosmos DB for MongoDB (vCore)',
  ),
  prefix('azurerm_redis_', 'azure:cache-for-redis', [
    'azurerm_redis_firewall_rule',
    'azurerm_redis_linked_server',
  ]),
  prefix('azurerm_managed_redis_', 'azure:managed-redis', [
    'azurerm_managed_redis_geo_replication',
  ]),
  prefix('azurerm_servicebus_', 'azure:service-bus', [
    'azurerm_servicebus_subscription',
    'azurerm_servicebus_subscription_rule',
  ]),
  prefix('azurerm_eventhub', 'azure:event-hubs', [
    'azurerm_eventhub_consumer_group',
    'azurerm_eventhub_namespace_authorization_rule',
  ]),
  prefix('azurerm_eventgrid_', 'azure:event-grid', [
    'azurerm_eventgrid_system_topic',
    'azurerm_eventgrid_domain',
  ]),
  prefix('azurerm_key_vault_', 'azure:key-vault', [
    'azurerm_key_vault_access_policy',
    'azurerm_key_vault_certificate_issuer',
  ]),
  prefix('azuread_application', 'azure:entra-id', [
    'azuread_application_password',
    'azuread_application_redirect_uris',
  ]),
  prefix('azuread_group', 'azure:entra-id', ['azuread_group_member']),
  prefix('azuread_user', 'azure:entra-id', [
    'azuread_users',
    'azuread_user_flow_attribute',
  ]),
  prefix('azuread_service_principal', 'azure:service-principal', [
    'azuread_service_principal_certificate',
    'azuread_service_principal_delegated_permission_grant',
  ]),
  prefix('azurerm_log_analytics_', 'azure:log-analytics', [
    'azurerm_log_analytics_solution',
    'azurerm_log_analytics_saved_search',
  ]),
  prefix('azurerm_application_insights_', 'azure:application-insights', [
    'azurerm_application_insights_standard_web_test',
  ]),
  prefix('azurerm_monitor_', 'azure:monitor', [
    'azurerm_monitor_scheduled_query_rules_alert_v2',
    'azurerm_monitor_activity_log_alert',
    'azurerm_monitor_data_collection_rule',
  ]),
  prefix('azurerm_cdn_frontdoor_', 'azure:front-door', [
    'azurerm_cdn_frontdoor_origin',
    'azurerm_cdn_frontdoor_route',
  ]),
  prefix(
    'azurerm_frontdoor',
    'azure:front-door',
    ['azurerm_frontdoor', 'azurerm_frontdoor_custom_https_configuration'],
    'Front Door (classic)',
  ),
  prefix(
    'azurerm_cdn_',
    'azure:front-door',
    ['azurerm_cdn_profile', 'azurerm_cdn_endpoint'],
    'Azure CDN (classic) profiles, which Microsoft retires into Front Door',
  ),
  prefix('azurerm_dns_', 'azure:dns', [
    'azurerm_dns_cname_record',
    'azurerm_dns_txt_record',
  ]),
  prefix('azurerm_private_dns_', 'azure:dns', [
    'azurerm_private_dns_zone_virtual_network_link',
    'azurerm_private_dns_a_record',
  ]),
  prefix('azurerm_lb_', 'azure:load-balancer', [
    'azurerm_lb_backend_address_pool',
    'azurerm_lb_rule',
    'azurerm_lb_probe',
  ]),
  prefix('azurerm_api_management_', 'azure:api-management', [
    'azurerm_api_management_api',
    'azurerm_api_management_product',
  ]),
  prefix('azurerm_search_', 'azure:ai-search', [
    'azurerm_search_shared_private_link_service',
  ]),
  prefix('azurerm_synapse_', 'azure:synapse', [
    'azurerm_synapse_sql_pool',
    'azurerm_synapse_spark_pool',
  ]),
  prefix(
    'azurerm_email_communication_service_',
    'azure:communication-services-email',
    ['azurerm_email_communication_service_domain'],
  ),

  // --- Google Cloud ----------------------------------------------------------
  glue(
    'google_project_service',
    'enables an API on a project; the services that use it are reported through their own types',
  ),
  prefix(
    'google_project_iam_',
    'neutral',
    [
      'google_project_iam_member',
      'google_project_iam_binding',
      'google_project_iam_policy',
    ],
    'project-level IAM grants say who may do what, not which service is used',
  ),
  prefix(
    'google_folder_iam_',
    'neutral',
    ['google_folder_iam_member'],
    'folder-level IAM grants',
  ),
  prefix(
    'google_organization_iam_',
    'neutral',
    ['google_organization_iam_member'],
    'organisation-level IAM grants',
  ),
  glue('google_billing_budget', 'a billing alert; no workload depends on it'),
  glue(
    'google_client_config',
    'data source: the credentials running Terraform',
  ),
  glue(
    'google_client_openid_userinfo',
    'data source: the identity running Terraform',
  ),
  glue('google_compute_zones', 'data source: zones of a region'),
  glue(
    'google_iam_policy',
    'data source: an IAM policy document that another resource applies; it says who may do what, not which service is used',
  ),
  glue(
    'google_project_service_identity',
    'creates the service agent of an enabled API; the services that use it are reported through their own types',
    [tf('hashicorp/google-beta', 'google_project_service_identity')],
  ),
  exact(
    'google_app_engine_default_service_account',
    'gcp:service-accounts',
    'data source: the service account App Engine creates for a project',
  ),
  prefix('google_service_account_', 'gcp:service-accounts', [
    'google_service_account_key',
    'google_service_account_iam_member',
  ]),
  prefix('google_iam_workload_identity_pool_', 'gcp:service-accounts', [
    'google_iam_workload_identity_pool_provider',
  ]),
  prefix('google_storage_bucket_', 'gcp:cloud-storage', [
    'google_storage_bucket_object',
    'google_storage_bucket_iam_member',
    'google_storage_bucket_acl',
  ]),
  prefix('google_storage_object_', 'gcp:cloud-storage', [
    'google_storage_object_acl',
  ]),
  prefix('google_storage_default_object_', 'gcp:cloud-storage', [
    'google_storage_default_object_acl',
  ]),
  exact('google_storage_notification', 'gcp:cloud-storage'),
  exact(
    'google_storage_hmac_key',
    'gcp:cloud-storage',
    'HMAC keys reach buckets through the S3-compatible XML API',
  ),
  prefix(
    'google_sql_',
    'neutral',
    ['google_sql_user', 'google_sql_ssl_cert'],
    'users and certificates of a Cloud SQL instance; the engine, and so the service, is decided on google_sql_database_instance',
  ),
  prefix(
    'google_cloud_run_',
    'gcp:cloud-run',
    [
      'google_cloud_run_service',
      'google_cloud_run_service_iam_member',
      'google_cloud_run_v2_service_iam_member',
      'google_cloud_run_domain_mapping',
    ],
    'includes the Cloud Run v1 (Knative-style) types',
  ),
  prefix(
    'google_cloudfunctions_',
    'gcp:cloud-functions',
    [
      'google_cloudfunctions_function',
      'google_cloudfunctions_function_iam_member',
    ],
    '1st gen Cloud Functions',
  ),
  prefix('google_cloudfunctions2_', 'gcp:cloud-functions', [
    'google_cloudfunctions2_function_iam_member',
  ]),
  prefix('google_compute_instance_', 'gcp:compute-engine', [
    'google_compute_instance_iam_member',
    'google_compute_instance_from_template',
  ]),
  prefix('google_compute_instance_group', 'gcp:managed-instance-groups', [
    'google_compute_instance_group',
    'google_compute_instance_group_named_port',
  ]),
  exact(
    'google_compute_region_instance_group_manager',
    'gcp:managed-instance-groups',
  ),
  exact('google_compute_region_autoscaler', 'gcp:managed-instance-groups'),
  exact('google_compute_attached_disk', 'gcp:persistent-disk'),
  exact('google_compute_region_disk', 'gcp:persistent-disk'),
  exact('google_compute_snapshot', 'gcp:persistent-disk'),
  exact(
    'google_compute_resource_policy',
    'gcp:persistent-disk',
    'resource policies are mostly snapshot schedules for persistent disks',
  ),
  ...[
    'google_compute_health_check',
    'google_compute_region_health_check',
    'google_compute_target_https_proxy',
    'google_compute_target_http_proxy',
    'google_compute_region_target_https_proxy',
    'google_compute_target_tcp_proxy',
    'google_compute_target_pool',
    'google_compute_global_forwarding_rule',
    'google_compute_region_backend_service',
    'google_compute_region_url_map',
    'google_compute_region_network_endpoint_group',
    'google_compute_global_network_endpoint_group',
    'google_compute_network_endpoint_group',
    'google_compute_ssl_policy',
  ].map(type =>
    exact(
      type,
      'gcp:cloud-load-balancing',
      'a building block of a Google Cloud load balancer',
    ),
  ),
  exact(
    'google_compute_managed_ssl_certificate',
    'gcp:cloud-load-balancing',
    'Google-managed certificates that only load balancers serve',
  ),
  exact(
    'google_compute_ssl_certificate',
    'gcp:cloud-load-balancing',
    'a certificate uploaded for load balancers',
  ),
  exact('google_compute_region_security_policy', 'gcp:cloud-armor'),
  prefix('google_compute_security_policy_', 'gcp:cloud-armor', [
    'google_compute_security_policy_rule',
  ]),
  prefix('google_container_', 'gcp:gke', [
    'google_container_cluster',
    'google_container_engine_versions',
  ]),
  exact(
    'google_container_registry',
    'gcp:artifact-registry',
    'Container Registry is served from Artifact Registry since 2024',
  ),
  prefix('google_artifact_registry_', 'gcp:artifact-registry', [
    'google_artifact_registry_repository_iam_member',
  ]),
  prefix('google_pubsub_', 'gcp:pubsub', [
    'google_pubsub_topic_iam_member',
    'google_pubsub_subscription_iam_member',
    'google_pubsub_schema',
  ]),
  prefix('google_secret_manager_', 'gcp:secret-manager', [
    'google_secret_manager_secret_iam_member',
  ]),
  prefix('google_kms_', 'gcp:cloud-kms', [
    'google_kms_crypto_key_iam_member',
    'google_kms_key_ring_iam_member',
  ]),
  prefix('google_bigquery_', 'gcp:bigquery', [
    'google_bigquery_dataset_iam_member',
    'google_bigquery_table_iam_member',
  ]),
  prefix('google_logging_', 'gcp:cloud-logging', [
    'google_logging_metric',
    'google_logging_folder_sink',
  ]),
  prefix('google_monitoring_', 'gcp:cloud-monitoring', [
    'google_monitoring_notification_channel',
    'google_monitoring_uptime_check_config',
  ]),
  prefix('google_redis_', 'gcp:memorystore', ['google_redis_cluster']),
  prefix('google_memorystore_', 'gcp:memorystore', [
    'google_memorystore_instance_desired_user_created_endpoints',
  ]),
  prefix(
    'google_memcache_',
    'gcp:memorystore',
    ['google_memcache_instance'],
    'Memorystore for Memcached',
  ),
  prefix('google_dns_', 'gcp:cloud-dns', [
    'google_dns_policy',
    'google_dns_response_policy',
  ]),
  prefix('google_filestore_', 'gcp:filestore', [
    'google_filestore_backup',
    'google_filestore_snapshot',
  ]),
  prefix('google_alloydb_', 'gcp:alloydb', [
    'google_alloydb_user',
    'google_alloydb_backup',
  ]),
  prefix('google_firestore_', 'gcp:firestore', [
    'google_firestore_index',
    'google_firestore_document',
  ]),
  prefix('google_bigtable_', 'gcp:bigtable', [
    'google_bigtable_app_profile',
    'google_bigtable_instance_iam_member',
  ]),
  prefix('google_managed_kafka_', 'gcp:managed-kafka', [
    'google_managed_kafka_acl',
  ]),
  prefix('google_identity_platform_', 'gcp:identity-platform', [
    'google_identity_platform_oauth_idp_config',
  ]),
  prefix('google_cloudbuild_', 'gcp:cloud-build', [
    'google_cloudbuild_worker_pool',
  ]),
  prefix('google_api_gateway_', 'gcp:api-gateway', [
    'google_api_gateway_api_config',
  ]),
  prefix('google_vertex_ai_', 'gcp:vertex-ai', [
    'google_vertex_ai_index_endpoint',
    'google_vertex_ai_dataset',
  ]),
  prefix('google_folder_', 'gcp:resource-manager', [
    'google_folder_organization_policy',
  ]),

  // --- Provider-independent glue -------------------------------------------
  prefix(
    'random_',
    'neutral',
    ['random_password', 'random_string', 'random_id'],
    'random values generated inside Terraform state',
  ),
  prefix(
    'null_',
    'neutral',
    ['null_resource'],
    'a placeholder for provisioners and triggers',
  ),
  prefix(
    'time_',
    'neutral',
    ['time_sleep', 'time_rotating'],
    'timestamps and delays inside Terraform state',
  ),
  prefix(
    'tls_',
    'neutral',
    ['tls_private_key', 'tls_self_signed_cert'],
    'keys and certificates generated inside Terraform state',
  ),
  prefix(
    'local_',
    'neutral',
    ['local_file', 'local_sensitive_file'],
    'files on the machine running Terraform',
  ),
  prefix(
    'archive_',
    'neutral',
    ['archive_file'],
    'zips a folder on the machine running Terraform (e.g. for a function upload)',
  ),
  glue(
    'terraform_data',
    'the built-in placeholder resource that replaced null_resource',
    [
      docs(
        'Terraform: the terraform_data resource',
        `${TERRAFORM_LANGUAGE}/resources/terraform-data`,
      ),
    ],
  ),
  glue(
    'terraform_remote_state',
    'data source: outputs of another Terraform state',
    [
      docs(
        'Terraform: the terraform_remote_state data source',
        `${TERRAFORM_LANGUAGE}/state/remote-state-data`,
      ),
    ],
  ),
];

const rdsEngine = (prefixValue: string, target: ServiceId) => ({
  prefix: prefixValue,
  target,
});

const RDS_ENGINES = [
  // Aurora PostgreSQL first: `aurora-mysql` and the legacy `aurora` are MySQL.
  rdsEngine('aurora-postgresql', 'aws:aurora'),
  rdsEngine('aurora', 'aws:aurora-mysql'),
  rdsEngine('postgres', 'aws:rds-postgresql'),
  rdsEngine('mysql', 'aws:rds-mysql'),
  rdsEngine('mariadb', 'aws:rds-mysql'),
  rdsEngine('sqlserver', 'aws:rds-sqlserver'),
];

const CLOUD_SQL_VERSIONS = [
  rdsEngine('postgres', 'gcp:cloud-sql-postgresql'),
  rdsEngine('mysql', 'gcp:cloud-sql-mysql'),
  rdsEngine('sqlserver', 'gcp:cloud-sql-sqlserver'),
];

const MODULE_REGISTRY = 'https://registry.terraform.io/modules';

/** A registry module's page: proves what the module creates. */
const moduleSource = (address: string): Source =>
  docs(
    `Terraform registry module ${address}`,
    `${MODULE_REGISTRY}/${address}/latest`,
  );

/**
 * Types that span several services. A module whose inputs pass straight to
 * such an attribute is listed under its registry address (without host,
 * version or submodule path) as its `type`: its `engine` input decides the
 * same way.
 */
export const terraformAttributes: TerraformAttributeRule[] = [
  {
    // A share speaks the protocol it was created with; SMB is the default.
    type: 'azurerm_storage_share',
    attribute: 'enabled_protocol',
    values: [
      { prefix: 'NFS', target: 'azure:files-nfs' },
      { prefix: 'SMB', target: 'azure:files' },
    ],
    fallback: 'azure:files',
    sources: [
      ...tfAll('hashicorp/azurerm', ['azurerm_storage_share']),
      docs(
        'Azure Files: NFS file shares',
        'https://learn.microsoft.com/en-us/azure/storage/files/files-nfs-protocol',
      ),
    ],
  },
  {
    type: 'aws_db_instance',
    attribute: 'engine',
    values: RDS_ENGINES,
    fallback: 'aws:rds-postgresql',
    unmatched: 'unknown',
    sources: [
      ...tfAll('hashicorp/aws', ['aws_db_instance']),
      docs(
        'Amazon RDS API: CreateDBInstance, Engine',
        'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html',
      ),
    ],
  },
  {
    type: 'terraform-aws-modules/rds/aws',
    attribute: 'engine',
    values: RDS_ENGINES,
    fallback: 'aws:rds-postgresql',
    unmatched: 'unknown',
    sources: [moduleSource('terraform-aws-modules/rds/aws')],
  },
  {
    type: 'aws_rds_cluster',
    attribute: 'engine',
    // Multi-AZ DB clusters use the plain engines; everything else is Aurora.
    values: RDS_ENGINES,
    fallback: 'aws:aurora',
    unmatched: 'unknown',
    sources: [
      ...tfAll('hashicorp/aws', ['aws_rds_cluster']),
      docs(
        'Amazon RDS API: CreateDBCluster, Engine',
        'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html',
      ),
    ],
  },
  {
    type: 'aws_db_parameter_group',
    attribute: 'family',
    values: RDS_ENGINES,
    fallback: 'neutral',
    sources: tfAll('hashicorp/aws', ['aws_db_parameter_group']),
  },
  {
    type: 'aws_db_option_group',
    attribute: 'engine_name',
    values: RDS_ENGINES,
    fallback: 'neutral',
    sources: tfAll('hashicorp/aws', ['aws_db_option_group']),
  },
  {
    type: 'google_sql_database_instance',
    attribute: 'database_version',
    values: CLOUD_SQL_VERSIONS,
    fallback: 'gcp:cloud-sql-postgresql',
    unmatched: 'unknown',
    sources: [
      ...tfAll('hashicorp/google', ['google_sql_database_instance']),
      docs(
        'Cloud SQL Admin API: SqlDatabaseVersion',
        'https://cloud.google.com/sql/docs/postgres/admin-api/rest/v1/SqlDatabaseVersion',
      ),
    ],
  },
  {
    type: 'azurerm_cognitive_account',
    attribute: 'kind',
    // AIServices accounts (Azure AI Foundry) serve the OpenAI models too.
    values: [
      { prefix: 'openai', target: 'azure:openai' },
      { prefix: 'aiservices', target: 'azure:openai' },
    ],
    fallback: 'azure:openai',
    unmatched: 'unknown',
    sources: [
      ...tfAll('hashicorp/azurerm', ['azurerm_cognitive_account']),
      docs(
        'Azure AI services: resource kinds',
        'https://learn.microsoft.com/en-us/azure/templates/microsoft.cognitiveservices/accounts',
      ),
    ],
  },
  {
    type: 'azurerm_cosmosdb_account',
    attribute: 'kind',
    values: [
      { prefix: 'mongodb', target: 'azure:cosmos-db-mongodb' },
      { prefix: 'globaldocumentdb', target: 'azure:cosmos-db' },
    ],
    fallback: 'azure:cosmos-db',
    sources: tfAll('hashicorp/azurerm', ['azurerm_cosmosdb_account']),
  },
  {
    type: 'azurerm_storage_account',
    attribute: 'account_kind',
    values: [
      { prefix: 'filestorage', target: 'azure:files' },
      { prefix: 'blockblobstorage', target: 'azure:blob-storage' },
    ],
    fallback: 'azure:blob-storage',
    sources: [
      ...tfAll('hashicorp/azurerm', ['azurerm_storage_account']),
      docs(
        'Azure Storage: storage account overview (account kinds)',
        'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-overview',
      ),
    ],
  },
];

const registryModule = (
  address: string,
  target: DiscoveryTarget,
  reason?: string,
): TerraformModuleRule => ({
  source: address,
  target,
  sources: [moduleSource(address)],
  ...(reason ? { reason } : {}),
});

const awsModule = (name: string, target: DiscoveryTarget, reason?: string) =>
  registryModule(`terraform-aws-modules/${name}/aws`, target, reason);
const googleModule = (name: string, target: DiscoveryTarget, reason?: string) =>
  registryModule(`terraform-google-modules/${name}/google`, target, reason);
/** The Cloud SQL module only works through its per-engine submodules. */
const cloudSqlSubmodule = (
  name: string,
  target: ServiceId,
): TerraformModuleRule => ({
  source: `terraform-google-modules/sql-db/google//modules/${name}`,
  target,
  sources: [
    docs(
      `Terraform registry module terraform-google-modules/sql-db/google, submodule ${name}`,
      `${MODULE_REGISTRY}/terraform-google-modules/sql-db/google/latest/submodules/${name}`,
    ),
  ],
});
const avm = (name: string, target: DiscoveryTarget, reason?: string) =>
  registryModule(`Azure/avm-res-${name}/azurerm`, target, reason);

/**
 * Well-known registry modules, matched by prefix on the address without
 * host, version or `?ref=` (so submodules `//modules/x` are covered).
 */
export const terraformModules: TerraformModuleRule[] = [
  awsModule('s3-bucket', 'aws:s3'),
  awsModule(
    'rds',
    'aws:rds-postgresql',
    'the engine input decides; see terraformAttributes',
  ),
  awsModule('rds-aurora', 'aws:aurora'),
  awsModule('eks', 'aws:eks'),
  awsModule('lambda', 'aws:lambda'),
  awsModule('sqs', 'aws:sqs'),
  awsModule('sns', 'aws:sns'),
  awsModule('dynamodb-table', 'aws:dynamodb'),
  awsModule('elasticache', 'aws:elasticache'),
  awsModule('ecs', 'aws:ecs'),
  awsModule('alb', 'aws:elb'),
  awsModule('elb', 'aws:elb'),
  awsModule('apigateway-v2', 'aws:api-gateway'),
  awsModule('ecr', 'aws:ecr'),
  awsModule('kms', 'aws:kms'),
  awsModule('secrets-manager', 'aws:secrets-manager'),
  awsModule('cloudfront', 'aws:cloudfront'),
  awsModule('route53', 'aws:route53'),
  awsModule('ec2-instance', 'aws:ec2'),
  awsModule('autoscaling', 'aws:auto-scaling'),
  awsModule('eventbridge', 'aws:eventbridge'),
  awsModule('msk-kafka-cluster', 'aws:msk'),
  awsModule('opensearch', 'aws:opensearch'),
  awsModule('cloudwatch', 'aws:cloudwatch'),
  awsModule('efs', 'aws:efs'),
  awsModule('app-runner', 'aws:app-runner'),
  awsModule('redshift', 'aws:redshift'),
  awsModule('wafv2', 'aws:waf'),
  awsModule('managed-service-prometheus', 'aws:managed-prometheus'),
  awsModule('key-pair', 'aws:ec2'),
  awsModule('vpc', 'aws:vpc'),
  awsModule('security-group', 'aws:vpc'),
  awsModule('transit-gateway', 'aws:transit-gateway'),
  awsModule('vpn-gateway', 'aws:site-to-site-vpn'),
  awsModule('customer-gateway', 'aws:site-to-site-vpn'),
  awsModule('acm', 'aws:acm'),
  awsModule('ssm-parameter', 'aws:ssm-parameter-store'),
  awsModule('appconfig', 'aws:appconfig'),
  awsModule('step-functions', 'aws:step-functions'),
  awsModule('appsync', 'aws:appsync'),
  awsModule('batch', 'aws:batch'),
  awsModule('memory-db', 'aws:memorydb'),
  awsModule('dms', 'aws:dms'),
  awsModule('emr', 'aws:emr'),
  awsModule(
    'iam',
    'aws:iam-roles',
    'mostly used for assumable roles (IRSA, GitHub OIDC); its users and groups are IAM glue',
  ),
  awsModule(
    'eks-pod-identity',
    'aws:iam-roles',
    'creates IAM roles that EKS pods assume',
  ),
  googleModule('kubernetes-engine', 'gcp:gke'),
  cloudSqlSubmodule('postgresql', 'gcp:cloud-sql-postgresql'),
  cloudSqlSubmodule('mysql', 'gcp:cloud-sql-mysql'),
  cloudSqlSubmodule('safer_mysql', 'gcp:cloud-sql-mysql'),
  cloudSqlSubmodule('mssql', 'gcp:cloud-sql-sqlserver'),
  googleModule(
    'sql-db',
    'gcp:cloud-sql-postgresql',
    'the root module is deprecated; the submodule names the engine',
  ),
  googleModule('cloud-storage', 'gcp:cloud-storage'),
  googleModule('pubsub', 'gcp:pubsub'),
  googleModule('memorystore', 'gcp:memorystore'),
  googleModule('redis', 'gcp:memorystore'),
  googleModule('memcached', 'gcp:memorystore'),
  googleModule('kms', 'gcp:cloud-kms'),
  googleModule('secret', 'gcp:secret-manager'),
  googleModule('bigquery', 'gcp:bigquery'),
  googleModule('cloud-dns', 'gcp:cloud-dns'),
  googleModule('service-accounts', 'gcp:service-accounts'),
  googleModule('lb-http', 'gcp:cloud-load-balancing'),
  googleModule('lb-internal', 'gcp:cloud-load-balancing'),
  googleModule('lb', 'gcp:cloud-load-balancing'),
  googleModule('vm', 'gcp:compute-engine'),
  googleModule('event-function', 'gcp:cloud-functions'),
  googleModule('scheduled-function', 'gcp:cloud-functions'),
  googleModule('network', 'gcp:vpc'),
  googleModule('cloud-router', 'gcp:cloud-router'),
  googleModule('cloud-nat', 'gcp:cloud-nat'),
  googleModule('vpn', 'gcp:cloud-vpn'),
  googleModule('composer', 'gcp:cloud-composer'),
  googleModule('dataflow', 'gcp:dataflow'),
  googleModule(
    'project-factory',
    'neutral',
    'creates projects and enables APIs; the services are found in what runs in them',
  ),
  googleModule('iam', 'neutral', 'IAM grants on projects and resources'),
  googleModule('folders', 'gcp:resource-manager'),
  avm('keyvault-vault', 'azure:key-vault'),
  avm('storage-storageaccount', 'azure:blob-storage'),
  avm('containerregistry-registry', 'azure:container-registry'),
  avm('containerservice-managedcluster', 'azure:aks'),
  avm('app-containerapp', 'azure:container-apps'),
  avm('app-managedenvironment', 'azure:container-apps'),
  avm(
    'web-site',
    'azure:app-service',
    'web apps and function apps; the kind input decides which',
  ),
  avm('web-serverfarm', 'azure:app-service'),
  avm('documentdb-databaseaccount', 'azure:cosmos-db'),
  avm('documentdb-mongocluster', 'azure:cosmos-db-mongodb'),
  avm('dbforpostgresql-flexibleserver', 'azure:postgresql-flexible-server'),
  avm('dbformysql-flexibleserver', 'azure:mysql-flexible-server'),
  avm('sql-server', 'azure:sql-database'),
  avm('sql-managedinstance', 'azure:sql-database'),
  avm('cache-redisenterprise', 'azure:managed-redis'),
  avm('servicebus-namespace', 'azure:service-bus'),
  avm('eventhub-namespace', 'azure:event-hubs'),
  avm('eventgrid-topic', 'azure:event-grid'),
  avm('eventgrid-namespace', 'azure:event-grid'),
  avm('eventgrid-systemtopic', 'azure:event-grid'),
  avm('operationalinsights-workspace', 'azure:log-analytics'),
  avm('insights-component', 'azure:application-insights'),
  avm('insights-metricalert', 'azure:monitor'),
  avm('insights-actiongroup', 'azure:monitor'),
  avm('cognitiveservices-account', 'azure:openai'),
  avm('search-searchservice', 'azure:ai-search'),
  avm('apimanagement-service', 'azure:api-management'),
  avm('compute-virtualmachine', 'azure:virtual-machines'),
  avm('compute-virtualmachinescaleset', 'azure:vm-scale-sets'),
  avm('network-privatednszone', 'azure:dns'),
  avm('network-applicationgateway', 'azure:application-gateway'),
  avm('network-loadbalancer', 'azure:load-balancer'),
  avm('cdn-profile', 'azure:front-door'),
  avm('resources-resourcegroup', 'azure:resource-groups'),
  avm('managedidentity-userassignedidentity', 'azure:managed-identity'),
  avm('authorization-roleassignment', 'azure:managed-identity'),
  avm('synapse-workspace', 'azure:synapse'),
  avm('communication-emailservice', 'azure:communication-services-email'),
  avm('network-virtualnetwork', 'azure:virtual-network'),
  avm('network-networksecuritygroup', 'azure:virtual-network'),
  avm('network-natgateway', 'azure:nat-gateway'),
  avm('network-azurefirewall', 'azure:firewall'),
  avm('network-bastionhost', 'azure:bastion'),
  avm('appconfiguration-configurationstore', 'azure:app-configuration'),
  avm('recoveryservices-vault', 'azure:backup'),
  avm('dataprotection-backupvault', 'azure:backup'),
  avm('automation-automationaccount', 'azure:automation'),
  avm('databricks-workspace', 'azure:databricks'),
  avm('kusto-cluster', 'azure:data-explorer'),
  avm('machinelearningservices-workspace', 'azure:machine-learning'),
  avm('web-staticsite', 'azure:static-web-apps'),
];

const provider = (
  name: string,
  providerId: TerraformProviderRule['provider'],
  address: string,
  regionAttributes: string[],
): TerraformProviderRule => ({
  name,
  provider: providerId,
  regionAttributes,
  sources: [terraformRegistry(address)],
});

/**
 * Terraform providers of the clouds Portolan knows, by local name. Their
 * type prefixes also decide which unmapped types are reported as unknown.
 * `regionAttributes` are read on the provider block and at the top level of
 * each of its resources.
 */
export const terraformProviders: TerraformProviderRule[] = [
  provider('aws', 'aws', 'hashicorp/aws', ['region']),
  {
    ...provider('azurerm', 'azure', 'hashicorp/azurerm', ['location']),
    // azurerm is a client of Azure Resource Manager: every resource it
    // manages goes through ARM's API, so using it is using ARM.
    drives: 'azure:resource-manager',
  },
  provider('azuread', 'azure', 'hashicorp/azuread', []),
  provider('google', 'gcp', 'hashicorp/google', ['region', 'location']),
  provider('google-beta', 'gcp', 'hashicorp/google-beta', [
    'region',
    'location',
  ]),
  provider('ionoscloud', 'ionos', 'ionos-cloud/ionoscloud', ['location']),
  provider('stackit', 'stackit', 'stackitcloud/stackit', [
    'region',
    'default_region',
  ]),
  provider('ovh', 'ovhcloud', 'ovh/ovh', ['region']),
  provider('scaleway', 'scaleway', 'scaleway/scaleway', ['region']),
  provider('opentelekomcloud', 'otc', 'opentelekomcloud/opentelekomcloud', [
    'region',
  ]),
  provider('hcloud', 'hetzner', 'hetznercloud/hcloud', ['location']),
];
