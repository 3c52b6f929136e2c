import { expect, test } from '@playwright/test';
import { chartCounts, EXPECTED, positions, settled } from './helpers.ts';

test.describe('scrubbing the District 6 timeline', () => {
  test('keyboard: every step shows its counts, caption and chart', async ({ page }) => {
    await page.goto('./?lang=en');
    const slider = page.getByTestId('timeline');
    await settled(page, 0);
    await expect(slider).toHaveAttribute('aria-valuetext', '1996');
    await slider.focus();
    const valuetexts = ['1996', 'June 1996', '1998', '1999 · retirements', '1999 · by-election'];
    for (let i = 0; i < EXPECTED.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await settled(page, i);
      await expect(slider).toHaveValue(String(i));
      await expect(slider).toHaveAttribute('aria-valuetext', valuetexts[i]!);
      const e = EXPECTED[i]!;
      await expect(page.getByTestId('count-bch')).toContainText(`${e.bch}`);
      await expect(page.getByTestId('count-bch')).toContainText('35');
      await expect(page.getByTestId('count-btv')).toContainText(`${e.btv}`);
      const c = await chartCounts(page);
      expect(c.seated).toBe(e.bch);
      expect(c.departed).toBe(e.departed);
      expect(c.vacantBch).toBe(e.vacantBch);
      expect(c.vacantBtv).toBe(e.vacantBtv);
      expect(c.inTt).toBe(e.tt);
      expect(c.inBtv + c.inTt).toBe(e.btv);
    }
    await expect(page.getByTestId('step-caption')).toContainText('EC 28 → 32, SC 7 → 10');
    await page.keyboard.press('Home');
    await settled(page, 0);
    await page.keyboard.press('End');
    await settled(page, 4);
    await page.keyboard.press('PageDown');
    await settled(page, 3);
  });

  test('captions say what happened and the counts before and after', async ({ page }) => {
    await page.goto('./?step=1');
    await settled(page, 1);
    const caption = page.getByTestId('step-caption');
    await expect(caption).toContainText('6/1996');
    await expect(caption).toContainText('BCH 35 → 34, BTV 11 → 10');
    await page.goto('./?step=2&lang=en');
    await expect(caption).toContainText('1998');
    await expect(caption).toContainText('EC 34 → 30, SC 10 → 9');
    await expect(caption).toContainText('Four members were transferred to posts at City level');
  });

  test('mouse: clicking along the slider moves to that step', async ({ page }) => {
    await page.goto('./');
    const slider = page.getByTestId('timeline');
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    await settled(page, 4);
    await expect(page.getByTestId('count-bch')).toContainText('32');
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await settled(page, 0);
    await expect(page.getByTestId('count-bch')).toContainText('35');
    await page.getByTestId('step-forward').click();
    await settled(page, 1);
    await page.getByTestId('step-back').click();
    await settled(page, 0);
  });

  test('hammering the arrow keys faster than the animation ends exactly on the target', async ({ page }) => {
    // a fresh load of each step gives the reference positions
    const fresh: Record<string, string>[] = [];
    for (let i = 0; i < EXPECTED.length; i++) {
      await page.goto(`./?step=${i}`);
      await settled(page, i);
      fresh.push(await positions(page));
    }
    await page.goto('./');
    await settled(page, 0);
    const slider = page.getByTestId('timeline');
    await slider.focus();
    const seq = ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'End', 'Home', 'ArrowRight', 'ArrowRight', 'ArrowRight'];
    let at = 0;
    for (const key of seq) {
      await page.keyboard.press(key, { delay: 0 });
      at = key === 'End' ? 4 : key === 'Home' ? 0 : Math.max(0, Math.min(4, at + (key === 'ArrowRight' ? 1 : -1)));
    }
    expect(at).toBe(3);
    await settled(page, 3);
    expect(await positions(page)).toEqual(fresh[3]);
    const c = await chartCounts(page);
    expect(c.seated).toBe(28);
    expect(c.departed).toBe(7);
    // and from there, a quick jump to the end and back to 1
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await settled(page, 1);
    expect(await positions(page)).toEqual(fresh[1]);
  });

  test('play runs through the steps and pause stops', async ({ page }) => {
    await page.goto('./?step=2');
    await settled(page, 2);
    await page.getByTestId('play').click();
    await settled(page, 4);
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  });
});
