import type { Planner, PlannerInput, PlannerStep } from '../../src/orchestrator/index.ts';
import type { UiNode } from '../../src/runtime/index.ts';

/** A planner that says exactly what the test scripts: the worst a model could do. */
export class ScriptedPlanner implements Planner {
  readonly name = 'llm' as const;
  constructor(private readonly steps: ((input: PlannerInput) => PlannerStep)[]) {}
  async next(input: PlannerInput): Promise<PlannerStep> {
    const step = this.steps.shift();
    return step ? step(input) : { type: 'reply', text: '好的。', awaitUser: false };
  }
}

/** The first node of a card tree that passes `test`, depth first. */
export function findNodeWhere(tree: UiNode[], test: (n: UiNode) => boolean): UiNode | undefined {
  for (const n of tree) {
    if (test(n)) return n;
    const inner = findNodeWhere(n.children, test);
    if (inner) return inner;
  }
  return undefined;
}
