/**
 * Finding candidates: the pre-scan regex jumps to the next position where some rule can
 * match; there every rule is tried (sticky), its normalizer may reject it, look-alikes veto
 * it, and the longest survivor wins (ties: higher priority, then table order). Scanning
 * resumes after the winner, so the work is linear in the text length.
 */
import type { CompiledRule, CompiledRules } from './compile.js';
import { normalizers, type Groups } from './normalizers.js';
import type { Phase1 } from './phase1.js';

export interface Candidate {
  start: number;
  end: number;
  rule: CompiledRule;
  groups: Groups;
  phase1: Phase1;
}

const CONTEXT = 40;

function vetoed(text: string, start: number, end: number, compiled: CompiledRules): boolean {
  const candidate = text.slice(start, end);
  for (const n of compiled.negatives) {
    if (!n.match.test(candidate)) continue;
    if (n.before && n.before.test(text.slice(Math.max(0, start - CONTEXT), start))) return true;
    if (n.after && n.after.test(text.slice(end, end + CONTEXT))) return true;
  }
  return false;
}

export function findCandidates(text: string, compiled: CompiledRules): Candidate[] {
  const found: Candidate[] = [];
  const prescan = new RegExp(compiled.prescan); // own lastIndex: safe under re-entrancy
  let from = 0;
  while (from <= text.length) {
    prescan.lastIndex = from;
    const hit = prescan.exec(text);
    if (!hit) break;
    const at = hit.index;
    let best: Candidate | undefined;
    for (const rule of compiled.rules) {
      rule.sticky.lastIndex = at;
      const m = rule.sticky.exec(text);
      if (!m || m[0].length === 0) continue;
      const end = at + m[0].length;
      if (best) {
        const longer = end > best.end;
        const tie = end === best.end && (rule.rule.priority ?? 0) > (best.rule.rule.priority ?? 0);
        if (!longer && !tie) continue;
      }
      const groups: Groups = m.groups ?? {};
      const phase1 = normalizers[rule.rule.normalize](groups, rule.rule.params ?? {});
      if (!phase1) continue;
      if (vetoed(text, at, end, compiled)) continue;
      best = { start: at, end, rule, groups, phase1 };
    }
    if (best) {
      found.push(best);
      from = best.end;
    } else {
      from = at + 1;
    }
  }
  return found;
}
