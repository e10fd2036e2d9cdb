import { useEffect, useRef, useState, type RefObject } from 'react';

export interface InlineForm {
  open: boolean;
  // Attach to the button that opens the form.
  opener: RefObject<HTMLButtonElement | null>;
  show: () => void;
  close: () => void;
}

// A form that replaces its opening button while open. Closing it (saved or cancelled) puts
// keyboard focus back on that button, rather than losing it to the top of the page.
export function useInlineForm(): InlineForm {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!open && refocus.current) {
      refocus.current = false;
      opener.current?.focus();
    }
  }, [open]);
  return {
    open,
    opener,
    show: () => setOpen(true),
    close: () => {
      refocus.current = true;
      setOpen(false);
    },
  };
}
