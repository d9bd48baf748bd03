// NameSets: groups of names joined into one entity (union–find), and the edges that
// joined them, each with its rule and evidence. A set holds at most one gazetteer entry:
// a join that would make two known entities one is refused, whatever the rule.

import type { LinkEvidence } from './types.ts';

export interface JoinEdge {
  a: string;
  b: string;
  aName: string;
  bName: string;
  rule: string;
  score: number;
  /** What shows the link: the groups whose mentions of its names do, and mentions of its own (a gloss's two). */
  shownBy: { nodes: string[]; items: LinkEvidence[] };
}

export class NameSets {
  private readonly parent = new Map<string, string>();
  private readonly known = new Map<string, string>(); // root → gazetteer id
  readonly edges: JoinEdge[] = [];

  add(node: string, gazetteerId?: string): void {
    if (this.parent.has(node)) return;
    this.parent.set(node, node);
    if (gazetteerId) this.known.set(node, gazetteerId);
  }

  find(node: string): string {
    let root = node;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let n = node; n !== root;) {
      const next = this.parent.get(n)!;
      this.parent.set(n, root);
      n = next;
    }
    return root;
  }

  knownId(node: string): string | undefined {
    return this.known.get(this.find(node));
  }

  /** Joins the sets of a and b; false (and nothing joined) when both are different gazetteer entries. */
  join(edge: JoinEdge): boolean {
    const ra = this.find(edge.a);
    const rb = this.find(edge.b);
    if (ra === rb) return false;
    const ka = this.known.get(ra);
    const kb = this.known.get(rb);
    if (ka && kb && ka !== kb) return false;
    // The smaller node id becomes the root, so the result never depends on join order.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    const k = ka ?? kb;
    if (k) this.known.set(root, k);
    this.known.delete(child);
    this.edges.push(edge);
    return true;
  }

  /** Root → the nodes of its set, for every node added. */
  members(): Map<string, string[]> {
    const sets = new Map<string, string[]>();
    for (const node of [...this.parent.keys()].sort()) {
      const root = this.find(node);
      const list = sets.get(root);
      if (list) list.push(node);
      else sets.set(root, [node]);
    }
    return sets;
  }
}
