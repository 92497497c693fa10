import type { Role, SessionUser } from '../../platform/auth/session-user.ts';
import type { HelpPost } from './help.repository.ts';
import type { HelpThread } from './help.threads.repository.ts';

/** Who moderates a municipality's help posts. */
export const HELP_MODERATORS: readonly Role[] = ['quartier_manager', 'municipality_admin'];

/** Whether the person moderates help in this municipality. */
export function moderates(user: SessionUser | null, municipalityId: string): boolean {
  return !!user?.roles.some((r) => r.municipalityId === municipalityId && HELP_MODERATORS.includes(r.role));
}

/** Which side of a conversation the person is on, or null when it is not theirs (then they see nothing of it). */
export function sideOf(post: HelpPost, thread: HelpThread, userId: string): 'author' | 'responder' | null {
  if (post.author_user_id === userId) return 'author';
  if (thread.responder_user_id === userId) return 'responder';
  return null;
}

/** Whether a post is shown to this person: open to all unless hidden; hidden ones to its writer and moderation. */
export function visibleTo(post: HelpPost, user: SessionUser | null, municipalityId: string): boolean {
  if (post.hidden_at === null) return true;
  return !!user && (post.author_user_id === user.id || moderates(user, municipalityId));
}

/** Whether a neighbour may start a conversation: the post is open, visible, and not their own. */
export function mayAnswer(post: HelpPost, userId: string): boolean {
  return post.status === 'open' && post.hidden_at === null && post.author_user_id !== userId;
}
