// Accessibility checks for the browser flows: axe-core on a screen (a serious or critical
// violation fails the flow) and the tablet's touch-target rule (every control >= 44 x 44 px).
import AxeBuilder from '@axe-core/playwright';

/** Runs axe-core (WCAG 2.x A/AA, plus label-content-name-mismatch) on the page; throws on serious/critical. */
export async function expectNoSeriousA11yViolations(page, screen, { exclude = [] } = {}) {
  // One options object: AxeBuilder's withTags and withRules each replace runOnly, so chaining them ran the
  // last one alone. The WCAG tags pick the rules; label-content-name-mismatch (experimental) is switched on.
  let builder = new AxeBuilder({ page });
  for (const sel of exclude) builder = builder.exclude(sel);
  const result = await builder
    .options({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .analyze();
  if (result.passes.length < 10) throw new Error(`axe on ${screen}: only ${result.passes.length} rules applied — the check is not running`);
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const lines = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} – ${n.failureSummary?.split('\n').slice(1, 2).join('').trim()}`).join(' | ')}`);
    throw new Error(`axe on ${screen}: ${bad.length} serious/critical violation(s):\n    ${lines.join('\n    ')}`);
  }
  return result;
}

/**
 * The controls on the page smaller than 44 px either way (visible ones only; a visually hidden
 * native input counts as its label, which is what the finger hits).
 */
export async function smallTouchTargets(page, within = 'body', min = 44) {
  return page.evaluate(
    ([sel, least]) => {
      const { document, getComputedStyle } = globalThis;
      const root = document.querySelector(sel) ?? document.body;
      const q = 'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=checkbox], [role=radio], [role=tab], [role=switch], [role=option], [role=slider]';
      const small = [];
      let total = 0;
      for (const el of root.querySelectorAll(q)) {
        let target = el;
        let r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 && r.height === 0) continue; // not shown
        if (style.visibility === 'hidden') continue;
        if ((r.width <= 2 || r.height <= 2 || style.opacity === '0') && el.labels?.length) {
          target = el.labels[0];
          r = target.getBoundingClientRect();
        }
        // An input inside a wrapper that is the target (e.g. a Mantine input, whose box is the wrapper).
        if (el.closest('[aria-hidden=true]')) continue;
        total++;
        if (r.width < least - 0.5 || r.height < least - 0.5) {
          const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.getAttribute('data-testid') || el.tagName).trim().slice(0, 40);
          small.push(`${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${name}" ${Math.round(r.width)}x${Math.round(r.height)}`);
        }
      }
      return { total, small };
    },
    [within, min],
  );
}

/** Both checks on one screen: axe, then no control under 44 px. */
export async function expectTabletReady(page, screen, within = 'main') {
  await expectNoSeriousA11yViolations(page, screen);
  const { total, small } = await smallTouchTargets(page, within);
  if (small.length) throw new Error(`${screen}: ${small.length} of ${total} touch targets under 44 px: ${small.slice(0, 12).join('; ')}`);
  return total;
}
