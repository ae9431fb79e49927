import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  createSovereigntyAssessor,
  readSovereigntySettings,
} from '@portolan/plugin-sovereignty-node';
import { createAssessAction } from './assess';

const CATALOG_INFO = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders-service
  description: Order intake for the shop
  annotations:
    portolan.dev/services: kubernetes:cloudnative-pg
    portolan.dev/hosting: stackit:eu01
    portolan.dev/exit-plan: docs/exit-plan.md
    portolan.dev/criticality: important
    backstage.io/kubernetes-id: orders-service
spec:
  type: service
  lifecycle: experimental
  owner: group:default/team-orders
  dependsOn:
    - resource:default/orders-bucket
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-bucket
  annotations:
    portolan.dev/services: stackit:object-storage
spec:
  type: s3-bucket
  owner: group:default/team-orders
`;

type Outputs = {
  score: number;
  grade: string;
  summary: string;
  findings: Array<{ severity: string; message: string }>;
};

describe('portolan:assess', () => {
  const workspace = createMockDirectory();
  const action = createAssessAction({
    clock: () => new Date('2026-01-15T09:30:00.000Z'),
  });

  beforeEach(() => workspace.clear());

  function context(path: string) {
    return createMockActionContext({
      input: { path },
      workspacePath: workspace.path,
    });
  }

  function outputsOf(ctx: ReturnType<typeof context>): Outputs {
    const output = ctx.output as jest.Mock;
    return Object.fromEntries(output.mock.calls) as Outputs;
  }

  it('assesses the generated catalog-info.yaml', async () => {
    workspace.setContent({ 'catalog-info.yaml': CATALOG_INFO });
    const ctx = context('catalog-info.yaml');

    await action.handler(ctx);

    const outputs = outputsOf(ctx);
    expect(typeof outputs.score).toBe('number');
    expect(outputs.score).toBeGreaterThanOrEqual(0);
    expect(outputs.score).toBeLessThanOrEqual(100);
    expect(Number.isInteger(outputs.score)).toBe(true);
    expect(outputs.grade).toMatch(/^[A-E]$/);
    expect(outputs.summary).toContain('orders-service');
    expect(outputs.summary).toBe(
      `orders-service: ${outputs.score}/100, grade ${outputs.grade}`,
    );
    expect(Array.isArray(outputs.findings)).toBe(true);
    expect(outputs.findings.length).toBeGreaterThan(0);
    for (const finding of outputs.findings) {
      expect(finding).toEqual({
        severity: expect.stringMatching(/^(blocker|warning|info|booster)$/),
        message: expect.any(String),
      });
    }
    expect(outputs.findings).toContainEqual({
      severity: 'booster',
      message: expect.stringContaining('Data stays in the EU'),
    });
  });

  it('scores a portable EU-hosted service better than an Azure one', async () => {
    workspace.setContent({
      'portable.yaml': CATALOG_INFO,
      'azure.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: azure-service
  annotations:
    portolan.dev/services: azure:key-vault, azure:cosmos-db
    portolan.dev/hosting: azure:eastus
spec:
  type: service
  lifecycle: experimental
  owner: team-orders
`,
    });
    const portable = context('portable.yaml');
    const azure = context('azure.yaml');

    await action.handler(portable);
    await action.handler(azure);

    expect(outputsOf(portable).score).toBeGreaterThan(outputsOf(azure).score);
    expect(outputsOf(azure).findings.map(f => f.message)).not.toContainEqual(
      expect.stringContaining('Data stays in the EU'),
    );
  });

  it("assesses with the portal's configured weights, as the backend does", async () => {
    workspace.setContent({ 'catalog-info.yaml': CATALOG_INFO });
    const configured = createAssessAction({
      clock: () => new Date('2026-01-15T09:30:00.000Z'),
      assessor: createSovereigntyAssessor(
        readSovereigntySettings(
          new ConfigReader({
            sovereignty: {
              weights: {
                technology: 0,
                strategic: 0,
                operational: 0,
                'supply-chain': 0,
                security: 0,
                data: 0,
              },
            },
          }),
        ),
      ),
    });
    const ctx = context('catalog-info.yaml');
    await configured.handler(ctx);
    const outputs = outputsOf(ctx) as Outputs & { report: string };
    // Only the legal dimension weighs, so the score is that dimension's.
    const legal = /Legal & jurisdiction \| (\d+) \|/.exec(outputs.report);
    expect(Number(legal?.[1])).toBe(outputs.score);
    const defaults = context('catalog-info.yaml');
    await action.handler(defaults);
    expect(outputsOf(defaults).score).not.toBe(outputs.score);
  });

  it('reads a catalog file in a subdirectory', async () => {
    workspace.setContent({ 'service/catalog-info.yaml': CATALOG_INFO });
    const ctx = context('service/catalog-info.yaml');

    await action.handler(ctx);

    expect(outputsOf(ctx).summary).toContain('orders-service');
  });

  it('fails with an InputError naming the path when the file is missing', async () => {
    workspace.setContent({ 'other.yaml': CATALOG_INFO });
    const ctx = context('deploy/catalog-info.yaml');

    const error = await action.handler(ctx).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('deploy/catalog-info.yaml');
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('fails with an InputError when the file holds no entity', async () => {
    workspace.setContent({ 'catalog-info.yaml': '# nothing here\n---\n' });
    const ctx = context('catalog-info.yaml');

    await expect(action.handler(ctx)).rejects.toThrow(
      /catalog-info\.yaml holds no catalog entity/,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('rejects a path that escapes the workspace', async () => {
    workspace.setContent({
      'workspace/catalog-info.yaml': CATALOG_INFO,
      'x.yaml': CATALOG_INFO,
    });
    const ctx = createMockActionContext({
      input: { path: '../x.yaml' },
      workspacePath: workspace.resolve('workspace'),
    });

    await expect(action.handler(ctx)).rejects.toThrow(
      /outside its parent|not allowed/i,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });
});
