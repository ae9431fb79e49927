import Typography from '@material-ui/core/Typography';
import { CodeSnippet } from '@backstage/core-components';

const EXAMPLE = `metadata:
  annotations:
    portolan.dev/services: azure:container-apps, azure:key-vault
    portolan.dev/hosting: azure:westeurope
    portolan.dev/data-classification: internal
    portolan.dev/criticality: important
    portolan.dev/target-providers: ionos, stackit
    portolan.dev/exit-plan: docs/exit-plan.md`;

/** What an entity without annotations should add, ready to copy. */
export function AnnotationHint() {
  return (
    <>
      <Typography variant="body2" paragraph>
        Nothing declared yet. Add the cloud services this entity uses and where
        it runs to its catalog-info.yaml:
      </Typography>
      <CodeSnippet text={EXAMPLE} language="yaml" showCopyCodeButton />
    </>
  );
}
