/**
 * The seat plan's lowest-free-index allocator: one per place (a region's cells, a tray's slots).
 * `take` gives the lowest index not in use (0-based cell or slot index), `takeAt` a given free one
 * (a post's place); `free` gives one back.
 * `maxOccupancy` is the most indices ever in use at once. O(log n) per call (a min-heap of the
 * freed indices below `next`).
 */
/** Lowest-free-index allocator: a min-heap of freed indices below `next`. */
export class Allocator {
  private heap: number[] = [];
  private next = 0;
  private occupied = 0;
  maxOccupancy = 0;

  /** The lowest free index. */
  take(): number {
    let i: number;
    if (this.heap.length > 0) i = this.popMin();
    else i = this.next++;
    this.occupied++;
    if (this.occupied > this.maxOccupancy) this.maxOccupancy = this.occupied;
    return i;
  }

  /** Whether index `i` (≥ 0) is free. */
  isFree(i: number): boolean {
    return i >= this.next || this.heap.includes(i);
  }

  /**
   * Takes index `i`, which must be free (`isFree`; not checked). Indices skipped below it become
   * free; `maxOccupancy` counts at least the cells up to `i` (so a place beyond the people keeps its cell).
   */
  takeAt(i: number): number {
    if (i >= this.next) {
      for (let k = this.next; k < i; k++) this.free(k, false);
      this.next = i + 1;
    } else {
      const h = this.heap;
      h.splice(h.indexOf(i), 1);
      h.sort((a, b) => a - b);
    }
    this.occupied++;
    this.maxOccupancy = Math.max(this.maxOccupancy, this.occupied, i + 1);
    return i;
  }

  /** Gives `i` back (it must have been taken and not freed since; not checked; `taken` false: an index never taken, skipped by `takeAt`). */
  free(i: number, taken = true): void {
    if (taken) this.occupied--;
    const h = this.heap;
    h.push(i);
    let k = h.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (h[p]! <= h[k]!) break;
      [h[p], h[k]] = [h[k]!, h[p]!];
      k = p;
    }
  }

  private popMin(): number {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < h.length && h[l]! < h[m]!) m = l;
        if (r < h.length && h[r]! < h[m]!) m = r;
        if (m === k) break;
        [h[m], h[k]] = [h[k]!, h[m]!];
        k = m;
      }
    }
    return top;
  }
}
