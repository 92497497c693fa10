import { TOPICS, type Topic } from './welcome.tables.ts';

/** A page in the tree with the pages below it (in position order). */
export interface TreeNode<P> {
  page: P;
  children: TreeNode<P>[];
}

interface Placed {
  id: string;
  parentId: string | null;
  topic: string;
  position: number;
  slug: string;
}

/**
 * The pages of a guide as a tree per topic, in the order of TOPICS; within a topic by position, then slug. A page
 * whose parent is not among the given pages (an unpublished parent for readers) or is in another topic starts a
 * tree of its own, so that no given page is lost. Pure: both the readers' and the editors' lists use it.
 */
export function guideTree<P extends Placed>(pages: readonly P[]): { topic: Topic; nodes: TreeNode<P>[] }[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const order = (a: P, b: P) => a.position - b.position || a.slug.localeCompare(b.slug);
  const childrenOf = new Map<string, P[]>();
  const roots: P[] = [];
  for (const p of [...pages].sort(order)) {
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    if (parent && parent.topic === p.topic) childrenOf.set(parent.id, [...(childrenOf.get(parent.id) ?? []), p]);
    else roots.push(p);
  }
  const seen = new Set<string>();
  const node = (p: P): TreeNode<P> => {
    seen.add(p.id);
    const children = (childrenOf.get(p.id) ?? []).filter((c) => !seen.has(c.id)).map(node);
    return { page: p, children };
  };
  const trees = TOPICS.map((topic) => ({ topic, nodes: roots.filter((p) => p.topic === topic).map(node) }));
  // Pages in a cycle (only a row written straight into the database makes one) are shown at the top of their topic.
  for (const p of [...pages].sort(order))
    if (!seen.has(p.id)) trees.find((x) => x.topic === p.topic)?.nodes.push(node(p));
  return trees.filter((x) => x.nodes.length > 0);
}
