import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import {
  componentEntityV1alpha1Validator,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  type Entity,
} from '@backstage/catalog-model';
import {
  createAssessor,
  knowledgeBase,
  type ChecklistItemState,
} from '@portolan/plugin-sovereignty-common';
import { parse, parseAllDocuments } from 'yaml';
import {
  customResourceProblems,
  isCustomResource,
} from './__testUtils__/customResources';
import { renderChart, type KubernetesObject } from './__testUtils__/helmChart';
import {
  startScaffolder,
  TEMPLATE_DIR,
  type DryRunResult,
} from './__testUtils__/scaffolderDryRun';
import {
  registeredTerraformTypes,
  parseHcl,
  TERRAFORM_PROVIDERS,
} from './__testUtils__/terraform';
import { kubernetesSchemaProblems } from './__testUtils__/validateKubernetes';

jest.setTimeout(120_000);

type Need = 'postgresql' | 'cache' | 'object-storage' | 'queue' | 'cron';
interface Case {
  provider: string;
  components: 'api' | 'api-worker';
  needs: Need[];
  dataClassification: string;
  criticality: string;
  ci: 'gitlab' | 'github';
}

/** Every provider, every need, both CI systems and all criticalities at least once. */
const CASES: Array<[string, Case]> = [
  [
    '1B: API and worker with PostgreSQL and cron jobs on STACKIT',
    {
      provider: 'stackit',
      components: 'api-worker',
      needs: ['postgresql', 'cron'],
      dataClassification: 'confidential',
      criticality: 'standard',
      ci: 'gitlab',
    },
  ],
  [
    'IONOS API with database, cache and object storage',
    {
      provider: 'ionos',
      components: 'api',
      needs: ['postgresql', 'cache', 'object-storage'],
      dataClassification: 'internal',
      criticality: 'important',
      ci: 'github',
    },
  ],
  [
    'OVHcloud worker service with cache, queue and cron jobs',
    {
      provider: 'ovhcloud',
      components: 'api-worker',
      needs: ['cache', 'queue', 'cron'],
      dataClassification: 'restricted',
      criticality: 'critical',
      ci: 'gitlab',
    },
  ],
  [
    'Scaleway API with object storage and queue',
    {
      provider: 'scaleway',
      components: 'api',
      needs: ['object-storage', 'queue'],
      dataClassification: 'public',
      criticality: 'standard',
      ci: 'github',
    },
  ],
  [
    'Open Telekom Cloud with everything',
    {
      provider: 'otc',
      components: 'api-worker',
      needs: ['postgresql', 'cache', 'object-storage', 'queue', 'cron'],
      dataClassification: 'confidential',
      criticality: 'important',
      ci: 'gitlab',
    },
  ],
  [
    'Hetzner with everything in the cluster',
    {
      provider: 'hetzner',
      components: 'api-worker',
      needs: ['postgresql', 'cache', 'object-storage', 'queue', 'cron'],
      dataClassification: 'internal',
      criticality: 'standard',
      ci: 'github',
    },
  ],
  [
    'any Kubernetes with database, cache and queue',
    {
      provider: 'kubernetes',
      components: 'api',
      needs: ['postgresql', 'cache', 'queue'],
      dataClassification: 'internal',
      criticality: 'standard',
      ci: 'gitlab',
    },
  ],
  [
    'STACKIT API with nothing else',
    {
      provider: 'stackit',
      components: 'api',
      needs: [],
      dataClassification: 'public',
      criticality: 'standard',
      ci: 'github',
    },
  ],
];

const ENVIRONMENTS = ['dev', 'staging', 'production'] as const;
const assess = createAssessor(knowledgeBase);
const NOW = '2026-07-01T00:00:00.000Z';

function yamlFiles(files: Map<string, string>): string[] {
  return [...files.keys()].filter(
    path => /\.ya?ml$/.test(path) && !path.startsWith('chart/templates/'),
  );
}

function terraformFiles(files: Map<string, string>): string[] {
  return [...files.keys()].filter(path => path.endsWith('.tf'));
}

function composeServices(result: DryRunResult): string[] {
  return Object.keys(parse(result.files.get('compose.yaml')!).services).sort();
}

/** What the chart runs or connects to: its components plus its backing services. */
function chartServices(files: Map<string, string>): string[] {
  const values = parse(files.get('chart/values.yaml')!);
  const services = Object.keys(values.components);
  if (values.postgresql.mode !== 'none') services.push('postgresql');
  if (values.cache.mode !== 'none') services.push('cache');
  if (values.queue.mode !== 'none') services.push('queue');
  if (values.objectStorage.enabled) services.push('object-storage');
  return services.sort();
}

describe('the Portable service template through the real scaffolder', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(async () => {
    await scaffolder?.stop();
  });

  describe.each(CASES)('%s', (_title, choice) => {
    let result: DryRunResult;
    let files: Map<string, string>;
    const name = `svc-${choice.provider}`;

    beforeAll(async () => {
      result = await scaffolder.dryRun({
        name,
        description: 'A generated test service',
        owner: 'group:default/team-test',
        system: 'test-system',
        ...choice,
        publishTo: 'local',
      });
      files = result.files;
    });

    it('generates only files that parse: YAML and HCL', async () => {
      for (const path of yamlFiles(files)) {
        for (const doc of parseAllDocuments(files.get(path)!)) {
          expect({ path, errors: doc.errors.map(e => e.message) }).toEqual({
            path,
            errors: [],
          });
        }
      }
      for (const path of terraformFiles(files)) {
        await expect(parseHcl(path, files.get(path)!)).resolves.toBeDefined();
      }
    });

    it('copies the Helm templates untouched by the scaffolder templating', async () => {
      const dir = join(TEMPLATE_DIR, 'skeleton/chart/templates');
      for (const file of await fs.readdir(dir)) {
        expect(files.get(`chart/templates/${file}`)).toBe(
          await fs.readFile(join(dir, file), 'utf8'),
        );
      }
    });

    it.each(ENVIRONMENTS)(
      'renders a chart for %s whose objects validate against Kubernetes schemas',
      env => {
        const objects = renderChart(files, env, name);
        const core = objects.filter(o => !isCustomResource(o));
        expect(kubernetesSchemaProblems(core)).toEqual([]);
        expect(
          objects.filter(isCustomResource).flatMap(customResourceProblems),
        ).toEqual([]);

        const kinds = (kind: string) => objects.filter(o => o.kind === kind);
        const components =
          choice.components === 'api' ? ['api'] : ['api', 'worker'];
        expect(kinds('Deployment').map(d => d.metadata.name)).toEqual(
          expect.arrayContaining(components.map(c => `${name}-${c}`)),
        );
        expect(kinds('HorizontalPodAutoscaler')).toHaveLength(
          components.length,
        );
        expect(kinds('PodDisruptionBudget')).toHaveLength(components.length);
        expect(kinds('Service').map(s => s.metadata.name)).toContain(
          `${name}-api`,
        );
        expect(kinds('HTTPRoute')).toHaveLength(1);
        expect(kinds('ServiceAccount')).toHaveLength(1);
        expect(kinds('SecretStore')).toHaveLength(1);
        expect(kinds('ExternalSecret')[0]).toMatchObject({
          spec: { dataFrom: [{ extract: { key: `${name}/${env}` } }] },
        });
        expect(kinds('CronJob')).toHaveLength(
          choice.needs.includes('cron') ? 2 : 0,
        );

        const denyAll = kinds('NetworkPolicy').find(
          p =>
            JSON.stringify((p as any).spec.podSelector) === '{}' &&
            !(p as any).spec.ingress &&
            !(p as any).spec.egress,
        ) as any;
        expect(denyAll?.spec.policyTypes).toEqual(['Ingress', 'Egress']);

        // Every container of the service: requests and limits, and the
        // restricted pod security profile.
        for (const workload of [
          ...kinds('Deployment'),
          ...kinds('CronJob'),
        ] as any[]) {
          const podSpec =
            workload.kind === 'CronJob'
              ? workload.spec.jobTemplate.spec.template.spec
              : workload.spec.template.spec;
          expect(podSpec.securityContext).toMatchObject({
            runAsNonRoot: true,
            seccompProfile: { type: 'RuntimeDefault' },
          });
          for (const container of podSpec.containers) {
            expect(container.resources).toMatchObject({
              requests: expect.any(Object),
              limits: expect.any(Object),
            });
            expect(container.securityContext).toMatchObject({
              allowPrivilegeEscalation: false,
              capabilities: { drop: ['ALL'] },
            });
          }
        }
        // Long-running containers also have probes.
        for (const deployment of kinds('Deployment') as any[]) {
          for (const container of deployment.spec.template.spec.containers) {
            expect(container.readinessProbe).toBeDefined();
            expect(container.livenessProbe).toBeDefined();
          }
        }
      },
    );

    it('writes OpenTofu only for a cloud provider', () => {
      expect(terraformFiles(files).sort()).toEqual(
        choice.provider === 'kubernetes'
          ? []
          : [
              'infra/main.tf',
              'infra/outputs.tf',
              'infra/variables.tf',
              'infra/versions.tf',
            ],
      );
    });

    // Any Kubernetes has no infra/ to check.
    if (choice.provider !== 'kubernetes') {
      it('writes OpenTofu with pinned providers, S3 state and only registered resource and data source types', async () => {
        const registeredResources = registeredTerraformTypes(
          choice.provider,
          'resource',
        );
        const registeredDataSources = registeredTerraformTypes(
          choice.provider,
          'data',
        );
        const hclByPath = new Map<string, Record<string, any>>();
        for (const path of terraformFiles(files)) {
          hclByPath.set(path, await parseHcl(path, files.get(path)!));
        }
        const usedResources = [...hclByPath.values()].flatMap(hcl =>
          Object.keys(hcl.resource ?? {}),
        );
        const usedDataSources = [...hclByPath.values()].flatMap(hcl =>
          Object.keys(hcl.data ?? {}),
        );

        const [terraform] = hclByPath.get('infra/versions.tf')!.terraform;
        const [providers] = terraform.required_providers;
        const [pin] = Object.values(providers) as Array<{
          source: string;
          version: string;
        }>;
        expect(pin.source).toBe(TERRAFORM_PROVIDERS[choice.provider].source);
        expect(pin.version).toMatch(/^(~> )?\d+\.\d+(\.\d+)?$/);
        expect(Object.keys(terraform.backend)).toEqual(['s3']);
        expect(
          Object.keys(hclByPath.get('infra/variables.tf')!.variable),
        ).toContain('name');
        expect(
          Object.keys(hclByPath.get('infra/outputs.tf')!.output ?? {}).length,
        ).toBeGreaterThan(0);
        expect(usedResources.length).toBeGreaterThan(0);
        expect(
          usedResources.filter(type => !registeredResources.has(type)),
        ).toEqual([]);
        expect(
          usedDataSources.filter(type => !registeredDataSources.has(type)),
        ).toEqual([]);
        expect(files.get('infra/state.s3.tfbackend')).toMatch(
          /endpoints\s*=\s*\{ s3 = "https:\/\//,
        );
      });
    }

    it('writes a valid catalog entry with the portolan annotations filled in', async () => {
      const entity = parse(files.get('catalog-info.yaml')!) as Entity;
      const policies = EntityPolicies.allOf([
        new SchemaValidEntityPolicy(),
        new NoForeignRootFieldsEntityPolicy(),
        new FieldFormatEntityPolicy(),
      ]);
      await expect(policies.enforce(entity)).resolves.toBeDefined();
      await expect(
        componentEntityV1alpha1Validator.check(entity),
      ).resolves.toBe(true);
      const annotations = entity.metadata.annotations!;
      expect(annotations['portolan.dev/criticality']).toBe(choice.criticality);
      expect(annotations['portolan.dev/data-classification']).toBe(
        choice.dataClassification,
      );
      expect(annotations['portolan.dev/exit-plan']).toBe('docs/exit-plan.md');
      expect(entity.spec).toMatchObject({
        owner: 'group:default/team-test',
        system: 'test-system',
      });
      const assessment = assess({ entity }, { now: NOW });
      expect(
        assessment.findings.filter(
          f => f.code === 'unknown-service' || f.severity === 'blocker',
        ),
      ).toEqual([]);
    });

    it('shows the assessment of what it generated on the final page', () => {
      const entity = parse(files.get('catalog-info.yaml')!) as Entity;
      const assessment = assess({ entity }, { now: NOW });
      const text = result.output.text![0].content;
      expect(text).toContain(
        `${name}: ${assessment.score}/100, grade ${assessment.grade}`,
      );
      // Day one: everything metadata can prove is proved. A standard service
      // is grade A at once; an important or critical one also needs what
      // only people can record (exit triggers, transition plan, exit test),
      // which a new service cannot truthfully claim; see the README.
      // A service without a data store cannot prove a data inventory by
      // metadata (the engine's "data-export-open-formats" check needs one).
      const hasDataStore = choice.needs.some(
        n => n === 'postgresql' || n === 'object-storage',
      );
      expect(
        assessment.checklist
          .filter(i => i.autoCheck && i.state !== 'done')
          .map(i => i.id),
      ).toEqual(hasDataStore ? [] : ['data-inventory-export']);
      const standard = choice.criticality === 'standard';
      expect(assessment.score).toBeGreaterThanOrEqual(standard ? 85 : 70);
      expect(assessment).toMatchObject(standard ? { grade: 'A' } : {});
    });

    it('reaches grade A once the team records the checklist items only people can prove', () => {
      const entity = parse(files.get('catalog-info.yaml')!) as Entity;
      const day1 = assess({ entity }, { now: NOW });
      const recorded: Record<string, ChecklistItemState> = {};
      for (const item of day1.checklist) {
        if (item.required && item.state !== 'done') {
          recorded[item.id] = {
            status: 'done',
            updatedBy: 'user:default/owner',
            updatedAt: NOW,
            version: 1,
          } as ChecklistItemState;
        }
      }
      const later = assess({ entity, checklistState: recorded }, { now: NOW });
      expect(later.score).toBeGreaterThanOrEqual(85);
      expect(later.grade).toBe('A');
    });

    it('has Compose services matching the chart', () => {
      expect(composeServices(result)).toEqual(chartServices(files));
    });

    it('writes the exit plan from the exit checklist, Argo CD per environment, CI and a README', () => {
      const plan = files.get('docs/exit-plan.md')!;
      for (const item of knowledgeBase.checklist)
        expect(plan).toContain(`## ${item.title}`);
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
      const ci =
        choice.ci === 'gitlab'
          ? files.get('.gitlab-ci.yml')
          : files.get('.github/workflows/ci.yaml');
      expect(ci).toMatch(/helm lint/);
      expect(ci).toMatch(/kubeconform/);
      expect(ci).toMatch(/build/);
      // Any Kubernetes has no infra/ to validate.
      expect(/tofu -chdir=infra validate/.test(ci!)).toBe(
        choice.provider !== 'kubernetes',
      );
      // The lock-in gate: the working tree against the first commit (day
      // one) with full history, failing on a lower grade; on a pull or merge
      // request the change is also posted as a comment.
      const portolan =
        choice.ci === 'gitlab' ? parse(ci!).portolan : parse(ci!).jobs.portolan;
      const steps: string[] =
        choice.ci === 'gitlab'
          ? portolan.script
          : portolan.steps.map((s: any) => s.run ?? '');
      expect(steps).toContainEqual(
        'npx --yes @portolan/cli@0 diff --base "$(git rev-list --max-parents=0 HEAD | tail -n 1)" --fail-on-grade-drop',
      );
      expect(steps.join('\n')).toMatch(
        new RegExp(`@portolan/cli@0 comment ${choice.ci} --base "\\$`),
      );
      expect(
        choice.ci === 'gitlab'
          ? { fullHistory: portolan.variables.GIT_DEPTH }
          : {
              fullHistory: portolan.steps[0].with['fetch-depth'],
              pullRequests: portolan.permissions['pull-requests'],
            },
      ).toEqual(
        choice.ci === 'gitlab'
          ? { fullHistory: '0' }
          : { fullHistory: 0, pullRequests: 'write' },
      );
      expect(files.get('README.md')).toContain(`# ${name}`);
      // Only Hetzner's README explains what the provider lacks.
      expect(
        /no managed Kubernetes, database or\s+container registry/.test(
          files.get('README.md')!,
        ),
      ).toBe(choice.provider === 'hetzner');
    });
  });

  it('gives the 1B team the services they planned, portable', async () => {
    const { files } = await scaffolder.dryRun({
      name: 'knowledge-api',
      owner: 'group:default/team-platform',
      provider: 'stackit',
      components: 'api-worker',
      needs: ['postgresql', 'cron'],
      dataClassification: 'confidential',
      criticality: 'important',
      ci: 'gitlab',
      publishTo: 'local',
    });
    const annotations = (parse(files.get('catalog-info.yaml')!) as Entity)
      .metadata.annotations!;
    expect(annotations['portolan.dev/services']).toMatch(
      /stackit:ske, stackit:container-registry, stackit:postgres-flex/,
    );
    const production = renderChart(files, 'production', 'knowledge-api');
    const hpas = production
      .filter(o => o.kind === 'HorizontalPodAutoscaler')
      .map(o => o.metadata.name);
    expect(hpas).toEqual(['knowledge-api-api', 'knowledge-api-worker']);
    expect(production.filter(o => o.kind === 'CronJob')).toHaveLength(2);
    expect(files.get('infra/main.tf')).toMatch(
      /resource "stackit_postgresflex_instance"/,
    );
    expect(files.has('compose.yaml')).toBe(true);
    expect(parse(files.get('compose.yaml')!).services.postgresql).toBeDefined();
  });
});
