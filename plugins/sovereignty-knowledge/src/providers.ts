import type { Provider, SovereignVariant } from './types';
import {
  CLOUD_ACT,
  CNCF_CONFORMANCE,
  DOMAIN_REPORT,
  EU_CLOUD_SOVEREIGNTY_FRAMEWORK,
  KUBERNETES_DOCS,
  docs,
  terraformRegistry,
} from './sources';

/*
 * Headquarters is the ultimate parent's country: what decides which
 * government can compel the provider, not where the local subsidiary sits.
 * Region ids are spelled exactly as each provider's API expects them, because
 * `portolan.dev/hosting` values are validated against them.
 */

// Plain hyperscaler regions sit at SEAL 1 for jurisdiction and EU providers at
// 3-4; every sovereign variant below therefore lands at 2 or 3 and says why.
const NON_EU_PARENT_REMAINS =
  'the parent company stays subject to US law (CLOUD Act), and software, updates and the service roadmap still come from it';

const azureVariants: SovereignVariant[] = [
  {
    name: 'Microsoft EU Data Boundary',
    rationale: `Customer data and most pseudonymised personal data of EU customers are stored and processed inside the EU/EFTA. Residency improves; operations and control do not change, and ${NON_EU_PARENT_REMAINS}.`,
    jurisdictionLevel: 1,
    sources: [
      docs(
        'What is the EU Data Boundary?',
        'https://learn.microsoft.com/en-us/privacy/eudb/eu-data-boundary-learn',
      ),
      CLOUD_ACT,
    ],
  },
  {
    name: 'Microsoft Cloud for Sovereignty (sovereign landing zones, sovereign public and private cloud)',
    rationale: `Adds policy-enforced residency, confidential computing and customer-controlled keys, and EU-based operations for sovereign offerings. Residency and operations improve, but ${NON_EU_PARENT_REMAINS}.`,
    jurisdictionLevel: 2,
    sources: [
      docs(
        'Microsoft Cloud for Sovereignty documentation',
        'https://learn.microsoft.com/en-us/industry/sovereignty/',
      ),
      CLOUD_ACT,
      DOMAIN_REPORT,
    ],
  },
  {
    name: 'Delos Cloud (SAP subsidiary operating Microsoft Azure technology in Germany)',
    rationale:
      'Delos Cloud GmbH, a German subsidiary of SAP, operates Azure and Microsoft 365 technology for the German public sector in data centres in Germany, separated from Microsoft\u2019s global cloud. Residency and operations move under a German operator and German law, yet Microsoft supplies the software, its updates and the roadmap: a material dependency on a US company that keeps it below an EU-native provider.',
    jurisdictionLevel: 3,
    regions: ['deloscloudgermanycentral'],
    sources: [
      docs(
        'Delos Cloud: sovereign cloud platform',
        'https://www.delos-cloud.de/',
      ),
      docs(
        'Azure Cosmos DB SDK: the Delos Cloud Germany Central region',
        'https://learn.microsoft.com/en-us/dotnet/api/microsoft.azure.cosmos.regions.deloscloudgermanycentral?view=azure-dotnet-preview',
      ),
      EU_CLOUD_SOVEREIGNTY_FRAMEWORK,
    ],
  },
  {
    name: 'Bleu (Orange and Capgemini operating Microsoft Azure technology in France)',
    rationale:
      'Bleu, a French company owned by Orange and Capgemini (Microsoft holds no shares), operates Azure and Microsoft 365 technology from data centres in France with its own staff and seeks the ANSSI SecNumCloud qualification. Residency and operations move under a French operator and French law, yet Microsoft supplies the software, its updates and the roadmap: a material dependency on a US company that keeps it below an EU-native provider.',
    jurisdictionLevel: 3,
    regions: ['bleufrancecentral'],
    sources: [
      docs(
        'Azure Cosmos DB SDK: the Bleu France Central region',
        'https://learn.microsoft.com/en-us/dotnet/api/microsoft.azure.cosmos.regions.bleufrancecentral?view=azure-dotnet-preview',
      ),
      docs(
        'Capgemini and Orange: launch of Bleu, cloud de confiance based on Microsoft technology',
        'https://newsroom.orange.com/capgemini-and-orange-are-pleased-to-announce-the-launch-of-commercial-activities-of-bleu-their-future-cloud-de-confiance-platform',
      ),
      EU_CLOUD_SOVEREIGNTY_FRAMEWORK,
    ],
  },
];

const awsVariants: SovereignVariant[] = [
  {
    name: 'AWS European Sovereign Cloud',
    rationale:
      'A separate partition in Germany (Brandenburg) with its own billing, identity and accounts, operated by EU-resident staff through a German subsidiary. Residency and operations improve markedly, but the ultimate parent, Amazon.com, Inc., stays subject to US law (CLOUD Act), and software, updates and the service roadmap still come from it.',
    jurisdictionLevel: 2,
    regions: ['eusc-de-east-1'],
    sources: [
      docs(
        'Overview of the AWS European Sovereign Cloud: design approach',
        'https://docs.aws.amazon.com/whitepapers/latest/overview-aws-european-sovereign-cloud/design-approach.html',
      ),
      CLOUD_ACT,
    ],
  },
];

const gcpVariants: SovereignVariant[] = [
  {
    name: 'Sovereign Controls by Partners (data boundaries operated with T-Systems, S3NS, PSN)',
    rationale: `Google Cloud regions with a partner that controls keys and access approvals and checks operations. Residency and oversight improve, but the workloads run on Google-operated infrastructure and ${NON_EU_PARENT_REMAINS}.`,
    jurisdictionLevel: 2,
    sources: [
      docs(
        'Sovereign Controls by Partners: locations',
        'https://docs.cloud.google.com/sovereign-controls-by-partners/docs/locations',
      ),
      CLOUD_ACT,
    ],
  },
  {
    name: 'S3NS Cloud de Confiance (Thales-controlled, Google technology)',
    rationale:
      'A French company majority-owned by Thales operates Google Cloud technology in France, so the operator is under EU law. Jurisdiction improves beyond the partner controls, yet Google remains a shareholder and the supplier of the software, its updates and the roadmap: a material dependency on a US parent that keeps it below an EU-native provider.',
    jurisdictionLevel: 3,
    sources: [
      docs('S3NS', 'https://www.s3ns.io/'),
      docs(
        'Cloud de Confiance by S3NS documentation',
        'https://documentation.s3ns.fr/',
      ),
      EU_CLOUD_SOVEREIGNTY_FRAMEWORK,
    ],
  },
];

export const providers: Provider[] = [
  {
    id: 'azure',
    name: 'Microsoft Azure',
    kind: 'hyperscaler',
    headquarters: 'US',
    nonEuLawReach: true,
    regions: [
      { id: 'westeurope', country: 'NL', name: 'West Europe' },
      { id: 'northeurope', country: 'IE', name: 'North Europe' },
      { id: 'germanywestcentral', country: 'DE', name: 'Germany West Central' },
      { id: 'germanynorth', country: 'DE', name: 'Germany North' },
      { id: 'francecentral', country: 'FR', name: 'France Central' },
      { id: 'francesouth', country: 'FR', name: 'France South' },
      { id: 'swedencentral', country: 'SE', name: 'Sweden Central' },
      { id: 'italynorth', country: 'IT', name: 'Italy North' },
      { id: 'polandcentral', country: 'PL', name: 'Poland Central' },
      { id: 'spaincentral', country: 'ES', name: 'Spain Central' },
      { id: 'switzerlandnorth', country: 'CH', name: 'Switzerland North' },
      { id: 'switzerlandwest', country: 'CH', name: 'Switzerland West' },
      { id: 'norwayeast', country: 'NO', name: 'Norway East' },
      { id: 'norwaywest', country: 'NO', name: 'Norway West' },
      { id: 'uksouth', country: 'GB', name: 'UK South' },
      { id: 'ukwest', country: 'GB', name: 'UK West' },
      // Partner-operated clouds on Azure technology (see the variants above).
      {
        id: 'deloscloudgermanycentral',
        country: 'DE',
        name: 'Delos Cloud Germany Central',
      },
      { id: 'bleufrancecentral', country: 'FR', name: 'Bleu France Central' },
      { id: 'eastus', country: 'US', name: 'East US' },
      { id: 'eastus2', country: 'US', name: 'East US 2' },
      { id: 'centralus', country: 'US', name: 'Central US' },
      { id: 'westus2', country: 'US', name: 'West US 2' },
      { id: 'westus3', country: 'US', name: 'West US 3' },
      { id: 'canadacentral', country: 'CA', name: 'Canada Central' },
      { id: 'southeastasia', country: 'SG', name: 'Southeast Asia' },
      { id: 'japaneast', country: 'JP', name: 'Japan East' },
      { id: 'australiaeast', country: 'AU', name: 'Australia East' },
    ],
    sovereignVariants: azureVariants,
    terraformProvider: 'hashicorp/azurerm',
    notes:
      'US parent (Microsoft Corporation): EU regions give residency, not EU jurisdiction. Entra ID resources use the separate hashicorp/azuread provider.',
    sources: [
      docs(
        'Azure geographies and regions',
        'https://learn.microsoft.com/en-us/azure/reliability/regions-overview',
      ),
      terraformRegistry('hashicorp/azurerm'),
      CLOUD_ACT,
    ],
  },
  {
    id: 'aws',
    name: 'Amazon Web Services',
    kind: 'hyperscaler',
    headquarters: 'US',
    nonEuLawReach: true,
    regions: [
      { id: 'eu-central-1', country: 'DE', name: 'Europe (Frankfurt)' },
      { id: 'eu-central-2', country: 'CH', name: 'Europe (Zurich)' },
      { id: 'eu-west-1', country: 'IE', name: 'Europe (Ireland)' },
      { id: 'eu-west-2', country: 'GB', name: 'Europe (London)' },
      { id: 'eu-west-3', country: 'FR', name: 'Europe (Paris)' },
      { id: 'eu-north-1', country: 'SE', name: 'Europe (Stockholm)' },
      { id: 'eu-south-1', country: 'IT', name: 'Europe (Milan)' },
      { id: 'eu-south-2', country: 'ES', name: 'Europe (Spain)' },
      {
        id: 'eusc-de-east-1',
        country: 'DE',
        name: 'AWS European Sovereign Cloud (Brandenburg)',
      },
      { id: 'us-east-1', country: 'US', name: 'US East (N. Virginia)' },
      { id: 'us-east-2', country: 'US', name: 'US East (Ohio)' },
      { id: 'us-west-1', country: 'US', name: 'US West (N. California)' },
      { id: 'us-west-2', country: 'US', name: 'US West (Oregon)' },
      { id: 'ca-central-1', country: 'CA', name: 'Canada (Central)' },
      { id: 'ap-northeast-1', country: 'JP', name: 'Asia Pacific (Tokyo)' },
      { id: 'ap-southeast-1', country: 'SG', name: 'Asia Pacific (Singapore)' },
      { id: 'ap-southeast-2', country: 'AU', name: 'Asia Pacific (Sydney)' },
      { id: 'ap-south-1', country: 'IN', name: 'Asia Pacific (Mumbai)' },
      { id: 'sa-east-1', country: 'BR', name: 'South America (Sao Paulo)' },
    ],
    sovereignVariants: awsVariants,
    terraformProvider: 'hashicorp/aws',
    notes:
      'US parent (Amazon.com, Inc.): EU regions give residency, not EU jurisdiction. The European Sovereign Cloud is a separate partition (aws-eusc) with its own accounts and IAM.',
    sources: [
      docs(
        'AWS Regions and Availability Zones',
        'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
      ),
      terraformRegistry('hashicorp/aws'),
      CLOUD_ACT,
    ],
  },
  {
    id: 'gcp',
    name: 'Google Cloud',
    kind: 'hyperscaler',
    headquarters: 'US',
    nonEuLawReach: true,
    regions: [
      { id: 'europe-west1', country: 'BE', name: 'St. Ghislain' },
      { id: 'europe-west2', country: 'GB', name: 'London' },
      { id: 'europe-west3', country: 'DE', name: 'Frankfurt' },
      { id: 'europe-west4', country: 'NL', name: 'Eemshaven' },
      { id: 'europe-west6', country: 'CH', name: 'Zurich' },
      { id: 'europe-west8', country: 'IT', name: 'Milan' },
      { id: 'europe-west9', country: 'FR', name: 'Paris' },
      { id: 'europe-west10', country: 'DE', name: 'Berlin' },
      { id: 'europe-west12', country: 'IT', name: 'Turin' },
      { id: 'europe-north1', country: 'FI', name: 'Hamina' },
      { id: 'europe-north2', country: 'SE', name: 'Stockholm' },
      { id: 'europe-central2', country: 'PL', name: 'Warsaw' },
      { id: 'europe-southwest1', country: 'ES', name: 'Madrid' },
      { id: 'us-central1', country: 'US', name: 'Iowa' },
      { id: 'us-east1', country: 'US', name: 'South Carolina' },
      { id: 'us-east4', country: 'US', name: 'Northern Virginia' },
      { id: 'us-west1', country: 'US', name: 'Oregon' },
      { id: 'asia-east1', country: 'TW', name: 'Taiwan' },
      { id: 'asia-northeast1', country: 'JP', name: 'Tokyo' },
      { id: 'asia-southeast1', country: 'SG', name: 'Singapore' },
      { id: 'australia-southeast1', country: 'AU', name: 'Sydney' },
      { id: 'southamerica-east1', country: 'BR', name: 'Sao Paulo' },
    ],
    sovereignVariants: gcpVariants,
    terraformProvider: 'hashicorp/google',
    notes:
      'US parent (Alphabet Inc.): EU regions give residency, not EU jurisdiction. Some resources (e.g. API Gateway) only exist in the google-beta provider.',
    sources: [
      docs(
        'Google Cloud geography and regions',
        'https://cloud.google.com/docs/geography-and-regions',
      ),
      terraformRegistry('hashicorp/google'),
      CLOUD_ACT,
    ],
  },
  {
    id: 'ionos',
    name: 'IONOS Cloud',
    kind: 'eu-cloud',
    headquarters: 'DE',
    nonEuLawReach: false,
    regions: [
      { id: 'de/fra', country: 'DE', name: 'Frankfurt' },
      { id: 'de/txl', country: 'DE', name: 'Berlin' },
      { id: 'de/fkb', country: 'DE', name: 'Karlsruhe' },
      { id: 'es/vit', country: 'ES', name: 'Logro\u00f1o' },
      { id: 'fr/par', country: 'FR', name: 'Paris' },
      { id: 'gb/lhr', country: 'GB', name: 'London' },
      { id: 'gb/bhx', country: 'GB', name: 'Worcester' },
      { id: 'us/las', country: 'US', name: 'Las Vegas' },
      { id: 'us/ewr', country: 'US', name: 'Newark' },
      { id: 'us/mci', country: 'US', name: 'Lenexa' },
    ],
    terraformProvider: 'ionos-cloud/ionoscloud',
    notes:
      'Part of IONOS Group SE (Montabaur, Germany; majority owner United Internet AG). Not every product is provisionable with Terraform (e.g. AI Model Hub), and API credentials for CI are created in the UI.',
    sources: [
      docs('IONOS Cloud documentation', 'https://docs.ionos.com/cloud'),
      terraformRegistry('ionos-cloud/ionoscloud'),
    ],
  },
  {
    id: 'stackit',
    name: 'STACKIT',
    kind: 'eu-cloud',
    headquarters: 'DE',
    nonEuLawReach: false,
    regions: [
      { id: 'eu01', country: 'DE', name: 'Germany' },
      { id: 'eu02', country: 'AT', name: 'Austria' },
    ],
    terraformProvider: 'stackitcloud/stackit',
    notes:
      'Cloud of the Schwarz Group (Neckarsulm, Germany). Several products (e.g. the container registry) are not in the Terraform provider.',
    sources: [
      docs('STACKIT documentation', 'https://docs.stackit.cloud/'),
      terraformRegistry('stackitcloud/stackit'),
    ],
  },
  {
    id: 'ovhcloud',
    name: 'OVHcloud',
    kind: 'eu-cloud',
    headquarters: 'FR',
    nonEuLawReach: false,
    regions: [
      { id: 'gra', country: 'FR', name: 'Gravelines' },
      { id: 'sbg', country: 'FR', name: 'Strasbourg' },
      { id: 'rbx', country: 'FR', name: 'Roubaix' },
      { id: 'eu-west-par', country: 'FR', name: 'Paris (3-AZ)' },
      { id: 'de1', country: 'DE', name: 'Frankfurt' },
      { id: 'lim', country: 'DE', name: 'Limburg' },
      { id: 'uk1', country: 'GB', name: 'London' },
      { id: 'waw1', country: 'PL', name: 'Warsaw' },
      { id: 'eu-south-mil', country: 'IT', name: 'Milan (3-AZ)' },
      { id: 'bhs', country: 'CA', name: 'Beauharnois' },
      { id: 'sgp1', country: 'SG', name: 'Singapore' },
      { id: 'syd1', country: 'AU', name: 'Sydney' },
    ],
    terraformProvider: 'ovh/ovh',
    notes:
      'French group (Roubaix). Public Cloud regions are often numbered per site (e.g. GRA9, SBG5); use the lower-case site prefix here. Its North American entities are separate subsidiaries.',
    sources: [
      docs(
        'OVHcloud Public Cloud',
        'https://www.ovhcloud.com/en/public-cloud/',
      ),
      docs('OVHcloud help centre', 'https://help.ovhcloud.com/'),
      terraformRegistry('ovh/ovh'),
    ],
  },
  {
    id: 'scaleway',
    name: 'Scaleway',
    kind: 'eu-cloud',
    headquarters: 'FR',
    nonEuLawReach: false,
    regions: [
      { id: 'fr-par', country: 'FR', name: 'Paris' },
      { id: 'nl-ams', country: 'NL', name: 'Amsterdam' },
      { id: 'pl-waw', country: 'PL', name: 'Warsaw' },
    ],
    terraformProvider: 'scaleway/scaleway',
    notes:
      'Cloud of the iliad group (Paris, France). Zones are suffixed (fr-par-1 ...); regions are listed here.',
    sources: [
      docs('Scaleway documentation', 'https://www.scaleway.com/en/docs/'),
      terraformRegistry('scaleway/scaleway'),
    ],
  },
  {
    id: 'otc',
    name: 'Open Telekom Cloud',
    kind: 'eu-cloud',
    headquarters: 'DE',
    nonEuLawReach: false,
    regions: [
      { id: 'eu-de', country: 'DE', name: 'Germany (Magdeburg/Biere)' },
      { id: 'eu-nl', country: 'NL', name: 'Netherlands (Amsterdam)' },
      { id: 'eu-ch2', country: 'CH', name: 'Swiss Open Telekom Cloud' },
    ],
    terraformProvider: 'opentelekomcloud/opentelekomcloud',
    notes:
      'Operated by T-Systems International (Deutsche Telekom AG, Bonn). The platform is built on technology licensed from Huawei, a supply-chain dependency to weigh separately from jurisdiction. Our service data for it is from Oct 2024 and may be stale.',
    sources: [
      docs(
        'Open Telekom Cloud documentation',
        'https://docs.otc.t-systems.com/',
      ),
      docs(
        'Open Telekom Cloud regions and endpoints',
        'https://docs.otc.t-systems.com/regions-and-endpoints/index.html',
      ),
      terraformRegistry('opentelekomcloud/opentelekomcloud'),
    ],
  },
  {
    id: 'hetzner',
    name: 'Hetzner Cloud',
    kind: 'eu-cloud',
    headquarters: 'DE',
    nonEuLawReach: false,
    regions: [
      { id: 'fsn1', country: 'DE', name: 'Falkenstein' },
      { id: 'nbg1', country: 'DE', name: 'Nuremberg' },
      { id: 'hel1', country: 'FI', name: 'Helsinki' },
      { id: 'ash', country: 'US', name: 'Ashburn, VA' },
      { id: 'hil', country: 'US', name: 'Hillsboro, OR' },
      { id: 'sin', country: 'SG', name: 'Singapore' },
    ],
    terraformProvider: 'hetznercloud/hcloud',
    notes:
      'Hetzner Online GmbH (Gunzenhausen, Germany). Mostly IaaS: servers, volumes, networks, load balancers, DNS, object storage; no managed Kubernetes or databases, so gap fillers carry most platform services.',
    sources: [
      docs('Hetzner Cloud documentation', 'https://docs.hetzner.com/cloud/'),
      terraformRegistry('hetznercloud/hcloud'),
    ],
  },
  {
    id: 'kubernetes',
    name: 'Self-operated Kubernetes (any conformant cluster)',
    kind: 'self-operated',
    nonEuLawReach: false,
    regions: [],
    terraformProvider: 'hashicorp/kubernetes',
    notes:
      'Any CNCF-conformant cluster the team (or an operator it contracts) runs: on-premises or on any provider. Jurisdiction follows where it runs, declared as `self-hosted:<country>`. Kubernetes releases about every four months, so self-operation is a standing cost.',
    sources: [KUBERNETES_DOCS, CNCF_CONFORMANCE, DOMAIN_REPORT],
  },
];
