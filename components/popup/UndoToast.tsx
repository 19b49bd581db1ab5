import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface ToastState {
  message: string;
  /** present on a deletion: the 撤销 button */
  undo?: () => void;
}

/** Shown for a few seconds at the bottom; the undo button takes focus so a keyboard user can press Enter. */
export function UndoToast({ toast, onClose }: { toast: ToastState; onClose(): void }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undoButton.current?.focus();
    const timer = setTimeout(onClose, toast.undo ? 8000 : 3000);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div class="toast" role="status" aria-live="polite" data-luoshi-toast>
      <span>{toast.message}</span>
      {toast.undo && (
        <button type="button" ref={undoButton} onClick={toast.undo} title={t('popup_undoTitle')} data-luoshi-action="undo">
          {t('popup_undo')}
        </button>
      )}
    </div>
  );
}
