import type {
  Assessment,
  Finding,
  Fit,
  Grade,
} from '@portolan/plugin-sovereignty-common';
import { GRADES } from '@portolan/plugin-sovereignty-common';
import type { TreeAssessment } from './assess';
import { blockersOf } from './format';
import type { InputProblem } from './catalog';

export interface ScoreAndGrade {
  score: number;
  grade: Grade;
}

/** A service an entity started or stopped using, with what it maps to at each target. */
export interface ServiceChange {
  service: string;
  name: string;
  /** Where discovery found it (`path:line`, the first few), when it did. */
  foundIn?: string[];
  /** How many places discovery found it in, all told. */
  evidenceCount?: number;
  targets: Record<
    string,
    { fit: Fit; offering: string; effort: string; gapFiller?: string }
  >;
}

export interface ReadinessState {
  readyShare: number;
  effort: string;
}

export interface ReadinessChange {
  target: string;
  before?: ReadinessState;
  after?: ReadinessState;
}

/** What a change did to one entity; absent sides mean it was added or removed. */
export interface EntityChange {
  entityRef: string;
  before?: ScoreAndGrade;
  after?: ScoreAndGrade;
  servicesAdded: ServiceChange[];
  servicesRemoved: ServiceChange[];
  newBlockers: string[];
  resolvedBlockers: string[];
  readiness: ReadinessChange[];
}

export interface SovereigntyDiff {
  /** The base as the user named it, and the commit it resolved to. */
  base: { ref: string; commit: string };
  /** Only entities that changed, in the working tree's order. */
  changed: EntityChange[];
  unchanged: number;
  /** Files of the working tree that do not parse and did not fail at the base. */
  newProblems: InputProblem[];
}

/** Gates a diff can fail (exit code 1). */
export interface DiffGates {
  failOnNewBlocker: boolean;
  /** Fail when a score falls by more than this many points. */
  failOnDrop?: number;
  /** Fail when an entity's grade is lower than at the base. */
  failOnGradeDrop: boolean;
  /** Fail when an entity of the working tree scores below this. */
  failUnder?: number;
}

/** Places a new service was found in that the diff names; the rest are counted. */
const EVIDENCE_SHOWN = 3;

const worseGrade = (after: Grade, before: Grade) =>
  GRADES.indexOf(after) > GRADES.indexOf(before);

/** A blocker's identity across two assessments: its code, service and value, not its wording. */
const blockerKey = (f: Finding) =>
  [
    f.code,
    f.service ?? '',
    f.annotation ?? '',
    f.value ?? '',
    f.inheritedFrom ?? '',
  ].join('|');

function serviceChanges(a: Assessment): Map<string, ServiceChange> {
  return new Map(
    a.mappings.map(m => {
      const evidence = m.discovery?.evidence.slice(0, EVIDENCE_SHOWN) ?? [];
      return [
        m.service,
        {
          service: m.service,
          name: m.serviceName,
          ...(evidence.length > 0
            ? {
                foundIn: evidence.map(
                  e => `${e.path}${e.line ? `:${e.line}` : ''}`,
                ),
                evidenceCount: m.discovery!.evidenceCount,
              }
            : {}),
          targets: Object.fromEntries(
            Object.entries(m.targets).map(([target, cell]) => [
              target,
              {
                fit: cell!.fit,
                offering: cell!.offering,
                effort: cell!.effort,
                ...(cell!.gapFiller ? { gapFiller: cell!.gapFiller.name } : {}),
              },
            ]),
          ),
        },
      ];
    }),
  );
}

const readinessOf = (a: Assessment | undefined, target: string) => {
  const r = a?.readiness[target as keyof Assessment['readiness']];
  return r ? { readyShare: r.readyShare, effort: r.effort } : undefined;
};

function entityChange(
  entityRef: string,
  before: Assessment | undefined,
  after: Assessment | undefined,
): EntityChange {
  const servicesBefore = before ? serviceChanges(before) : new Map();
  const servicesAfter = after ? serviceChanges(after) : new Map();
  const blockersBefore = new Map(
    (before ? blockersOf(before) : []).map(f => [blockerKey(f), f.message]),
  );
  const blockersAfter = new Map(
    (after ? blockersOf(after) : []).map(f => [blockerKey(f), f.message]),
  );
  const targets = [
    ...new Set([
      ...Object.keys(before?.readiness ?? {}),
      ...Object.keys(after?.readiness ?? {}),
    ]),
  ];
  return {
    entityRef,
    ...(before ? { before: { score: before.score, grade: before.grade } } : {}),
    ...(after ? { after: { score: after.score, grade: after.grade } } : {}),
    servicesAdded: [...servicesAfter.values()].filter(
      s => !servicesBefore.has(s.service),
    ),
    servicesRemoved: [...servicesBefore.values()].filter(
      s => !servicesAfter.has(s.service),
    ),
    newBlockers: [...blockersAfter]
      .filter(([key]) => !blockersBefore.has(key))
      .map(([, message]) => message),
    resolvedBlockers: [...blockersBefore]
      .filter(([key]) => !blockersAfter.has(key))
      .map(([, message]) => message),
    readiness: targets
      .map(target => ({
        target,
        before: readinessOf(before, target),
        after: readinessOf(after, target),
      }))
      .filter(
        r =>
          r.before?.readyShare !== r.after?.readyShare ||
          r.before?.effort !== r.after?.effort,
      ),
  };
}

const isChange = (c: EntityChange) =>
  !c.before ||
  !c.after ||
  c.before.score !== c.after.score ||
  c.before.grade !== c.after.grade ||
  c.servicesAdded.length > 0 ||
  c.servicesRemoved.length > 0 ||
  c.newBlockers.length > 0 ||
  c.resolvedBlockers.length > 0 ||
  c.readiness.length > 0;

/** What changed between the base's assessments and the working tree's. */
export function diffAssessments(
  base: SovereigntyDiff['base'],
  before: TreeAssessment,
  after: TreeAssessment,
): SovereigntyDiff {
  const beforeByRef = new Map(before.assessments.map(a => [a.entityRef, a]));
  const afterRefs = new Set(after.assessments.map(a => a.entityRef));
  const all = [
    ...after.assessments.map(a =>
      entityChange(a.entityRef, beforeByRef.get(a.entityRef), a),
    ),
    ...before.assessments
      .filter(a => !afterRefs.has(a.entityRef))
      .map(a => entityChange(a.entityRef, a, undefined)),
  ];
  const knownProblems = new Set(
    before.problems.map(p => `${p.file}\n${p.message}`),
  );
  const changed = all.filter(isChange);
  return {
    base,
    changed,
    unchanged: all.length - changed.length,
    newProblems: after.problems.filter(
      p => !knownProblems.has(`${p.file}\n${p.message}`),
    ),
  };
}

/** Each gate the diff fails, as a sentence; empty when it passes. */
export function gateFailures(
  diff: SovereigntyDiff,
  after: Assessment[],
  gates: DiffGates,
): string[] {
  const failures: string[] = [];
  for (const c of diff.changed) {
    if (gates.failOnNewBlocker && c.newBlockers.length > 0) {
      failures.push(
        `${c.entityRef} has ${c.newBlockers.length} new blocker(s): ${c.newBlockers[0]}`,
      );
    }
    if (!c.before || !c.after) continue;
    const drop = c.before.score - c.after.score;
    if (gates.failOnDrop !== undefined && drop > gates.failOnDrop) {
      failures.push(
        `${c.entityRef} drops ${drop} points (${c.before.score} -> ${c.after.score}), more than ${gates.failOnDrop}`,
      );
    }
    if (gates.failOnGradeDrop && worseGrade(c.after.grade, c.before.grade)) {
      failures.push(
        `${c.entityRef} drops from grade ${c.before.grade} to ${c.after.grade}`,
      );
    }
  }
  if (gates.failUnder !== undefined) {
    for (const a of after) {
      if (a.score < gates.failUnder) {
        failures.push(
          `${a.entityRef} scores ${a.score}, below ${gates.failUnder}`,
        );
      }
    }
  }
  return failures;
}
