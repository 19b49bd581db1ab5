// Everything Luoshi draws on a page, rendered into one shadow root: the legend and the highlight popover.
import { useEffect, useState } from 'preact/hooks';
import type { SpanType } from '../../lib/extract/types';
import type { UiStore } from '../../lib/page/ui-state';
import { Legend } from './Legend';
import { Popover } from './Popover';

export interface PageUiActions {
  toggleKind(kind: SpanType): void;
  collapse(collapsed: boolean): void;
  turnOff(): void;
  disableSite(): void;
  dismissNotice(): void;
  clip(): void;
  closePopover(refocus: boolean): void;
  tabOut(backward: boolean): void;
  hoverPopover(inside: boolean): void;
  /** 我的任务: go to the next task that is mine */
  nextMine(): void;
}

export function PageUi({ store, actions }: { store: UiStore; actions: PageUiActions }) {
  const [state, setState] = useState(store.state);
  useEffect(() => {
    const unsubscribe = store.subscribe(() => setState(store.state));
    setState(store.state); // changes made between the first render and this effect
    return unsubscribe;
  }, [store]);
  return (
    <>
      {state.legend && (
        <Legend
          state={state}
          onToggleKind={actions.toggleKind}
          onCollapse={actions.collapse}
          onTurnOff={actions.turnOff}
          onDisableSite={actions.disableSite}
          onDismissNotice={actions.dismissNotice}
          onNextMine={actions.nextMine}
        />
      )}
      {state.popover && (
        <Popover
          popover={state.popover}
          colors={state.colors}
          onClip={actions.clip}
          onClose={actions.closePopover}
          onTabOut={actions.tabOut}
          onHover={actions.hoverPopover}
        />
      )}
    </>
  );
}
