import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { sovereigntyApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { RollUpFigures } from './RollUpFigures';

/**
 * The lock-in of everything a Group owns (its child groups' entities too)
 * or a Domain holds (its systems and their parts), on that entity's page.
 */
export function EntitySovereigntyRollUpCard() {
  const { entity } = useEntity();
  const api = useApi(sovereigntyApiRef);
  const dashboard = useRouteRef(rootRouteRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getRollup(entityRef),
    [api, entityRef],
  );
  const isGroup = entity.kind.toLocaleLowerCase('en-US') === 'group';
  const title = isGroup ? "Team's lock-in" : "Domain's lock-in";

  if (loading) {
    return (
      <InfoCard title={title}>
        <Progress />
      </InfoCard>
    );
  }
  if (error || !value) {
    return (
      <InfoCard title={title}>
        <ResponseErrorPanel
          error={error ?? new Error('No roll-up available')}
          title="Could not load the roll-up"
        />
      </InfoCard>
    );
  }
  const includes = value.includes.length;
  return (
    <InfoCard
      title={title}
      subheader={
        isGroup
          ? `Entities it owns${
              includes > 0
                ? `, with ${includes} child ${
                    includes === 1 ? 'group' : 'groups'
                  }`
                : ''
            }`
          : `Its ${includes} ${
              includes === 1 ? 'system' : 'systems'
            } and their parts`
      }
      deepLink={{ title: 'Lock-in dashboard', link: dashboard() }}
    >
      {value.totalEntities === 0 ? (
        <Typography variant="body2" data-testid="rollup-empty">
          {isGroup
            ? 'This team owns no component, resource or system you can see.'
            : 'This domain has no system you can see.'}
        </Typography>
      ) : (
        <RollUpFigures rollup={value} />
      )}
    </InfoCard>
  );
}
