/** A rectangle in screen coordinates, as Electron's `screen` API reports them. */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of an Electron `Display` placement needs. */
export interface DisplayInfo {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

export interface ProjectorPlacement {
  bounds: Rectangle;
  /** True on an external display: the audience view fills the room's screen. */
  fullscreen: boolean;
}

const WINDOWED = { width: 1024, height: 640 };

/**
 * Where the projector window goes (issue #6): fullscreen on an external display when there is
 * one (the first that is not the primary, preferring one the console is not on), else a window
 * beside the console on the same display, on whichever side has more room. Pure, so the
 * decision is tested in Node; electron/main/displays.ts only feeds it `screen`'s answers.
 */
export function placeProjector(
  displays: readonly DisplayInfo[],
  primaryId: number,
  consoleBounds: Rectangle | null,
): ProjectorPlacement {
  const externals = displays.filter((display) => display.id !== primaryId);
  const consoleDisplay = consoleBounds
    ? displays.find((display) => contains(display.bounds, centreOf(consoleBounds)))
    : undefined;
  const external = externals.find((display) => display !== consoleDisplay) ?? externals[0];
  if (external && external !== consoleDisplay) return { bounds: { ...external.bounds }, fullscreen: true };

  const home = consoleDisplay ?? displays.find((display) => display.id === primaryId) ?? displays[0];
  const area = home?.workArea ?? { x: 0, y: 0, ...WINDOWED };
  const width = Math.min(WINDOWED.width, area.width);
  const height = Math.min(WINDOWED.height, area.height);
  const y = clamp(consoleBounds?.y ?? area.y, area.y, area.y + area.height - height);
  if (!consoleBounds)
    return { bounds: { x: area.x + area.width - width, y, width, height }, fullscreen: false };
  const roomRight = area.x + area.width - (consoleBounds.x + consoleBounds.width);
  const roomLeft = consoleBounds.x - area.x;
  const x =
    roomRight >= roomLeft
      ? Math.min(consoleBounds.x + consoleBounds.width, area.x + area.width - width)
      : Math.max(consoleBounds.x - width, area.x);
  return { bounds: { x, y, width, height }, fullscreen: false };
}

function centreOf(rectangle: Rectangle) {
  return { x: rectangle.x + rectangle.width / 2, y: rectangle.y + rectangle.height / 2 };
}

function contains(rectangle: Rectangle, point: { x: number; y: number }): boolean {
  return (
    point.x >= rectangle.x &&
    point.x < rectangle.x + rectangle.width &&
    point.y >= rectangle.y &&
    point.y < rectangle.y + rectangle.height
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
