import type { Source } from './types';

/*
 * Sources that several modules cite. Keeping them here means a title or a
 * reference is spelled once, so the UI can group findings by source.
 *
 * Kind `regulation` is used for normative texts in general: laws (DORA, the
 * Data Act, the CLOUD Act) and the supervisory or certification catalogues
 * that auditors check against (EBA guidelines, BSI C5, BSI C3A).
 */

/** A provider's or project's documentation page. */
export const docs = (title: string, url: string): Source => ({
  kind: 'docs',
  title,
  url,
});

/** One Terraform resource type (with prefix) proves an offering exists. */
export const tf = (provider: string, resourceType: string): Source => ({
  kind: 'terraform',
  provider,
  resourceType,
});

/** One terraform source per resource type, for lists taken from `terraformResources`. */
export const tfAll = (provider: string, resourceTypes: string[]): Source[] =>
  resourceTypes.map(resourceType => tf(provider, resourceType));

/** The Terraform registry page of a provider: proves the provider itself. */
export const terraformRegistry = (address: string): Source =>
  docs(
    `Terraform registry: ${address}`,
    `https://registry.terraform.io/providers/${address}/latest/docs`,
  );

/**
 * The registry page of one Terraform resource or data source, `type` without
 * the provider prefix: it proves the type exists and documents what it
 * manages.
 */
export const terraformResourcePage = (
  address: string,
  type: string,
  kind: 'resources' | 'data-sources' = 'resources',
): Source =>
  docs(
    `Terraform registry: ${address} ${
      kind === 'resources' ? 'resource' : 'data source'
    } ${type}`,
    `https://registry.terraform.io/providers/${address}/latest/docs/${kind}/${type}`,
  );

// Reports and internal evidence ------------------------------------------

/** The published report behind domain.md section 1A; the IONOS overrides follow it row by row. */
export const AI_ASSISTANT_REPORT: Source = {
  kind: 'report',
  title: 'Migration report: AI assistant from Azure to IONOS (2026)',
};

/** Portolan's domain reference (frameworks, obligations, practitioner lessons). */
export const DOMAIN_REPORT: Source = {
  kind: 'report',
  title:
    'Portolan domain reference: digital sovereignty, lock-in and cloud exit',
};

/** The project's mapping table, compiled from each EU provider's Terraform provider (mid-2026). */
export const SERVICE_MAPPING_EVIDENCE: Source = {
  kind: 'report',
  title:
    'Service mapping evidence (mid-2026), compiled from the EU providers\u2019 Terraform providers',
};

/** Conference talks and operator blogs summarised in domain.md section 1C. */
export const PRACTITIONER_GUIDANCE: Source = {
  kind: 'report',
  title:
    'Practitioner guidance on sovereignty, exit strategy and portability (conference talks and operator blogs)',
};

export const EU_CLOUD_SOVEREIGNTY_FRAMEWORK: Source = {
  kind: 'report',
  title: 'European Commission Cloud Sovereignty Framework v1.2.1 (Oct 2025)',
  url: 'https://commission.europa.eu/document/09579818-64a6-4dd5-9577-446ab6219113_en',
};

// Law and normative catalogues --------------------------------------------

export const CLOUD_ACT: Source = {
  kind: 'regulation',
  title:
    'Clarifying Lawful Overseas Use of Data (CLOUD) Act: disclosure duty regardless of where data is stored',
  reference: '18 U.S.C. \u00a7 2713',
  url: 'https://www.law.cornell.edu/uscode/text/18/2713',
};

/** EUR-Lex pages by CELEX number: the consolidated text with every article. */
const eurLex = (celex: string) =>
  `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`;

const DORA_URL = eurLex('32022R2554');

/** DORA: exit strategies for ICT services supporting critical or important functions. */
export const DORA_ART_28_8: Source = {
  kind: 'regulation',
  title:
    'DORA: exit strategies, exit plans that are documented, tested and reviewed, alternatives and transition plans',
  reference: 'Regulation (EU) 2022/2554, Art. 28(8)',
  url: DORA_URL,
};

/** DORA: contracts for critical or important functions must contain exit strategies with a transition period. */
export const DORA_ART_30_3_F: Source = {
  kind: 'regulation',
  title:
    'DORA: contractual exit strategies with a mandatory adequate transition period',
  reference: 'Regulation (EU) 2022/2554, Art. 30(3)(f)',
  url: DORA_URL,
};

const DATA_ACT_URL = eurLex('32023R2854');

/** Data Act switching chapter as a whole (applies since 12 Sep 2025). */
export const DATA_ACT_SWITCHING: Source = {
  kind: 'regulation',
  title: 'EU Data Act: switching between data processing services',
  reference: 'Regulation (EU) 2023/2854, Art. 23-31',
  url: DATA_ACT_URL,
};

/** One specific provision of the Data Act switching chapter. */
export const dataAct = (article: string, title: string): Source => ({
  kind: 'regulation',
  title: `EU Data Act: ${title}`,
  reference: `Regulation (EU) 2023/2854, ${article}`,
  url: DATA_ACT_URL,
});

export const DATA_ACT_CONTRACT_TERMS = dataAct(
  'Art. 25(2)',
  'contract terms on switching: notice of at most 2 months, transition of at most 30 days, exportable data listed, retrieval period of at least 30 days, then erasure',
);
export const DATA_ACT_TRANSITION_EXTENSION = dataAct(
  'Art. 25(4)',
  'a provider that cannot meet the 30-day transition must justify it; the period may be extended to at most 7 months',
);
export const DATA_ACT_INFORMATION = dataAct(
  'Art. 26',
  'information the provider must give on switching procedures, data formats and interfaces',
);
export const DATA_ACT_INTERNATIONAL_ACCESS = dataAct(
  'Art. 28',
  'transparency on the jurisdiction of the infrastructure and on safeguards against non-EU governmental access',
);
export const DATA_ACT_CHARGES = dataAct(
  'Art. 29',
  'switching and egress charges at most at cost until 12 Jan 2027, abolished afterwards',
);
export const DATA_ACT_INTEROPERABILITY = dataAct(
  'Art. 30',
  'open interfaces and functional equivalence to make switching technically possible',
);

export const EBA_OUTSOURCING_EXIT: Source = {
  kind: 'regulation',
  title:
    'EBA Guidelines on outsourcing arrangements: exit strategies (planned and stressed exit, tested plans, success criteria, trigger indicators)',
  reference: 'EBA/GL/2019/02, Section 15',
  url: 'https://www.eba.europa.eu/activities/single-rulebook/regulatory-activities/internal-governance/guidelines-outsourcing-arrangements',
};

/** BSI's C5 catalogue page, where the PI (portability and interoperability) criteria are published. */
const BSI_C5_URL =
  'https://www.bsi.bund.de/EN/Themen/Unternehmen-und-Organisationen/Informationen-und-Empfehlungen/Empfehlungen-nach-Angriffszielen/Cloud-Computing/Kriterienkatalog-C5/kriterienkatalog-c5_node.html';
/** BSI's C3A framework page (criteria published 27 April 2026). */
const BSI_C3A_URL =
  'https://www.bsi.bund.de/EN/Themen/Unternehmen-und-Organisationen/Informationen-und-Empfehlungen/Empfehlungen-nach-Angriffszielen/Cloud-Computing/C3A/C3A_node.html';

export const BSI_C5_PI_01: Source = {
  kind: 'regulation',
  title:
    'BSI C5:2020 Portability and interoperability: documented, secure input and output interfaces',
  reference: 'BSI C5:2020, PI-01',
  url: BSI_C5_URL,
};
export const BSI_C5_PI_02: Source = {
  kind: 'regulation',
  title:
    'BSI C5:2020 Portability and interoperability: contractual agreements on data handover at contract end',
  reference: 'BSI C5:2020, PI-02',
  url: BSI_C5_URL,
};
export const BSI_C5_PI_03: Source = {
  kind: 'regulation',
  title:
    'BSI C5:2020 Portability and interoperability: secure deletion of data at contract end',
  reference: 'BSI C5:2020, PI-03',
  url: BSI_C5_URL,
};

/** BSI C3A reuses SOV-1..6 of the EU framework with concrete criteria. */
export const bsiC3a = (reference: string, title: string): Source => ({
  kind: 'regulation',
  title: `BSI C3A (2026): ${title}`,
  reference: `BSI C3A, ${reference}`,
  url: BSI_C3A_URL,
});

/** ISO/IEC 19941: the facets of cloud portability (data, application) and interoperability. */
export const ISO_IEC_19941: Source = {
  kind: 'regulation',
  title:
    'ISO/IEC 19941 Cloud computing: interoperability and portability (data and application portability facets)',
  reference: 'ISO/IEC 19941:2017',
  url: 'https://www.iso.org/standard/66639.html',
};

/** Gaia-X labels 1-3: criteria for portability, transparency and European control. */
export const GAIA_X_LABELS: Source = {
  kind: 'regulation',
  title:
    'Gaia-X Policy Rules and Labelling Document: labels 1-3 (portability, transparency, European control)',
  reference: 'Gaia-X PRLD 22.11',
  url: 'https://docs.gaia-x.eu/policy-rules-committee/policy-rules-labelling/22.11/',
};

// Project facts cited by several modules ------------------------------------

/** MinIO's community edition stopped shipping binaries (Oct 2025). */
export const MINIO_SOURCE_ONLY_ISSUE: Source = docs(
  'minio/minio#21647: community edition distributed as source only',
  'https://github.com/minio/minio/issues/21647',
);

/** The repository page shows it archived (read-only) and no longer maintained. */
export const MINIO_REPOSITORY_ARCHIVED: Source = docs(
  'minio/minio on GitHub: repository archived in February 2026, no longer maintained',
  'https://github.com/minio/minio',
);

export const KUBERNETES_DOCS: Source = docs(
  'Kubernetes documentation',
  'https://kubernetes.io/docs/home/',
);

export const CNCF_CONFORMANCE: Source = docs(
  'CNCF Certified Kubernetes conformance programme',
  'https://www.cncf.io/training/certification/software-conformance/',
);
