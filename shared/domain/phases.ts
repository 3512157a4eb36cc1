import { daysBetween } from '../format/dates.ts';

/** The campaign's phases, in the order the plan runs them: plan, nominate, nurture, evaluate, review. */
export const PHASE_KEYS = ['planning', 'nomination', 'nurturing', 'evaluation', 'review'] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export interface Phase {
  key: PhaseKey;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
}

export type PhaseState = 'done' | 'current' | 'upcoming' | 'undated';

export interface PhaseStatus extends Phase {
  state: PhaseState;
}

export function phaseState(phase: Phase, today: string): PhaseState {
  if (!phase.startsOn && !phase.endsOn) return 'undated';
  if (phase.endsOn && today > phase.endsOn) return 'done';
  if (phase.startsOn && today < phase.startsOn) return 'upcoming';
  if (!phase.startsOn && phase.endsOn && today <= phase.endsOn) return 'current';
  return 'current';
}

export function phaseStatuses(phases: readonly Phase[], today: string): PhaseStatus[] {
  return phases.map((phase) => ({ ...phase, state: phaseState(phase, today) }));
}

/** Today's phase: the last phase that has begun and not ended; null before the first or after the last. */
export function currentPhase(phases: readonly Phase[], today: string): Phase | null {
  const running = phases.filter((phase) => phaseState(phase, today) === 'current');
  return running.at(-1) ?? null;
}

export interface Deadline {
  label: string;
  date: string;
  daysLeft: number;
}

/** The nearest end date from today on (phase ends and the nomination deadline). */
export function nextDeadline(
  phases: readonly Phase[],
  extra: readonly { label: string; date: string | null }[],
  today: string,
): Deadline | null {
  const candidates = [
    ...extra.filter((item): item is { label: string; date: string } => item.date !== null),
    ...phases
      .filter((phase): phase is Phase & { endsOn: string } => phase.endsOn !== null)
      .map((phase) => ({ label: `Kết thúc giai đoạn "${phase.name}"`, date: phase.endsOn })),
  ]
    .filter((item) => item.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  const first = candidates[0];
  return first ? { label: first.label, date: first.date, daysLeft: daysBetween(today, first.date) } : null;
}
