/**
 * The making of a large dataset's timeline and seat plan before it is shown, in slices with a
 * pause for the page between them (`AppState`'s preparation; loaded with the first large dataset).
 */
import type { Dataset } from '../model/types.ts';
import { buildTimelinePaced, type Timeline } from '../model/steps.ts';
import { planSeatsPaced, type SeatPlan } from '../layout/seat-plan.ts';

/**
 * The timeline of `shown` (of `whole`, every term, when `shown` has no step: its memberships all
 * undated, as `AppState` reads it) and its seat plan, the same as `buildTimeline` and `planSeats`
 * give, made a stage or a slice at a time: `pause` is awaited between them.
 * @throws what `pause` rejects with (the work then stops)
 */
export async function preparePaced(shown: Dataset, whole: Dataset, pause: () => Promise<void>): Promise<{ timeline: Timeline; plan: SeatPlan }> {
  let timeline = await buildTimelinePaced(shown, pause);
  if (timeline.steps.length === 0 && shown !== whole) timeline = await buildTimelinePaced(whole, pause);
  await pause();
  return { timeline, plan: await planSeatsPaced(timeline, pause) };
}
