import { conflict, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { closePost, lockPost, setHidden } from './help.repository.ts';
import { resolveReports } from './help.reports.repository.ts';

export const MODERATION_STEPS = ['hide', 'restore', 'close'] as const;
export type ModerationStep = (typeof MODERATION_STEPS)[number];

/**
 * A moderator's step on a post: hide it (only its writer and moderation see it, nobody can write in it), show it
 * again, or close it. Each step settles the post's open reports, since moderation has looked at them.
 */
export async function moderateHelpPost(uc: UseCase, v: { postId: string; step: ModerationStep }): Promise<void> {
  const t = useCaseTenant(uc);
  const post = await lockPost(uc.tx, t, v.postId);
  if (!post) throw notFound('help_post');
  const before = { hidden: post.hidden_at !== null, status: post.status };
  if (v.step === 'hide') {
    if (post.hidden_at) throw conflict('help_post_hidden', 'community.help.moderation.alreadyHidden');
    await setHidden(uc.tx, t, post.id, uc.now);
  } else if (v.step === 'restore') {
    if (!post.hidden_at) throw conflict('help_post_visible', 'community.help.moderation.notHidden');
    await setHidden(uc.tx, t, post.id, null);
  } else if (!(await closePost(uc.tx, t, post.id, 'moderated', uc.now))) {
    throw conflict('help_post_closed', 'community.help.error.alreadyClosed');
  }
  const resolved = await resolveReports(uc.tx, t, post.id, uc.now);
  const after = v.step === 'close' ? { ...before, status: 'closed' } : { ...before, hidden: v.step === 'hide' };
  uc.record({
    action: 'update',
    subjectType: 'community.help_post',
    subjectId: post.id,
    before,
    after: { ...after, step: v.step, reportsResolved: resolved },
  });
}

/** Dismisses one report after looking at it (the post stays as it is). */
export async function dismissHelpReport(uc: UseCase, v: { postId: string; reportId: string }): Promise<void> {
  const n = await resolveReports(uc.tx, useCaseTenant(uc), v.postId, uc.now, v.reportId);
  if (n === 0) throw notFound('help_report');
  uc.record({
    action: 'update',
    subjectType: 'community.help_report',
    subjectId: v.reportId,
    before: { status: 'open' },
    after: { status: 'resolved', postId: v.postId },
  });
}
