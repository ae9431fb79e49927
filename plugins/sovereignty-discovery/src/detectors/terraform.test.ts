import { discoverFiles, serviceIds } from '../testing/discover';
import { terraformDetector } from './terraform';

const detectors = [terraformDetector];
const discover = (files: Record<string, string>) =>
  discoverFiles(files, { detectors });

describe('terraformDetector', () => {
  it('accepts Terraform, OpenTofu, JSON syntax and Terragrunt files only', () => {
    for (const path of [
      'main.tf',
      'infra/x.tofu',
      'a/b.tf.json',
      'live/terragrunt.hcl',
    ]) {
      expect(terraformDetector.accepts(path)).toBe(true);
    }
    for (const path of ['main.tfvars', 'x.hcl', 'README.md', 'tf']) {
      expect(terraformDetector.accepts(path)).toBe(false);
    }
  });

  it('maps resource and data blocks with the line of their header', async () => {
    const report = await discover({
      'infra/main.tf': [
        '# storage',
        'resource "aws_s3_bucket" "assets" {',
        '  bucket = "assets"',
        '}',
        '',
        'data "aws_sqs_queue" "jobs" {',
        '  name = "jobs"',
        '}',
      ].join('\n'),
    });
    expect(report.services).toEqual([
      expect.objectContaining({
        id: 'aws:s3',
        evidence: [
          {
            path: 'infra/main.tf',
            line: 2,
            detector: 'terraform',
            match: 'aws_s3_bucket',
          },
        ],
      }),
      expect.objectContaining({
        id: 'aws:sqs',
        evidence: [
          {
            path: 'infra/main.tf',
            line: 6,
            detector: 'terraform',
            match: 'aws_sqs_queue',
          },
        ],
      }),
    ]);
    expect(report.scan.formats).toEqual(['terraform']);
    expect(report.findings).toEqual([]);
  });

  it('gives sub-resources to their parent service and ignores glue silently', async () => {
    const report = await discover({
      'main.tf': `
resource "aws_s3_bucket_public_access_block" "a" {}
resource "aws_alb_listener" "b" {}
resource "azurerm_servicebus_subscription" "c" {}
resource "azurerm_key_vault_access_policy" "d" {}
resource "google_storage_bucket_iam_member" "e" {}
resource "google_project_iam_member" "f" {}
resource "random_password" "g" {}
resource "null_resource" "h" {}
resource "terraform_data" "i" {}
resource "tls_private_key" "j" {}
data "aws_caller_identity" "k" {}
data "azurerm_client_config" "l" {}
resource "google_project_service" "m" {}
resource "aws_iam_policy" "n" {}
resource "aws_iam_role_policy_attachment" "o" {}
data "google_iam_policy" "p" {}
resource "google_project_service_identity" "q" {}
data "google_app_engine_default_service_account" "r" {}
`,
    });
    expect(serviceIds(report)).toEqual([
      'aws:elb',
      'aws:iam-roles',
      'aws:s3',
      'azure:key-vault',
      'azure:service-bus',
      'gcp:cloud-storage',
      'gcp:service-accounts',
    ]);
    expect(report.findings).toEqual([]);
  });

  it('reports unmapped types of known cloud providers once, and ignores other providers', async () => {
    const report = await discover({
      'a.tf': `
resource "aws_totally_new_service" "x" {}
resource "aws_totally_new_service" "y" {}
resource "stackit_unheard_of" "z" {}
resource "kubernetes_deployment" "k" {}
resource "helm_release" "h" {}
resource "github_repository" "g" {}
resource "datadog_monitor" "d" {}
`,
    });
    expect(report.services).toEqual([]);
    expect(report.findings.map(f => [f.code, f.value, f.line])).toEqual([
      ['unknown-resource-type', 'aws_totally_new_service', 2],
      ['unknown-resource-type', 'stackit_unheard_of', 4],
    ]);
  });

  it.each([
    ['aws_db_instance', 'engine', 'postgres', 'aws:rds-postgresql'],
    ['aws_db_instance', 'engine', 'mysql', 'aws:rds-mysql'],
    ['aws_db_instance', 'engine', 'mariadb', 'aws:rds-mysql'],
    ['aws_db_instance', 'engine', 'sqlserver-se', 'aws:rds-sqlserver'],
    ['aws_rds_cluster', 'engine', 'aurora-postgresql', 'aws:aurora'],
    ['aws_rds_cluster', 'engine', 'postgres', 'aws:rds-postgresql'],
    ['aws_db_parameter_group', 'family', 'mysql8.0', 'aws:rds-mysql'],
    [
      'google_sql_database_instance',
      'database_version',
      'POSTGRES_15',
      'gcp:cloud-sql-postgresql',
    ],
    [
      'google_sql_database_instance',
      'database_version',
      'MYSQL_8_0',
      'gcp:cloud-sql-mysql',
    ],
    [
      'google_sql_database_instance',
      'database_version',
      'SQLSERVER_2019_STANDARD',
      'gcp:cloud-sql-sqlserver',
    ],
    ['azurerm_cognitive_account', 'kind', 'OpenAI', 'azure:openai'],
    ['azurerm_cosmosdb_account', 'kind', 'MongoDB', 'azure:cosmos-db-mongodb'],
    ['azurerm_storage_account', 'account_kind', 'FileStorage', 'azure:files'],
  ])(
    'decides %s by its %s literal %s',
    async (type, attribute, value, expected) => {
      const report = await discover({
        'db.tf': `resource "${type}" "x" {\n  ${attribute} = "${value}" # chosen\n  tags = { engine = "ignored" }\n}\n`,
      });
      expect(serviceIds(report)).toEqual([expected]);
    },
  );

  it('uses the fallback when the deciding attribute is an expression', async () => {
    const report = await discover({
      'db.tf': `
resource "aws_db_instance" "a" {
  engine = var.engine
}
resource "aws_rds_cluster" "b" {
  engine = "\${var.engine}"
}
resource "aws_db_parameter_group" "c" {
  family = local.family
}
`,
    });
    expect(serviceIds(report)).toEqual(['aws:aurora', 'aws:rds-postgresql']);
  });

  it('reads only the block\u2019s own attributes, not those of nested blocks or object values', async () => {
    const report = await discover({
      'db.tf': `
resource "aws_db_instance" "a" {
  lifecycle {
    engine = "mysql"
  }
  settings = {
    engine = "sqlserver-ex"
  }
  engine = "postgres"
}
`,
    });
    expect(serviceIds(report)).toEqual(['aws:rds-postgresql']);
  });

  it('counts a storage account as what it holds in the same file', async () => {
    const alone = await discover({
      'a.tf': 'resource "azurerm_storage_account" "sa" {}\n',
    });
    expect(serviceIds(alone)).toEqual(['azure:blob-storage']);

    const holding = await discover({
      'a.tf': `
resource "azurerm_storage_account" "sa" {}
resource "azurerm_storage_account_network_rules" "rules" {}
resource "azurerm_storage_table" "t" {}
resource "azurerm_storage_queue" "q" {}
resource "azurerm_storage_share" "s" {}
`,
    });
    expect(serviceIds(holding)).toEqual([
      'azure:files',
      'azure:storage-queues',
      'azure:table-storage',
    ]);
    const table = holding.services.find(s => s.id === 'azure:table-storage');
    expect(table?.evidence.map(e => e.match)).toEqual([
      'azurerm_storage_account',
      'azurerm_storage_table',
    ]);

    const withContainer = await discover({
      'a.tf': `
resource "azurerm_storage_account" "sa" {}
resource "azurerm_storage_container" "c" {}
resource "azurerm_storage_table" "t" {}
`,
    });
    expect(serviceIds(withContainer)).toEqual([
      'azure:blob-storage',
      'azure:table-storage',
    ]);
  });

  describe('modules', () => {
    it.each([
      ['terraform-aws-modules/s3-bucket/aws', 'aws:s3'],
      ['registry.terraform.io/terraform-aws-modules/eks/aws', 'aws:eks'],
      ['terraform-aws-modules/lambda/aws//modules/deploy', 'aws:lambda'],
      [
        'git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.0',
        'aws:s3',
      ],
      ['github.com/terraform-aws-modules/terraform-aws-eks', 'aws:eks'],
      ['git@github.com:terraform-aws-modules/terraform-aws-sqs.git', 'aws:sqs'],
      [
        'git::https://github.com/terraform-aws-modules/terraform-aws-vpc?ref=4a2809c',
        'aws:vpc',
      ],
      ['terraform-aws-modules/security-group/aws', 'aws:vpc'],
      ['terraform-google-modules/network/google//modules/subnets', 'gcp:vpc'],
      ['Azure/avm-res-network-virtualnetwork/azurerm', 'azure:virtual-network'],
      ['Azure/avm-res-keyvault-vault/azurerm', 'azure:key-vault'],
      [
        'terraform-google-modules/kubernetes-engine/google//modules/private-cluster',
        'gcp:gke',
      ],
      [
        'terraform-google-modules/sql-db/google//modules/mysql',
        'gcp:cloud-sql-mysql',
      ],
    ])('maps %s', async (source, expected) => {
      const report = await discover({
        'main.tf': `module "m" {\n  source  = "${source}"\n  version = "~> 4.0"\n}\n`,
      });
      expect(serviceIds(report)).toEqual([expected]);
      expect(report.services[0].evidence[0].line).toBe(1);
    });

    it('lets the engine input of the RDS module decide like aws_db_instance', async () => {
      const report = await discover({
        'main.tf': `module "db" {\n  source = "terraform-aws-modules/rds/aws"\n  engine = "mysql"\n}\n`,
      });
      expect(serviceIds(report)).toEqual(['aws:rds-mysql']);
    });

    it('ignores local, neutral and unknown modules and non-literal sources', async () => {
      const report = await discover({
        'main.tf': `
module "local" { source = "./modules/bucket" }
module "parent" { source = "../shared" }
module "project" { source = "terraform-google-modules/project-factory/google" }
module "slack" { source = "terraform-aws-modules/notify-slack/aws" }
module "mine" { source = "acme/thing/aws" }
module "dynamic" { source = "\${local.source}" }
`,
      });
      expect(report.services).toEqual([]);
      expect(report.findings).toEqual([]);
    });

    it('reads the module source of a Terragrunt file', async () => {
      const report = await discover({
        'live/prod/terragrunt.hcl': `
include "root" {
  path = find_in_parent_folders()
}
terraform {
  source = "tfr:///terraform-aws-modules/dynamodb-table/aws?version=4.0.0"
}
inputs = {
  name = "orders"
}
`,
      });
      expect(serviceIds(report)).toEqual(['aws:dynamodb']);
    });
  });

  describe('hosting', () => {
    it('takes providers and regions from provider blocks and resource attributes', async () => {
      const report = await discover({
        'providers.tf': `
provider "aws" {
  region = "EU-Central-1"
}
provider "aws" {
  alias  = "replica"
  region = var.replica_region
}
provider "azurerm" {
  features {}
}
provider "google-beta" {
  region = "europe-west3"
}
provider "stackit" {
  default_region = "eu01"
}
provider "kubernetes" {
  host = "https://k8s"
}
resource "ionoscloud_datacenter" "dc" {
  location = "de/fra"
}
resource "azurerm_resource_group" "rg" {
  location = "West Europe"
}
resource "hcloud_server" "s" {
  location = local.location
}
`,
      });
      const hosting = report.hosting.map(h => [h.provider, h.region]);
      expect(hosting).toEqual([
        ['aws', 'eu-central-1'],
        ['aws', undefined],
        ['azure', undefined],
        ['gcp', 'europe-west3'],
        ['stackit', 'eu01'],
        ['ionos', 'de/fra'],
        ['azure', 'westeurope'],
        ['hetzner', undefined],
      ]);
      expect(report.hosting[0].evidence).toEqual([
        {
          path: 'providers.tf',
          line: 3,
          detector: 'terraform',
          match: 'provider "aws".region',
        },
      ]);
    });
  });

  describe('JSON syntax', () => {
    it('finds types, attributes, modules and providers with the lines of their keys', async () => {
      const report = await discover({
        'main.tf.json': JSON.stringify(
          {
            provider: { aws: [{ region: 'eu-west-1' }] },
            resource: {
              aws_s3_bucket: { assets: { bucket: 'assets' } },
              aws_db_instance: { db: { engine: 'mysql' } },
              aws_rds_cluster: { c: { engine: '${var.engine}' } },
              aws_unmapped_thing: { u: {} },
            },
            data: [{ aws_caller_identity: { me: {} } }],
            module: { queue: { source: 'terraform-aws-modules/sqs/aws' } },
          },
          null,
          2,
        ),
      });
      expect(serviceIds(report)).toEqual([
        'aws:aurora',
        'aws:rds-mysql',
        'aws:s3',
        'aws:sqs',
      ]);
      const s3 = report.services.find(s => s.id === 'aws:s3');
      expect(s3?.evidence[0]).toEqual({
        path: 'main.tf.json',
        line: 10,
        detector: 'terraform',
        match: 'aws_s3_bucket',
      });
      expect(report.hosting.map(h => [h.provider, h.region])).toEqual([
        ['aws', 'eu-west-1'],
      ]);
      expect(report.findings.map(f => f.value)).toEqual(['aws_unmapped_thing']);
    });

    it('reports broken JSON as an unparsable file', async () => {
      const report = await discover({
        'x.tf.json': '{"resource": {"aws_s3_bucket": ',
      });
      expect(report.services).toEqual([]);
      expect(report.findings).toEqual([
        expect.objectContaining({ code: 'unparsable-file', path: 'x.tf.json' }),
      ]);
      expect(report.scan.formats).toEqual(['terraform']);
    });
  });

  describe('syntax that must not confuse block recognition', () => {
    it('skips heredocs, comments and interpolations with nested quotes', async () => {
      const report = await discover({
        'main.tf': `
/* resource "aws_dynamodb_table" "commented" {
} */
// resource "aws_sns_topic" "commented" {}
# resource "aws_sqs_queue" "commented" {}
resource "aws_lambda_function" "fn" {
  description = "uses \\"quotes\\" and \${jsonencode({ "a" = "}" })} and $\${literal}"
  policy = <<-EOT
    resource "aws_kinesis_stream" "in_heredoc" {
    }
    EOT
  environment {
    variables = {
      KEY = "\${lookup(var.m, "k", "{")}"
    }
  }
}
resource "aws_ecr_repository" "after" {
  name = <<EOF
}
EOF
}
`,
      });
      expect(serviceIds(report)).toEqual(['aws:ecr', 'aws:lambda']);
      expect(report.findings).toEqual([]);
      const ecr = report.services.find(s => s.id === 'aws:ecr');
      expect(ecr?.evidence[0].line).toBe(18);
    });

    it('recovers from a missing brace at the next top-level block', async () => {
      const report = await discover({
        'main.tf': `
resource "aws_sqs_queue" "a" {
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn

resource "aws_sns_topic" "b" {
  name = "b"
}
`,
      });
      expect(serviceIds(report)).toEqual(['aws:sns', 'aws:sqs']);
      expect(report.findings).toEqual([
        expect.objectContaining({
          code: 'unparsable-file',
          path: 'main.tf',
          line: 5,
        }),
      ]);
    });

    it('gives partial results and one finding for an unterminated heredoc', async () => {
      const report = await discover({
        'main.tf': `
resource "aws_s3_bucket" "before" {}
resource "aws_iam_role" "r" {
  assume_role_policy = <<EOF
{ "Version": "2012-10-17" }
resource "aws_sqs_queue" "swallowed" {}
`,
      });
      expect(serviceIds(report)).toEqual(['aws:iam-roles', 'aws:s3']);
      expect(report.findings).toHaveLength(1);
      expect(report.findings[0]).toMatchObject({
        code: 'unparsable-file',
        line: 4,
      });
      expect(report.findings[0].message).toContain('unterminated heredoc');
    });
  });
});

describe('terraform detector: literals no rule knows', () => {
  it('reports an engine no table maps as unknown instead of guessing a service', async () => {
    const report = await discoverFiles({
      'db.tf':
        'resource "aws_db_instance" "erp" {\n  engine = "oracle-ee"\n}\n',
    });
    expect(serviceIds(report)).toEqual([]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'unknown-resource-type',
        value: 'aws_db_instance engine = "oracle-ee"',
        line: 1,
      }),
    ]);
  });

  it('still uses the fallback when the value is an expression', async () => {
    const report = await discoverFiles({
      'db.tf': 'resource "aws_db_instance" "erp" {\n  engine = var.engine\n}\n',
    });
    expect(serviceIds(report)).toEqual(['aws:rds-postgresql']);
  });

  it('counts the azurerm provider as use of Azure Resource Manager', async () => {
    const report = await discoverFiles({
      'main.tf': 'provider "azurerm" {\n  features {}\n}\n',
    });
    expect(report.services).toEqual([
      expect.objectContaining({
        id: 'azure:resource-manager',
        evidence: [
          expect.objectContaining({ line: 1, match: 'provider "azurerm"' }),
        ],
      }),
    ]);
  });
});
