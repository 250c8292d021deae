import { describe, expect, it } from 'vitest';
import { placeProjector, type DisplayInfo } from '../../../electron/core/placeProjector';

const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 25, width: 1920, height: 1055 },
};
const projector: DisplayInfo = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  workArea: { x: 1920, y: 0, width: 1280, height: 720 },
};

describe('placeProjector', () => {
  it('fills the external display when one is connected', () => {
    const consoleBounds = { x: 100, y: 100, width: 1280, height: 800 };
    expect(placeProjector([laptop, projector], 1, consoleBounds)).toEqual({
      bounds: projector.bounds,
      fullscreen: true,
    });
  });

  it('uses the primary display when the console was moved to the external one', () => {
    const consoleBounds = { x: 2000, y: 0, width: 1000, height: 700 };
    expect(placeProjector([laptop, projector], 1, consoleBounds)).toMatchObject({ fullscreen: false });
  });

  it('opens beside the console, on the side with more room, when there is one display', () => {
    const leftConsole = { x: 0, y: 100, width: 800, height: 700 };
    expect(placeProjector([laptop], 1, leftConsole)).toEqual({
      bounds: { x: 800, y: 100, width: 1024, height: 640 },
      fullscreen: false,
    });
    const rightConsole = { x: 1100, y: 100, width: 800, height: 700 };
    expect(placeProjector([laptop], 1, rightConsole).bounds.x).toBe(1100 - 1024);
  });

  it('stays inside the work area when the console fills the screen', () => {
    const fullConsole = { x: 0, y: 25, width: 1920, height: 1055 };
    const { bounds } = placeProjector([laptop], 1, fullConsole);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1920);
    expect(bounds.y).toBeGreaterThanOrEqual(25);
  });

  it('places a window at the top right when there is no console to sit beside', () => {
    expect(placeProjector([laptop], 1, null).bounds).toEqual({ x: 896, y: 25, width: 1024, height: 640 });
  });
});
