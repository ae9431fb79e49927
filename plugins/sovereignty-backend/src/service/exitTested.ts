import {
  EXIT_TEST_ITEM_ID,
  type Assessment,
} from '@portolan/plugin-sovereignty-common';

/** An entity counts as exit-tested once its exit test checklist item is done. */
export function isExitTested(assessment: Assessment): boolean {
  return assessment.checklist.some(
    item => item.id === EXIT_TEST_ITEM_ID && item.state === 'done',
  );
}
