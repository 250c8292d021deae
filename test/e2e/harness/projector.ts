import type { Page } from 'playwright-core';

/**
 * What a screen that nobody can scroll must never do: scroll, or cut text off. Every text
 * element of the step's content must end inside the content's box, and so inside the screen,
 * and none may hide its own text: an ellipsis (text-overflow) or a line clamp that is in force.
 */
export async function overflowOf(projector: Page) {
  return projector.evaluate(() => {
    const root = document.documentElement;
    const content = document.querySelector('.projector__content')!.getBoundingClientRect();
    const cut = Array.from(document.querySelectorAll('.projector__content :is(li, p, h2, dt, dd, figure)'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const ellipsed = style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth;
        const clamped = style.webkitLineClamp !== 'none' && element.scrollHeight > element.clientHeight;
        return box.bottom > content.bottom + 0.5 || box.right > content.right + 0.5 || ellipsed || clamped;
      })
      .map((element) => element.textContent);
    return {
      scrolls: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth,
      cut,
    };
  });
}
