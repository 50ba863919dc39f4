// The one step (a form, a question) open in a card or section, and the
// button that opened it: when the step closes, focus goes back to that
// button instead of dropping onto <body>.
import { useEffect, useRef, useState } from 'react';

export interface StepControl<Step extends string> {
  /** The open step, or null for the plain view with its buttons. */
  step: Step | null;
  open: (next: Step) => void;
  /** Back to the plain view, focus back on the step's opener. */
  close: () => void;
  /** Back to the plain view, focus left where it is (after a save, say). */
  closeInPlace: () => void;
  /** The ref of the button that opens `step`. */
  opener: (step: Step) => (button: HTMLButtonElement | null) => void;
}

export function useStep<Step extends string>(): StepControl<Step> {
  const [step, setStep] = useState<Step | null>(null);
  const returnTo = useRef<Step | null>(null);
  const openers = useRef<Partial<Record<Step, HTMLButtonElement | null>>>({});
  // The opener is back on screen only after the render that closed the step.
  useEffect(() => {
    if (step !== null || returnTo.current === null) return;
    openers.current[returnTo.current]?.focus();
    returnTo.current = null;
  }, [step]);
  return {
    step,
    open: (next) => {
      returnTo.current = null;
      setStep(next);
    },
    close: () => {
      returnTo.current = step;
      setStep(null);
    },
    closeInPlace: () => {
      returnTo.current = null;
      setStep(null);
    },
    opener: (key) => (button) => {
      openers.current[key] = button;
    },
  };
}
