import {
  BEHAVIORS,
  githubPlatform,
  gitlabPlatform,
  markerFor,
  postComment,
  type Behavior,
  type CommentPlatform,
  type PlatformFlags,
} from './comment';
import { computeDiff, type DiffValues } from './diffCommand';
import { hasChanges, renderDiff } from './diffRender';
import { EXIT, InputError } from './errors';
import type { Context } from './run';

export interface CommentValues extends DiffValues, PlatformFlags {
  behavior?: string;
  tag?: string;
}

/** GitHub refuses comments longer than 65,536 characters; GitLab's limit is larger. */
const MAX_BODY_CHARS = 60_000;

/**
 * `portolan comment github|gitlab [DIR]`: the diff against --base as one
 * comment on the pull or merge request, updated in place on later pushes;
 * gates as in `diff` (exit code 1 after posting).
 */
export async function commentCommand(
  platformName: string,
  dir: string,
  values: CommentValues,
  context: Context,
): Promise<number> {
  const behavior = (values.behavior ?? 'update') as Behavior;
  if (!BEHAVIORS.includes(behavior)) {
    throw new InputError(
      `--behavior must be one of ${BEHAVIORS.join(', ')}, got ${
        values.behavior
      }`,
    );
  }
  if (values.tag !== undefined && !/^[\w.-]{1,64}$/.test(values.tag)) {
    throw new InputError(
      `--tag takes letters, digits, dots and dashes, got ${values.tag}`,
    );
  }
  let platform: CommentPlatform;
  if (platformName === 'github') {
    platform = await githubPlatform(values, context.env);
  } else if (platformName === 'gitlab') {
    platform = gitlabPlatform(values, context.env);
  } else {
    throw new InputError(
      `comment takes github or gitlab, got ${platformName || 'nothing'}`,
    );
  }
  const { diff, failures } = await computeDiff(dir, values, context);
  const marker = markerFor(values.tag);
  let markdown = renderDiff(diff, 'markdown', failures);
  if (markdown.length > MAX_BODY_CHARS) {
    markdown = `${markdown.slice(
      0,
      MAX_BODY_CHARS,
    )}\n\n… cut here; run \`portolan diff\` for the whole change.\n`;
  }
  const message = await postComment(
    platform,
    marker,
    `${marker}\n${markdown}`,
    behavior,
    !hasChanges(diff),
  );
  context.io.out(`portolan: ${message}\n`);
  for (const failure of failures) {
    context.io.err(`portolan: gate failed: ${failure}\n`);
  }
  return failures.length > 0 ? EXIT.gateFailed : EXIT.pass;
}
