import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import type { Entity } from '@backstage/catalog-model';
import { sovereigntyApiRef } from '../api';
import { annotatedEntity, makeListItem } from '../__testUtils__/fixtures';
import { mockSovereigntyApi } from '../__testUtils__/mockApi';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import plugin, {
  sovereigntyEntityCard,
  sovereigntyEntityContent,
  sovereigntyPage,
  sovereigntyRollUpEntityCard,
  sovereigntyTeamsHomePageWidget,
} from './plugin';

const ofKind = (kind: string): Entity => ({
  ...annotatedEntity,
  kind,
});

describe('the new frontend system plugin', () => {
  it('is the sovereignty plugin with an API, a page, an entity card and an entity tab', () => {
    expect(plugin.id).toBe('sovereignty');
    for (const id of [
      'api:sovereignty',
      'page:sovereignty',
      'entity-card:sovereignty',
      'entity-content:sovereignty',
    ] as const) {
      expect(plugin.getExtension(id)).toBeDefined();
    }
    expect(plugin.routes.root).toBeDefined();
  });

  it('mounts the dashboard at /sovereignty', () => {
    const tester = createExtensionTester(sovereigntyPage);

    expect(tester.get(coreExtensionData.routePath)).toBe('/sovereignty');
  });

  it('shows card and tab on components, resources and systems only', () => {
    const card = createExtensionTester(sovereigntyEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    );
    const tab = createExtensionTester(sovereigntyEntityContent);
    const tabFilter = tab.get(EntityContentBlueprint.dataRefs.filterFunction);

    for (const kind of ['Component', 'Resource', 'System']) {
      expect(card?.(ofKind(kind))).toBe(true);
      expect(tabFilter?.(ofKind(kind))).toBe(true);
    }
    expect(card?.(ofKind('User'))).toBe(false);
    expect(tabFilter?.(ofKind('Group'))).toBe(false);
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Sovereignty');
  });

  it('renders the entity card through its extension', async () => {
    const tester = createExtensionTester(sovereigntyEntityCard, {
      apis: [[sovereigntyApiRef, mockSovereigntyApi()]],
    });

    await renderInTestApp(
      <EntityProvider entity={annotatedEntity}>
        {tester.reactElement()}
      </EntityProvider>,
      { apis: [[sovereigntyApiRef, mockSovereigntyApi()]] },
    );

    expect(await screen.findByTestId('sovereignty-score')).toBeInTheDocument();
  });

  it('renders the dashboard through its page extension', async () => {
    const api = mockSovereigntyApi({
      listAssessments: jest.fn(async () => ({
        items: [makeListItem()],
        totalItems: 1,
      })),
    });
    const tester = createExtensionTester(sovereigntyPage, {
      apis: [[sovereigntyApiRef, api]],
    });

    await renderInTestApp(tester.reactElement(), {
      apis: [[sovereigntyApiRef, api]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });

    expect(
      await screen.findByText('Assessed entities (1)'),
    ).toBeInTheDocument();
  });

  it('shows the roll-up card on groups and domains only', () => {
    const filter = createExtensionTester(sovereigntyRollUpEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    );
    expect(plugin.getExtension('entity-card:sovereignty/rollup')).toBeDefined();
    expect(filter?.(ofKind('Group'))).toBe(true);
    expect(filter?.(ofKind('Domain'))).toBe(true);
    for (const kind of ['Component', 'System', 'User']) {
      expect(filter?.(ofKind(kind))).toBe(false);
    }
  });

  it('offers the home page a widget "Your teams\' lock-in"', () => {
    expect(
      plugin.getExtension('home-page-widget:sovereignty/teams-lock-in'),
    ).toBeDefined();
    const widget = createExtensionTester(sovereigntyTeamsHomePageWidget).get(
      HomePageWidgetBlueprint.dataRefs.widget,
    );
    expect(widget.title).toBe("Your teams' lock-in");
    expect(widget.name).toBe('SovereigntyTeamsLockIn');
  });
});
