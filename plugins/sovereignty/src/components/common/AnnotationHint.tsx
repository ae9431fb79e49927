import Typography from '@material-ui/core/Typography';
import {
  CodeSnippet,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { annotationSnippet } from './annotationSnippet';
import { useKnowledgeBase } from './useKnowledgeBase';

/** What an entity without annotations should add, ready to copy. */
export function AnnotationHint() {
  const { value: kb, loading, error } = useKnowledgeBase();
  return (
    <>
      <Typography variant="body2" paragraph>
        Nothing declared yet. Add the cloud services this entity uses and where
        it runs to its catalog-info.yaml; the score, the provider mapping and
        the exit checklist follow on the next refresh.
      </Typography>
      {loading && <Progress />}
      {error && (
        <WarningPanel
          title="Could not load the knowledge base for an example"
          message={error.message}
        />
      )}
      {kb && (
        <CodeSnippet
          text={annotationSnippet(kb)}
          language="yaml"
          showCopyCodeButton
        />
      )}
    </>
  );
}
