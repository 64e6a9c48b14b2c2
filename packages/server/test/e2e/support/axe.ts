import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import type { Frame } from 'playwright-core';

/** axe-core's browser build, read once (evaluated rather than added as a script tag: the tab's CSP forbids inline scripts). */
const axeSource = readFileSync(join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** One serious or critical axe violation, said precisely enough to fix: the rule, where, and what is wrong. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
  readonly summary: string;
  /** The first node's markup, cut short. */
  readonly html: string;
  /** The first node's text on screen, cut short. */
  readonly text: string;
}

interface AxeGlobals {
  axe?: {
    run(context: unknown, options: unknown): Promise<{
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[];
    }>;
  };
  document: { querySelector(selector: string): { textContent: string | null } | null };
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the frame's page; returns its serious and critical violations. */
export async function seriousViolations(frame: Frame): Promise<AxeFinding[]> {
  if (!(await frame.evaluate(() => typeof (globalThis as unknown as AxeGlobals).axe === 'object'))) await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    // Fluent's focus manager (tabster) puts an aria-hidden, focusable <i data-tabster-dummy> at each edge of a
    // focus group: it hands focus on at once and must stay hidden from screen readers. axe's aria-hidden-focus
    // flags it; Fluent calls it by design and Accessibility Insights leaves it out the same way
    // (microsoft/fluentui#27517, microsoft/accessibility-insights-web#7605). Every other node of that rule counts.
    const isTabsterDummy = (html: string) => /^<i [^>]*data-tabster-dummy/.test(html);
    const page = globalThis as unknown as AxeGlobals;
    if (page.axe === undefined) throw new Error('axe-core did not load');
    // Colours are read once Fluent's transitions (a theme switched live, a tab's indicator) have ended: two frames
    // let a transition just triggered start, then every running animation is awaited.
    const browser = globalThis as unknown as {
      requestAnimationFrame(callback: () => void): number;
      document: { getAnimations(): { finished: Promise<unknown> }[] };
    };
    await new Promise<void>((resolve) => browser.requestAnimationFrame(() => browser.requestAnimationFrame(resolve)));
    await Promise.all(browser.document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => (v.id === 'aria-hidden-focus' ? { ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(n.html)) } : v))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
        summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        html: (v.nodes[0]?.html ?? '').slice(0, 300),
        text: (page.document.querySelector(String(v.nodes[0]?.target[0] ?? ':not(*)'))?.textContent ?? '').trim().slice(0, 120),
      }));
  });
}

/** The findings as lines a person can act on. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings.map((f) => `${f.impact} ${f.rule} (${f.help}) at ${f.targets.join(' | ')} ("${f.text}"): ${f.summary}`).join('\n');
}
