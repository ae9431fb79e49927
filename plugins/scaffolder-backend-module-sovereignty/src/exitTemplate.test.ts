import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import {
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  systemEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';
import {
  createAssessor,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { parse, parseAllDocuments } from 'yaml';
import {
  customResourceProblems,
  isCustomResource,
} from './__testUtils__/customResources';
import { exampleEntities } from './__testUtils__/exampleCatalog';
import { renderChart, type KubernetesObject } from './__testUtils__/helmChart';
import {
  startScaffolder,
  TEMPLATE_DIR,
  TEMPLATES_DIR,
  type DryRunResult,
} from './__testUtils__/scaffolderDryRun';
import {
  parseHcl,
  registeredTerraformTypes,
  TERRAFORM_PROVIDERS,
} from './__testUtils__/terraform';
import { kubernetesSchemaProblems } from './__testUtils__/validateKubernetes';

jest.setTimeout(120_000);

const ENVIRONMENTS = ['dev', 'staging', 'production'] as const;
const assess = createAssessor(knowledgeBase);

/** The Portable service template's platform of each target, read from its template.yaml. */
function portablePlatform(template: any, target: string) {
  const step = template.spec.steps.find((s: any) => s.input?.values?.platforms);
  return step.input.values.platforms[target];
}

/** A SecretStore that signs in with user and password (a managed Vault-compatible store): the fields the vault provider needs. */
function userPassStoreProblems(store: any): string[] {
  const vault = store.spec?.provider?.vault ?? {};
  const auth = vault.auth?.userPass ?? {};
  return [
    ['server', vault.server],
    ['path', vault.path],
    ['auth.userPass.path', auth.path],
    ['auth.userPass.username', auth.username],
    ['auth.userPass.secretRef.name', auth.secretRef?.name],
  ]
    .filter(([, value]) => !value)
    .map(([field]) => `${store.metadata.name}: ${field} missing`);
}

const CASES = [
  { target: 'ionos', ci: 'gitlab', tofu: 'ionos' },
  { target: 'stackit', ci: 'github', tofu: 'stackit' },
] as const;

describe('the Exit to a provider template through the real scaffolder', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  let portable: any;
  beforeAll(async () => {
    scaffolder = await startScaffolder({
      templateFile: join(TEMPLATES_DIR, 'exit-to-provider.yaml'),
      entities: exampleEntities('ai-assistant.yaml'),
    });
    portable = parse(
      await fs.readFile(join(TEMPLATE_DIR, 'template.yaml'), 'utf8'),
    );
  });
  afterAll(async () => {
    await scaffolder?.stop();
  });

  describe.each(CASES)('the AI assistant to $target', ({ target, ci }) => {
    let result: DryRunResult;
    let files: Map<string, string>;
    const name = `ai-assistant-${target}`;

    beforeAll(async () => {
      result = await scaffolder.dryRun({
        entity: 'system:default/ai-assistant',
        target,
        ci,
        publishTo: 'local',
      });
      files = result.files;
    });

    it('generates only files that parse, and nothing of its own workings', async () => {
      expect(files.has('.portable-service-template.yaml')).toBe(false);
      const yamlFiles = [...files.keys()].filter(
        path => /\.ya?ml$/.test(path) && !path.startsWith('chart/templates/'),
      );
      const problems = yamlFiles.flatMap(path =>
        parseAllDocuments(files.get(path)!).flatMap(doc =>
          doc.errors.map(e => `${path}: ${e.message}`),
        ),
      );
      expect(problems).toEqual([]);
      const tfFiles = [...files.keys()].filter(path => path.endsWith('.tf'));
      await Promise.all(
        tfFiles.map(path =>
          expect(parseHcl(path, files.get(path)!)).resolves.toBeDefined(),
        ),
      );
    });

    it.each(ENVIRONMENTS)(
      'renders the gap-filler chart for %s into objects that validate',
      env => {
        const objects = renderChart(files, env, name);
        const stores = objects.filter(o => o.kind === 'SecretStore') as any[];
        const userPass = stores.filter(
          s => s.spec.provider.vault.auth.userPass,
        );
        const checked = objects.filter(o => !userPass.includes(o));
        expect(
          kubernetesSchemaProblems(checked.filter(o => !isCustomResource(o))),
        ).toEqual([]);
        expect(
          checked.filter(isCustomResource).flatMap(customResourceProblems),
        ).toEqual([]);
        expect(userPass.flatMap(userPassStoreProblems)).toEqual([]);

        const kinds = (kind: string) => objects.filter(o => o.kind === kind);
        const components = [
          'assistant-chat-ui',
          'assistant-job-processor',
          'assistant-mcp-server',
        ];
        // Key Vault moves at both targets: each component reads its secrets.
        expect(kinds('ExternalSecret').map(o => o.metadata.name)).toEqual(
          components,
        );
        expect(kinds('ExternalSecret')[0]).toMatchObject({
          spec: {
            dataFrom: [{ extract: { key: `assistant-chat-ui/${env}` } }],
          },
        });
        // Table Storage becomes a Redis-compatible store with a volume.
        const [store] = kinds('StatefulSet') as any[];
        expect(store.spec.template.spec.containers[0].image).toMatch(/valkey/);
        expect(store.spec.volumeClaimTemplates).toHaveLength(1);
        expect(
          kinds('NetworkPolicy').some(
            (p: any) =>
              JSON.stringify(p.spec.podSelector) === '{}' &&
              !p.spec.ingress &&
              !p.spec.egress,
          ),
        ).toBe(true);
        for (const workload of kinds('StatefulSet') as any[]) {
          const pod = workload.spec.template.spec;
          expect(pod.securityContext).toMatchObject({
            runAsNonRoot: true,
            seccompProfile: { type: 'RuntimeDefault' },
          });
          for (const container of pod.containers) {
            expect(container.resources.limits).toBeDefined();
            expect(container.readinessProbe).toBeDefined();
            expect(container.securityContext.capabilities.drop).toEqual([
              'ALL',
            ]);
          }
        }
      },
    );

    it("writes OpenTofu from the Portable service template's skeleton, with only registered types", async () => {
      const tfFiles = [...files.keys()].filter(p => p.endsWith('.tf')).sort();
      expect(tfFiles).toEqual([
        'infra/main.tf',
        'infra/outputs.tf',
        'infra/variables.tf',
        'infra/versions.tf',
      ]);
      const resources = registeredTerraformTypes(target, 'resource');
      const dataSources = registeredTerraformTypes(target, 'data');
      const used: string[] = [];
      const usedData: string[] = [];
      for (const path of tfFiles) {
        const hcl = await parseHcl(path, files.get(path)!);
        used.push(...Object.keys(hcl.resource ?? {}));
        usedData.push(...Object.keys(hcl.data ?? {}));
      }
      const [terraform] = (
        await parseHcl('infra/versions.tf', files.get('infra/versions.tf')!)
      ).terraform;
      const [pin] = Object.values(terraform.required_providers[0]) as Array<{
        source: string;
      }>;
      expect(pin.source).toBe(TERRAFORM_PROVIDERS[target].source);
      expect(Object.keys(terraform.backend)).toEqual(['s3']);
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter(type => !resources.has(type))).toEqual([]);
      expect(usedData.filter(type => !dataSources.has(type))).toEqual([]);
      // Blob Storage moves to the target's object storage: the skeleton's bucket.
      expect(files.get('infra/main.tf')).toMatch(
        target === 'ionos'
          ? /resource "ionoscloud_s3_bucket"/
          : /resource "stackit_objectstorage_bucket"/,
      );
      expect(files.get('infra/state.s3.tfbackend')).toContain(
        portablePlatform(portable, target).stateEndpoint,
      );
    });

    it('writes Argo CD Applications for the chart and the gap fillers', () => {
      for (const env of ENVIRONMENTS) {
        const app = parse(
          files.get(`deploy/argocd/${env}.yaml`)!,
        ) as KubernetesObject;
        expect(customResourceProblems(app)).toEqual([]);
        expect((app as any).spec.source.helm.valueFiles).toEqual([
          'values.yaml',
          `values-${env}.yaml`,
        ]);
      }
      const external = parse(files.get('deploy/argocd/external-secrets.yaml')!);
      expect(external.spec.source).toMatchObject({
        repoURL: 'https://charts.external-secrets.io',
        chart: 'external-secrets',
      });
      // IONOS has no secrets service: OpenBao runs in the cluster. STACKIT
      // has its Secrets Manager, so no OpenBao is generated.
      expect(files.has('deploy/argocd/openbao.yaml')).toBe(target === 'ionos');
    });

    it('reuses the Portable service pipeline unchanged', () => {
      const pipeline =
        ci === 'gitlab'
          ? files.get('.gitlab-ci.yml')
          : files.get('.github/workflows/ci.yaml');
      expect(pipeline).toMatch(/helm lint chart -f chart\/values-\$env.yaml/);
      expect(pipeline).toMatch(/tofu -chdir=infra validate/);
    });

    it('writes the migrated entity: valid, with its target services, and grade A or B', async () => {
      const entity = parse(files.get('catalog-info.yaml')!) as Entity;
      await expect(
        EntityPolicies.allOf([
          new SchemaValidEntityPolicy(),
          new NoForeignRootFieldsEntityPolicy(),
          new FieldFormatEntityPolicy(),
        ]).enforce(entity),
      ).resolves.toBeDefined();
      await expect(systemEntityV1alpha1Validator.check(entity)).resolves.toBe(
        true,
      );
      expect(entity.metadata.name).toBe(name);
      const annotations = entity.metadata.annotations!;
      const platform = portablePlatform(portable, target);
      const services = annotations['portolan.dev/services'].split(', ');
      expect(services).toEqual(
        expect.arrayContaining([
          platform.cluster,
          platform.registry,
          platform.objectStorage,
          'kubernetes:valkey',
        ]),
      );
      expect(
        services.filter(s => s.startsWith('azure:') && s !== 'azure:entra-id'),
      ).toEqual([]);
      // The workloads run on the cluster infra/ provisions, whatever runtime
      // the mapping names (Cloud Foundry at STACKIT).
      expect(services).not.toContain('stackit:cloud-foundry');
      expect(annotations['portolan.dev/hosting']).toMatch(
        new RegExp(`^${target}:`),
      );
      expect(annotations['portolan.dev/target-providers']).toBe(
        platform.exitTargets,
      );
      expect(annotations['portolan.dev/accepted-dependencies']).toMatch(
        /^azure:entra-id: /,
      );
      expect(annotations['backstage.io/source-location']).toBeUndefined();

      const assessment = assess({ entity }, { now: new Date().toISOString() });
      expect(
        assessment.findings.filter(f => f.code === 'unknown-service'),
      ).toEqual([]);
      // An important function on day one of its exit: Entra ID kept on
      // purpose (Keycloak would be a re-architecture, users cannot be
      // exported), a self-run LLM on the own-Kubernetes exit target, and the
      // checklist items only people can record still open: B, not A.
      expect(['A', 'B']).toContain(assessment.grade);
      // The last page shows that assessment with its reasons.
      const report = result.output.text!.find(t =>
        t.content.includes(`${name}: ${assessment.score}/100`),
      );
      expect(report?.content).toContain(`grade ${assessment.grade}`);
      expect(report?.content).toContain('Top findings:');
    });

    it('writes the exit plan with the mapping table and where each service is set up', () => {
      const plan = files.get('docs/exit-plan.md')!;
      expect(plan).toContain('# Exit plan: system:default/ai-assistant to');
      expect(plan).toContain('## Mapping');
      expect(plan).toMatch(/\| [^|]*\(`azure:key-vault`\) \| Secrets/);
      expect(plan).toContain('## This repository');
      expect(plan).toMatch(/\| kubernetes:valkey \| `chart\/`/);
      // STACKIT's registry has no OpenTofu resource; the plan says so, not infra/.
      expect(plan).toMatch(
        target === 'stackit'
          ? /\| stackit:container-registry \| no OpenTofu resource exists for it/
          : /\| ionos:container-registry \| `infra\/`/,
      );
      expect(files.get('README.md')).toContain(`# ${name}`);
    });

    it('ends with the migrated entity registered and links to its page and Sovereignty tab', () => {
      const links = result.output.links as Array<{
        title: string;
        url?: string;
        entityRef?: string;
      }>;
      expect(links).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ entityRef: `system:default/${name}` }),
          expect.objectContaining({
            url: `/catalog/default/system/${name}/sovereignty`,
          }),
        ]),
      );
      expect(result.steps.map(s => s.id)).toContain('register-local');
    });
  });

  it('refuses an entity the catalog does not have, naming it', async () => {
    await expect(
      scaffolder.dryRun({
        entity: 'component:default/no-such-service',
        target: 'ionos',
        ci: 'gitlab',
        publishTo: 'local',
      }),
    ).rejects.toThrow(
      /No component:default\/no-such-service in the catalog, or you may not read it/,
    );
  });
});
