/**
 * Which view the rules measure in (issue 11): `plan` (bestemmingsplan: every zone at its
 * maximum category, from its boundary; the default) or `feitelijk` (today's businesses).
 * The Locatiecheck, the surface, the contours and the proposals read it; the link carries it.
 */
import { DEFAULT_RULE_VIEW, type RuleView } from '../rules/location-check.ts';

/** The chosen view. Change it with {@link setRuleView}. */
export const ruleView = $state({ view: DEFAULT_RULE_VIEW as RuleView });

// A plain list: the listeners are no state of their own.
const listeners: ((view: RuleView) => void)[] = [];

/**
 * Chooses the view; features that compute outside runes (the surface worker) are told.
 * @param view `plan` or `feitelijk`
 */
export function setRuleView(view: RuleView): void {
  if (ruleView.view === view) return;
  ruleView.view = view;
  for (const f of listeners) f(view);
}

/**
 * Calls `f` after every change of the view.
 * @param f the listener
 * @returns a function that removes it
 */
export function onRuleViewChange(f: (view: RuleView) => void): () => void {
  listeners.push(f);
  return () => {
    const i = listeners.indexOf(f);
    if (i >= 0) listeners.splice(i, 1);
  };
}
