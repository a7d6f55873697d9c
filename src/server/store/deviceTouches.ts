/** What one batch adds to a device's row in `devices`: its seq range and how many changes were stored. */
export interface DeviceTouch {
  readonly deviceId: string;
  minSeq: number;
  maxSeq: number;
  count: number;
}

/** Collects the accepted changes of a batch per device, so each device's row is written once per batch. */
export function deviceTouches(): { add(deviceId: string, seq: number): void; all(): DeviceTouch[] } {
  const touches = new Map<string, DeviceTouch>();
  return {
    add(deviceId, seq) {
      const touch = touches.get(deviceId);
      if (touch === undefined) touches.set(deviceId, { deviceId, minSeq: seq, maxSeq: seq, count: 1 });
      else {
        touch.minSeq = Math.min(touch.minSeq, seq);
        touch.maxSeq = Math.max(touch.maxSeq, seq);
        touch.count += 1;
      }
    },
    all: () => [...touches.values()],
  };
}
