import { Steps } from 'antd';
import type { Overview } from '../../../shared/domain/overview.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';

const STATUS = { done: 'finish', current: 'process', upcoming: 'wait', undated: 'wait' } as const;

function dates(phase: Overview['phases'][number]): string {
  if (!phase.startsOn && !phase.endsOn) return 'Chưa đặt ngày';
  if (!phase.startsOn) return `Đến ${formatDateVi(phase.endsOn)}`;
  if (!phase.endsOn) return `Từ ${formatDateVi(phase.startsOn)}`;
  return `${formatDateVi(phase.startsOn)} – ${formatDateVi(phase.endsOn)}`;
}

/** The campaign's phases with today's one highlighted. */
export function PhaseTimeline({ phases }: { phases: Overview['phases'] }) {
  const running = phases.findIndex((phase) => phase.state === 'current');
  const upcoming = phases.findIndex((phase) => phase.state === 'upcoming');
  // With no phase running, point at the next one (or past the end) so nothing looks "in progress".
  const current = running >= 0 ? running : upcoming >= 0 ? upcoming : phases.length;
  return (
    <Steps
      current={current}
      titlePlacement="vertical"
      size="small"
      // The steps number themselves (1–5); the titles are the names alone, so the two never disagree.
      items={phases.map((phase) => ({
        key: phase.key,
        title: phase.name,
        content: (
          <span>
            {dates(phase)}
            {phase.state === 'current' && (
              <>
                <br />
                <strong>Đang diễn ra</strong>
              </>
            )}
          </span>
        ),
        status: STATUS[phase.state],
      }))}
    />
  );
}
