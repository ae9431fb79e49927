import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { createMockDirectory } from '@backstage/backend-test-utils';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parse } from 'yaml';
import { exampleEntities } from '../__testUtils__/exampleCatalog';
import { TEMPLATE_DIR } from '../__testUtils__/scaffolderDryRun';
import {
  createExitSkeletonAction,
  DEFAULT_PLATFORMS_PATH,
} from './exitSkeleton';

const ENTITIES = exampleEntities('ai-assistant.yaml');
const HIDDEN = 'component:default/assistant-job-processor';

/**
 * The catalog as a permission policy makes it: an entity the caller may not
 * read is answered as missing, never named.
 */
function catalogHiding(hidden: string[]): CatalogService {
  const inner = catalogServiceMock({ entities: ENTITIES });
  const visible = (ref: string) => !hidden.includes(ref);
  return {
    ...inner,
    getEntityByRef: async (ref, options) =>
      visible(typeof ref === 'string' ? ref : stringifyEntityRef(ref))
        ? inner.getEntityByRef(ref, options)
        : undefined,
    getEntitiesByRefs: async (request, options) => {
      const { items } = await inner.getEntitiesByRefs(request, options);
      return {
        items: items.map(e =>
          e && visible(stringifyEntityRef(e)) ? e : undefined,
        ),
      };
    },
  } as CatalogService;
}

describe('portolan:exit-skeleton', () => {
  const workspace = createMockDirectory();
  let portableTemplate: string;

  beforeAll(async () => {
    portableTemplate = await fs.readFile(
      join(TEMPLATE_DIR, 'template.yaml'),
      'utf8',
    );
  });
  beforeEach(() => {
    workspace.clear();
    workspace.setContent({ [DEFAULT_PLATFORMS_PATH]: portableTemplate });
  });

  function run(catalog: CatalogService, input: Record<string, unknown>) {
    const ctx = createMockActionContext({
      input: input as any,
      workspacePath: workspace.path,
    });
    const action = createExitSkeletonAction({
      catalog,
      clock: () => new Date('2026-07-01T00:00:00Z'),
    });
    return { ctx, done: action.handler(ctx as any) };
  }

  async function workspaceFiles() {
    return (await fs.readdir(workspace.path, { recursive: true })).sort();
  }

  it('plans a component the user may read and writes its migrated entity', async () => {
    const { ctx, done } = run(catalogHiding([]), {
      entityRef: 'component:default/assistant-mcp-server',
      target: 'ionos',
    });
    await done;
    const entity = parse(
      await fs.readFile(join(workspace.path, 'catalog-info.yaml'), 'utf8'),
    ) as Entity;
    expect(entity.kind).toBe('Component');
    expect(entity.metadata.name).toBe('assistant-mcp-server-ionos');
    expect(entity.metadata.annotations!['portolan.dev/services']).toMatch(
      /ionos:managed-kubernetes/,
    );
    const outputs = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    expect(outputs.entityRef).toBe(
      'component:default/assistant-mcp-server-ionos',
    );
    expect(outputs.values.components).toEqual(['assistant-mcp-server']);
    // The Portable template's table was read and is not published.
    expect(await workspaceFiles()).toEqual([
      'catalog-info.yaml',
      'docs',
      'docs/exit-plan.md',
    ]);
  });

  it('names an unknown entity and writes nothing', async () => {
    const { done } = run(catalogHiding([]), {
      entityRef: 'system:default/no-such-system',
      target: 'ionos',
    });
    await expect(done).rejects.toThrow(
      'No system:default/no-such-system in the catalog, or you may not read it',
    );
    expect(await workspaceFiles()).toEqual([DEFAULT_PLATFORMS_PATH]);
  });

  it('answers an entity the user may not read exactly like a missing one', async () => {
    const { done } = run(catalogHiding([HIDDEN]), {
      entityRef: HIDDEN,
      target: 'stackit',
    });
    await expect(done).rejects.toThrow(
      `No ${HIDDEN} in the catalog, or you may not read it`,
    );
  });

  it('says so when the catalog refuses the read outright', async () => {
    const catalog = {
      ...catalogServiceMock({ entities: ENTITIES }),
      getEntityByRef: async (
        _ref: unknown,
        _o: { credentials: BackstageCredentials },
      ) => {
        throw new NotAllowedError('denied');
      },
    } as unknown as CatalogService;
    const { done } = run(catalog, {
      entityRef: 'system:default/ai-assistant',
      target: 'ionos',
    });
    await expect(done).rejects.toThrow(
      'You may not read system:default/ai-assistant in the catalog, so it cannot be planned',
    );
  });

  it('lists the targets when the target is unknown', async () => {
    const { done } = run(catalogHiding([]), {
      entityRef: 'system:default/ai-assistant',
      target: 'azure',
    });
    await expect(done).rejects.toThrow(
      'Unknown target provider "azure": choose one of ionos, stackit, ovhcloud, scaleway, otc, hetzner, kubernetes',
    );
    expect(await workspaceFiles()).toEqual([DEFAULT_PLATFORMS_PATH]);
  });

  it('refuses kinds other than Component and System, and malformed refs', async () => {
    await expect(
      run(catalogHiding([]), {
        entityRef: 'resource:default/assistant-key-vault',
        target: 'ionos',
      }).done,
    ).rejects.toThrow(
      'resource:default/assistant-key-vault is a resource: only a Component or a System can be planned',
    );
    await expect(
      run(catalogHiding([]), {
        entityRef: 'component:default/',
        target: 'ionos',
      }).done,
    ).rejects.toThrow('is not an entity ref');
  });

  it('refuses a name the catalog would reject', async () => {
    await expect(
      run(catalogHiding([]), {
        entityRef: 'system:default/ai-assistant',
        target: 'ionos',
        name: 'Not A Name',
      }).done,
    ).rejects.toThrow('"Not A Name" is no entity name');
  });

  it('needs the Portable service template in the workspace', async () => {
    workspace.clear();
    await expect(
      run(catalogHiding([]), {
        entityRef: 'system:default/ai-assistant',
        target: 'ionos',
      }).done,
    ).rejects.toThrow(
      `No ${DEFAULT_PLATFORMS_PATH} in the workspace: fetch the Portable service template's template.yaml there first`,
    );
  });
});
