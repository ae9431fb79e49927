import type { ChecklistItemDefinition } from './types';
import {
  BSI_C5_PI_01,
  BSI_C5_PI_02,
  BSI_C5_PI_03,
  DATA_ACT_CHARGES,
  DATA_ACT_CONTRACT_TERMS,
  DATA_ACT_INFORMATION,
  DATA_ACT_INTERNATIONAL_ACCESS,
  DATA_ACT_INTEROPERABILITY,
  DATA_ACT_SWITCHING,
  DATA_ACT_TRANSITION_EXTENSION,
  DOMAIN_REPORT,
  DORA_ART_28_8,
  DORA_ART_30_3_F,
  EBA_OUTSOURCING_EXIT,
  EU_CLOUD_SOVEREIGNTY_FRAMEWORK,
  GAIA_X_LABELS,
  ISO_IEC_19941,
  PRACTITIONER_GUIDANCE,
  bsiC3a,
} from './sources';

/*
 * Exit-strategy items, one set per component. Ids are database keys: never
 * rename one, add a new id instead. `requiredFrom: 'important'` marks
 * obligations that DORA and the EBA guidelines attach to critical or
 * important functions; the rest is good practice (or Data Act rights) for
 * every component.
 */

const YEARLY = 365;

/**
 * The item whose completion means the exit was rehearsed: the dashboard and
 * the roll-ups count entities with it done as exit-tested.
 */
export const EXIT_TEST_ITEM_ID = 'exit-test';

export const checklist: ChecklistItemDefinition[] = [
  {
    id: 'criticality-rto-rpo',
    title: 'Criticality and business impact are declared',
    description:
      'State whether the component supports a critical or important function and record its recovery time and recovery point objectives, so the depth of the exit plan matches the impact.',
    autoCheck: 'criticality-declared',
    dimension: 'strategic',
    sources: [DORA_ART_28_8, EBA_OUTSOURCING_EXIT],
  },
  {
    id: 'data-classification',
    title: 'Data classification is declared',
    description:
      'Record the highest classification of data the component processes; it decides which jurisdictions and providers are acceptable.',
    autoCheck: 'data-classification-declared',
    dimension: 'data',
    sources: [EU_CLOUD_SOVEREIGNTY_FRAMEWORK, DOMAIN_REPORT],
  },
  {
    id: 'exit-plan-documented',
    title: 'Exit plan is documented and linked',
    description:
      'A written exit plan exists, is linked from the catalog (portolan.dev/exit-plan) and is reviewed at least yearly.',
    requiredFrom: 'important',
    autoCheck: 'exit-plan-linked',
    retestIntervalDays: YEARLY,
    dimension: 'strategic',
    sources: [DORA_ART_28_8, EBA_OUTSOURCING_EXIT],
  },
  {
    id: 'exit-triggers',
    title: 'Exit triggers are defined for planned and emergency exit',
    description:
      'Name the events and indicators that start an exit: provider failure, degraded quality, disruption, material risk, contract termination, change of control; distinguish a planned exit from a stressed one.',
    requiredFrom: 'important',
    dimension: 'strategic',
    sources: [DORA_ART_28_8, EBA_OUTSOURCING_EXIT, PRACTITIONER_GUIDANCE],
  },
  {
    id: 'alternatives-per-service',
    title: 'An alternative is named for every service',
    description:
      'For each cloud service used, name the replacement (a managed equivalent or a gap filler) and its fit.',
    autoCheck: 'alternatives-identified',
    dimension: 'operational',
    sources: [DORA_ART_28_8, EBA_OUTSOURCING_EXIT],
  },
  {
    id: 'transition-plan',
    title: 'Transition plan with owner, budget, timeline and success criteria',
    description:
      'Describe how services and data move to the alternative or back in-house: who owns it, what it costs, how long it takes, and which measurable criteria declare it done.',
    requiredFrom: 'important',
    dimension: 'operational',
    sources: [DORA_ART_28_8, EBA_OUTSOURCING_EXIT],
  },
  {
    id: 'data-inventory-export',
    title: 'Data inventory with open export formats, volumes and egress cost',
    description:
      'List the data the component keeps at the provider, its volume, the open format and interface it can be exported in, and what egress costs; the contract should list the same exportable data.',
    autoCheck: 'data-export-open-formats',
    dimension: 'data',
    sources: [
      DATA_ACT_CONTRACT_TERMS,
      DATA_ACT_INFORMATION,
      BSI_C5_PI_01,
      BSI_C5_PI_02,
      DATA_ACT_CHARGES,
      ISO_IEC_19941,
    ],
  },
  {
    id: EXIT_TEST_ITEM_ID,
    title: 'Exit tested: export restored into the target',
    description:
      'Export the data, restore it into the target and run the component there; record date, result and gaps found. Repeat yearly.',
    requiredFrom: 'important',
    retestIntervalDays: YEARLY,
    dimension: 'operational',
    sources: [DORA_ART_28_8, EBA_OUTSOURCING_EXIT, PRACTITIONER_GUIDANCE],
  },
  {
    id: 'disconnect-test',
    title: 'Disconnect from non-EU services tested',
    description:
      'Show that the component keeps running when non-EU dependencies (control planes, licence servers, telemetry endpoints) are cut, and that it reconnects cleanly afterwards.',
    requiredFrom: 'critical',
    retestIntervalDays: YEARLY,
    dimension: 'operational',
    sources: [
      bsiC3a(
        'SOV-4',
        'tested disconnection from and reconnection to non-EU services',
      ),
    ],
  },
  {
    id: 'portable-runtime',
    title: 'Runs on a portable runtime',
    description:
      'The component runs as OCI containers on Kubernetes or another runtime available at several providers, not on a provider-only platform.',
    autoCheck: 'portable-runtime',
    dimension: 'technology',
    sources: [PRACTITIONER_GUIDANCE, DATA_ACT_INTEROPERABILITY, ISO_IEC_19941],
  },
  {
    id: 'portable-iac',
    title: 'Provider-agnostic infrastructure as code',
    description:
      'Deployments are described with Helm charts and OpenTofu/Terraform modules that isolate provider-specific resources, so a new target means new modules, not a rewrite.',
    autoCheck: 'portable-iac',
    dimension: 'technology',
    sources: [PRACTITIONER_GUIDANCE, BSI_C5_PI_01],
  },
  {
    id: 'registry-control',
    title: 'Images and artefacts in a registry you control',
    description:
      'Container images and build artefacts are mirrored to a registry the team controls (or can move without rebuilding), so deployments keep working during a switch.',
    autoCheck: 'registry-under-control',
    dimension: 'supply-chain',
    sources: [PRACTITIONER_GUIDANCE],
  },
  {
    id: 'customer-held-keys',
    title: 'Encryption keys held by the customer and exportable',
    description:
      'Data is encrypted with keys the organisation holds outside the provider (external key management or bring-your-own-key with a copy you keep).',
    autoCheck: 'customer-managed-keys',
    dimension: 'security',
    sources: [
      bsiC3a(
        'external key management',
        'keys managed outside the provider under customer control',
      ),
      EU_CLOUD_SOVEREIGNTY_FRAMEWORK,
    ],
  },
  {
    id: 'identity-decoupled',
    title: 'Identity decoupled via an IdP you control',
    description:
      'Users and services authenticate over OIDC or SAML against an identity provider the organisation controls or can replace, not against provider-only identity APIs.',
    autoCheck: 'identity-open-standard',
    dimension: 'technology',
    sources: [PRACTITIONER_GUIDANCE, DOMAIN_REPORT],
  },
  {
    id: 'contract-exit-clauses',
    title: 'Contract exit clauses in place',
    description:
      'The contract covers notice (at most 2 months), a transition period (30 days, at most 7 months if justified), data retrieval (at least 30 days), exit assistance, an erasure certificate, audit rights and notice of a change of control.',
    dimension: 'legal',
    retestIntervalDays: YEARLY,
    sources: [
      DATA_ACT_SWITCHING,
      DATA_ACT_CONTRACT_TERMS,
      DATA_ACT_TRANSITION_EXTENSION,
      DORA_ART_30_3_F,
      BSI_C5_PI_02,
    ],
  },
  {
    id: 'data-erasure',
    title: 'Erasure at contract end is agreed and evidenced',
    description:
      'After retrieval the provider deletes all exportable data and confirms it; the confirmation is filed with the exit plan.',
    dimension: 'data',
    sources: [DATA_ACT_CONTRACT_TERMS, BSI_C5_PI_03],
  },
  {
    id: 'switching-charges',
    title: 'Switching and egress charges are known',
    description:
      'Record what leaving costs today; until 12 Jan 2027 providers may only charge switching and egress at cost, afterwards not at all.',
    dimension: 'legal',
    sources: [DATA_ACT_CHARGES],
  },
  {
    id: 'eu-jurisdiction-hosting',
    title: 'Hosted under EU jurisdiction',
    description:
      'The component runs at a provider whose ultimate parent is not subject to non-EU disclosure laws, in an EU region, or the exposure is accepted and documented.',
    autoCheck: 'eu-jurisdiction',
    dimension: 'legal',
    sources: [
      DATA_ACT_INTERNATIONAL_ACCESS,
      EU_CLOUD_SOVEREIGNTY_FRAMEWORK,
      GAIA_X_LABELS,
    ],
  },
  {
    id: 'subcontractors-sbom',
    title: 'Subcontractors, their jurisdictions and an SBOM are disclosed',
    description:
      'Know the provider\u2019s subcontractors and where they are based, and keep an SBOM of the component with the country of origin of key parts.',
    dimension: 'supply-chain',
    sources: [
      bsiC3a('SOV-5', 'SBOM with country of origin'),
      DATA_ACT_INTERNATIONAL_ACCESS,
      EU_CLOUD_SOVEREIGNTY_FRAMEWORK,
    ],
  },
  {
    id: 'continuity-during-switch',
    title: 'Continuity during the switch is planned',
    description:
      'Describe how the service stays available during migration (parallel run, data sync, cut-over and rollback), so clients see no disruption.',
    requiredFrom: 'important',
    dimension: 'operational',
    sources: [DORA_ART_28_8, DATA_ACT_CONTRACT_TERMS, EBA_OUTSOURCING_EXIT],
  },
  {
    id: 'next-review',
    title: 'Next review date is set',
    description:
      'Set the date the exit plan and accepted dependencies are reviewed next; re-confirm at least once a year.',
    retestIntervalDays: YEARLY,
    dimension: 'strategic',
    sources: [DORA_ART_28_8, EBA_OUTSOURCING_EXIT],
  },
];
