import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the host does as the kiosk goes quiet. */
export interface IdleCallbacks {
  /** The warning has started, or a second has passed: `secondsLeft` until the reset (whole seconds, rounded up). */
  onWarn(secondsLeft: number): void;
  /** Nobody touched during the warning: start over. */
  onReset(): void;
  /** Someone touched during the warning: hide it, they are still here. */
  onActive(): void;
}

export interface IdleOptions extends IdleCallbacks {
  /** Seconds without activity before the reset; 0 (the default) turns the controller off. */
  timeout?: number;
  /** Seconds of warning before the reset (default 10); tests make it short. */
  warnFor?: number;
}

/** A touch, a key or the pointer moving: someone is at the screen. */
const WAKE = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'] as const;
/* Focus also moves by code (the host puts focus back at the start on a reset; a prompt may focus its
 * button), so focusin only keeps a running timer going: it neither wakes a sleeping controller nor
 * counts as a touch during the warning. Otherwise a reset would start the next countdown itself. */
const FOCUS = 'focusin';
const LISTEN = { passive: true, capture: true } as const;

type State = 'off' | 'asleep' | 'waiting' | 'warning';

/**
 * Starts over after a quiet spell, for shared screens. After `timeout` seconds without activity it warns,
 * counting down the last `warnFor` seconds (or the last half of the timeout when that is shorter, so
 * a short timeout still gives people time to touch), then resets. After a reset, and when the host first
 * connects, it sleeps until someone is there again, so an untouched kiosk is not reset over and over.
 * It listens on the host and on its document, in the capture phase, so that a page that stops events
 * cannot hide activity.
 */
export class IdleController implements ReactiveController {
  private state: State = 'off';
  private seconds = 0;
  private last = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private announced = 0;
  private connected = false;
  private readonly warnFor: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: IdleOptions,
  ) {
    this.warnFor = seconds(callbacks.warnFor ?? 10);
    this.seconds = seconds(callbacks.timeout);
    host.addController(this);
  }

  /** Seconds without activity before the reset; 0 turns it off. A change restarts the count. */
  get timeout(): number {
    return this.seconds;
  }

  set timeout(value: number) {
    const next = seconds(value);
    if (next === this.seconds) return;
    const was = this.state;
    this.seconds = next;
    this.stop();
    if (this.state === 'off' || was === 'asleep' || was === 'off') return;
    // Someone was here: count again from now with the new timeout.
    if (was === 'warning') this.callbacks.onActive();
    this.wake();
  }

  hostConnected() {
    this.connected = true;
    for (const target of this.targets()) {
      for (const type of WAKE) target.addEventListener(type, this.onWake, LISTEN);
      target.addEventListener(FOCUS, this.onFocus, LISTEN);
    }
    this.state = this.seconds ? 'asleep' : 'off';
  }

  hostDisconnected() {
    this.connected = false;
    for (const target of this.targets()) {
      for (const type of WAKE) target.removeEventListener(type, this.onWake, LISTEN);
      target.removeEventListener(FOCUS, this.onFocus, LISTEN);
    }
    this.stop();
  }

  private targets(): EventTarget[] {
    return [this.host, this.host.ownerDocument];
  }

  private get lead(): number {
    return Math.min(this.warnFor, this.seconds / 2) * 1000;
  }

  private readonly onWake = () => {
    if (this.state === 'off') return;
    if (this.state === 'warning') {
      this.stop();
      this.callbacks.onActive();
    }
    this.wake();
  };

  private readonly onFocus = () => {
    if (this.state === 'waiting') this.last = performance.now();
  };

  /** Notes the activity; the timer checks it when it fires, so a stream of pointer moves sets no timers. */
  private wake() {
    this.last = performance.now();
    if (this.state === 'waiting') return;
    this.state = 'waiting';
    this.schedule(this.seconds * 1000 - this.lead);
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    // A negative delay is 0 to browsers; one over 2^31 - 1 ms fires at once, so a long timeout waits in steps
    // (check() schedules the rest).
    this.timer = setTimeout(this.check, Math.min(ms, 2 ** 31 - 1));
  }

  private readonly check = () => {
    const idle = performance.now() - this.last;
    const quiet = this.seconds * 1000 - this.lead;
    if (this.state === 'waiting') {
      if (idle < quiet) return this.schedule(quiet - idle);
      this.state = 'warning';
      this.announced = 0;
    }
    const left = this.seconds * 1000 - idle;
    if (left <= 0) {
      this.stop(); // asleep until the next person
      this.callbacks.onReset();
      return;
    }
    const whole = Math.ceil(left / 1000);
    if (whole !== this.announced) this.callbacks.onWarn((this.announced = whole));
    // Wake again when the count of whole seconds left drops, or at the reset itself.
    this.schedule(left - (whole - 1) * 1000);
  };

  private stop() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.state = this.connected && this.seconds ? 'asleep' : 'off';
  }
}

const seconds = (value: number | undefined) => (Number.isFinite(value) && value! > 0 ? value! : 0);
